// When PostgreSQL is unreachable, the parts of the site that need it answer one clear page with
// status 503 ("try again shortly") instead of an error, while the content pages (built ahead, in
// the server's memory and on disk) go on serving. Nothing reaches the application, so nothing is
// half-written. The database is asked again at most once a second, so the site recovers on its
// own when the database is back. Used by scripts/server.mjs on every request.
import pg from "pg";

/** Addresses that read or write the database: the provider and staff areas, sign-in, their APIs and every form. */
const NEEDS_DATABASE = [
  /^\/(?:cy\/)?(?:provider|staff|sign-in|auth-error)(?:\/|$)/,
  /^\/(?:cy\/)?fact-sheet\/[^/]+\/?$/, // a provider's branded fact sheet (not /fact-sheet itself)
  /^\/api\/(?:provider|fact-sheet|staff|organisations|auth)(?:\/|$)/,
];

/** Whether a request needs the database: any form post (server actions), or an address above. */
export function needsDatabase(method, url) {
  if (method !== "GET" && method !== "HEAD") return true;
  const path = (url ?? "/").split("?")[0];
  return NEEDS_DATABASE.some((pattern) => pattern.test(path));
}

/**
 * Whether the database answers, asked at most once per `ttlMs` (concurrent requests share one
 * question). The embedded database lives inside the process: it is always there.
 */
export function databaseProbe(databaseUrl, { ttlMs = 1000, timeoutMs = 2000, onChange = () => {} } = {}) {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl ?? "")) return { isUp: async () => true };
  let last = { up: true, at: 0 };
  let asking;
  const ask = async () => {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
    client.on("error", () => {}); // a connection dropped after the answer: the next question will tell
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      client.end().catch(() => {});
    }
  };
  return {
    async isUp() {
      if (Date.now() - last.at < ttlMs) return last.up;
      asking ??= ask().then((up) => {
        if (up !== last.up) onChange(up);
        last = { up, at: Date.now() };
        asking = undefined;
        return up;
      });
      return asking;
    },
  };
}

const PAGES = {
  en: {
    title: "Sorry, this part of the site is not available right now",
    body: "We cannot reach our database at the moment, so signing in, the provider area and branded fact sheets are paused. Nothing you saved has been lost. Please try again in a few minutes.",
    still: "The rest of the site, including the employer fact sheet and our guidance, is still available.",
    home: "Go to the home page",
    homeHref: "/",
  },
  cy: {
    title: "Mae'n ddrwg gennym, nid yw'r rhan hon o'r wefan ar gael ar hyn o bryd",
    body: "Ni allwn gyrraedd ein cronfa ddata ar hyn o bryd, felly mae mewngofnodi, ardal y darparwyr a'r taflenni ffeithiau wedi'u brandio wedi'u hoedi. Nid oes dim a gadwoch wedi'i golli. Rhowch gynnig arall arni ymhen ychydig funudau.",
    still: "Mae gweddill y wefan, gan gynnwys y daflen ffeithiau i gyflogwyr a'n canllawiau, ar gael o hyd.",
    home: "Mynd i'r hafan",
    homeHref: "/cy",
  },
};

/** The 503 page, in the language of the address, self-contained (no script, no stylesheet to fetch). */
export function unavailablePage(url) {
  const locale = /^\/cy(?:\/|$|\?)/.test(url ?? "") ? "cy" : "en";
  const t = PAGES[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title} – MIC.SIG</title>
</head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 38rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c">
<main>
<h1>${t.title}</h1>
<p>${t.body}</p>
<p>${t.still}</p>
<p><a href="${t.homeHref}" style="color: #1d4f91">${t.home}</a></p>
</main>
</body>
</html>
`;
}

/** Answers 503 with the page above; Retry-After tells clients and proxies when to ask again. */
export function sendUnavailable(req, res) {
  const body = unavailablePage(req.url);
  res.writeHead(503, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "Retry-After": "30",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

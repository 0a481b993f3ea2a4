// The production server: Next's request handler behind a plain Node HTTP server that first makes
// the forwarding headers trustworthy (scripts/forwarding.mjs), so rate limits key on the real
// client address and a client cannot claim another one with X-Forwarded-For; writes one JSON log
// line per request with its id (scripts/request-log.mjs); and answers 503 for the parts that need
// the database while PostgreSQL is unreachable (scripts/availability.mjs); and answers unknown
// addresses with a stored not-found page (scripts/not-found.mjs) and prerendered pages from memory
// (scripts/prerendered.mjs).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { databaseProbe, needsDatabase, sendUnavailable } from "./availability.mjs";
import { normaliseForwarded, trustedProxyHops } from "./forwarding.mjs";
import { loadAddressBook, notFoundPages } from "./not-found.mjs";
import { allowBackForwardCache, applyPrerenderedHeaders, loadPrerenderedPolicies, prerenderedPages } from "./prerendered.mjs";
import { logAsJsonLines, withRequestLog } from "./request-log.mjs";

logAsJsonLines();

const port = Number(process.env.PORT ?? 3000);
let hops;
try {
  hops = trustedProxyHops();
} catch (error) {
  console.error(`Refusing to start: ${error.message}`);
  process.exit(1);
}
// Behind a proxy, only the proxy may connect (a direct client could write its own
// X-Forwarded-For): listen on this machine alone unless HOSTNAME says otherwise.
const hostname = process.env.HOSTNAME ?? (hops > 0 ? "127.0.0.1" : "0.0.0.0");

// A token only this process knows, for its own start-up request below (lib/site/prepare.ts).
const prepareToken = randomBytes(32).toString("hex");
process.env.MICSIG_PREPARE_TOKEN = prepareToken;

// In the standalone folder (.next/standalone, DEPLOY.md) there is no next.config.mjs: the build
// wrote the resolved configuration into required-server-files.json, as Next's own server.js reads it.
const conf = existsSync("next.config.mjs") ? undefined : JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config;
if (conf) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
// After a form post that redirects, Next renders the target page by asking this server for it.
// Next's own server points it here; without this, it would ask the public address (SITE_URL, via
// DNS and nginx) instead of the process itself.
const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${local}:${port}`;
const app = next({ dev: false, hostname, port, ...(conf ? { conf } : {}) });
const handle = app.getRequestHandler();
await app.prepare();
const prerendered = loadPrerenderedPolicies();
// Unknown addresses get a stored not-found page (scripts/not-found.mjs), with the home page's
// policy but the not-found page's own script hashes.
const notFound = notFoundPages(loadAddressBook(), prerendered.get("/"));
// Prerendered pages are answered from memory too (the files Next wrote at build time).
const stored = prerenderedPages(prerendered);
const database = databaseProbe(process.env.DATABASE_URL, {
  onChange: (up) =>
    up
      ? console.warn("The database answers again: the provider area is back.")
      : console.error("The database does not answer: the provider area, sign-in and forms answer 503 until it does."),
});

const server = createServer((req, res) =>
  withRequestLog(req, res, hops, async () => {
    normaliseForwarded(req.headers, req.socket, hops);
    if (stored.send(req, res) || notFound.send(req, res)) return;
    if (needsDatabase(req.method, req.url) && !(await database.isUp())) return sendUnavailable(req, res);
    if (!applyPrerenderedHeaders(req, res, prerendered)) allowBackForwardCache(req, res);
    return handle(req, res);
  }),
);
// nginx keeps connections to the instances open between requests (deploy/nginx: keepalive_timeout
// 30 s). The server must not close one first, or a request nginx sends on it just then gets a 502.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`▲ Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (trusted proxy hops: ${hops})`);
  // In the background, once listening: the fact-sheet download prepares itself (fonts, shaped
  // text, queries), so the first provider after a deploy does not wait for it.
  const cookie = "authjs.session-token=start-up; __Secure-authjs.session-token=start-up";
  const started = performance.now();
  fetch(`http://${local}:${port}/api/fact-sheet`, { headers: { "x-micsig-prepare": prepareToken, cookie } })
    .then(async (response) => {
      await response.arrayBuffer();
      if (response.status !== 200) console.error(`Preparing the fact sheet answered ${response.status}; the first download will prepare it.`);
      else console.log(`Fact sheet download prepared in ${Math.round(performance.now() - started)} ms.`);
    })
    .catch((error) => console.error("Preparing the fact sheet failed; the first download will prepare it:", error));
  stored
    .fill(`http://${local}:${port}`)
    .catch((error) => console.error("Answering prerendered pages from memory is off; Next serves them:", error));
  notFound
    .fill(`http://${local}:${port}`)
    .catch((error) => console.error("Storing the not-found pages failed; Next draws them for each request:", error));
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

// Addresses no page answers, answered from memory by the production server (scripts/server.mjs)
// instead of Next drawing the not-found page again for each one: 404 in the language of the
// address, with the site's header and footer, for a fraction of the cost (an unknown address was
// about six times the cost of a content page, and anyone can ask for as many as they like).
//
// Which addresses are unknown is read from the build's own route lists, in the order Next
// applies them: files and fixed routes, then next.config's rewrites (`/about` -> `/en/about`), then
// pages with parameters. Anything this cannot be sure of (an encoded path, a redirect, a client
// router request) goes to Next as before, so the worst a mistake here can do is cost time.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "./inline-scripts.mjs";
import { isForNext, sendStored, storedBody, storedHeaders } from "./stored-response.mjs";

/** The request's path without its query. */
const pathOf = (url) => (url ?? "/").split("?")[0];

/** The language of an address: Welsh under /cy, English everywhere else (lib/i18n/path-locale.ts). */
export const localeOfPath = (pathname) => (pathname === "/cy" || pathname.startsWith("/cy/") ? "cy" : "en");

/**
 * The build's routes, as a test of whether a path is answered by anything. Returns undefined
 * without a production build (nothing is then answered from memory).
 */
export function loadAddressBook(root = process.cwd()) {
  let routes;
  let prerender;
  try {
    routes = JSON.parse(readFileSync(path.join(root, ".next", "routes-manifest.json"), "utf8"));
    prerender = JSON.parse(readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8"));
  } catch {
    return undefined;
  }
  const publicDir = path.join(root, "public");
  const publicNames = new Set(existsSync(publicDir) ? readdirSync(publicDir) : []);
  return addressBook({ routes, prerender, publicNames });
}

/** The decision itself, from the manifests' contents (separate so a test can give its own). */
export function addressBook({ routes, prerender, publicNames }) {
  const prerendered = new Set(Object.keys(prerender.routes));
  // Pages with parameters that answer only what was prerendered (generateStaticParams with
  // dynamicParams = false): any other value is a 404.
  const onlyPrerendered = new Set(
    Object.entries(prerender.dynamicRoutes)
      .filter(([, route]) => route.fallback === false)
      .map(([page]) => page),
  );
  const notPages = new Set(["/_not-found", "/_global-error"]);
  const compile = (list) => list.filter((r) => !notPages.has(r.page) && !onlyPrerendered.has(r.page)).map((r) => new RegExp(r.regex));
  const fixed = compile(routes.staticRoutes);
  const withParameters = compile(routes.dynamicRoutes);
  const rewrites = routes.rewrites;
  const rewriteLists = Array.isArray(rewrites) ? { afterFiles: rewrites } : rewrites;
  const conditional = (r) => r.has || r.missing;
  if ((rewriteLists.beforeFiles ?? []).length || (rewriteLists.fallback ?? []).length || (rewriteLists.afterFiles ?? []).some(conditional)) {
    // Rewrites this does not model: answer nothing from memory rather than guess.
    return { isUnknown: () => false };
  }
  const afterFiles = (rewriteLists.afterFiles ?? []).map((r) => ({ regex: new RegExp(r.regex), destination: r.destination }));
  const redirects = routes.redirects.map((r) => new RegExp(r.regex));

  const anyRoute = [...fixed, ...withParameters];
  const answered = (p, patterns) => prerendered.has(p) || patterns.some((regex) => regex.test(p));

  /** The destination of the first rewrite that matches, with its parameters filled in order. */
  function rewrite(p) {
    for (const { regex, destination } of afterFiles) {
      const match = regex.exec(p);
      if (!match) continue;
      let n = 1;
      return destination.replace(/:[A-Za-z_]\w*[*+?]?/g, () => match[n++] ?? "");
    }
    return undefined;
  }

  return {
    /** True only when no file, route, rewrite or redirect answers this path. */
    isUnknown(pathname) {
      if (!pathname.startsWith("/") || /[%\\]|\/\/|\/\.\.?(\/|$)/.test(pathname)) return false;
      if (pathname.startsWith("/_next/") || publicNames.has(pathname.split("/")[1])) return false;
      if (redirects.some((regex) => regex.test(pathname))) return false;
      if (answered(pathname, fixed)) return false;
      const internal = rewrite(pathname) ?? pathname;
      return !answered(internal, anyRoute);
    },
  };
}

/**
 * Turns the not-found page Next drew for one unknown address into the page for all of them: the
 * per-request nonce goes, and the policy lists the hashes of the page's inline scripts instead,
 * like a prerendered page's. `basePolicy` is a prerendered page's { http, https } policy, whose
 * script-src is replaced. Returns undefined when the page is not what was expected.
 */
export function storedNotFoundPage({ status, headers, html }, basePolicy) {
  if (status !== 404 || !/^text\/html/.test(headers["content-type"] ?? "") || !basePolicy) return undefined;
  const body = html.replace(/(<(?:script|link)\b[^>]*?) nonce="[^"]*"/g, "$1");
  const hashes = inlineScriptHashes(body).map((hash) => `'${hash}'`);
  const scriptSrc = `script-src 'self'${hashes.map((h) => ` ${h}`).join("")}`;
  const policy = (p) => p.replace(/script-src [^;]*/, scriptSrc);
  return {
    status: 404,
    headers: storedHeaders(headers),
    policy: { http: policy(basePolicy.http), https: policy(basePolicy.https) },
    body: storedBody(Buffer.from(body, "utf8")),
    hashes,
  };
}

/**
 * The server's store of the two not-found pages. `fill` asks the server itself for one unknown
 * address per language once it listens; until both are stored, unknown addresses go to Next.
 */
export function notFoundPages(book, basePolicy) {
  const pages = new Map();
  return {
    /** Answers the request from memory if it is for an unknown address and the page is stored. */
    send(req, res) {
      if (!book || pages.size < 2 || (req.method !== "GET" && req.method !== "HEAD") || isForNext(req)) return false;
      const pathname = pathOf(req.url);
      if (!book.isUnknown(pathname)) return false;
      sendStored(req, res, pages.get(localeOfPath(pathname)));
      return true;
    },
    /** Draws each language's page once through Next, from `base` (this server), and stores it. */
    async fill(base) {
      if (!book) return;
      const probe = `micsig-not-found-${Date.now().toString(36)}`;
      for (const [locale, address] of [["en", `/${probe}`], ["cy", `/cy/${probe}`]]) {
        if (!book.isUnknown(address)) return;
        const response = await fetch(`${base}${address}`, { headers: { "accept-encoding": "identity" } });
        const page = storedNotFoundPage({ status: response.status, headers: Object.fromEntries(response.headers), html: await response.text() }, basePolicy);
        if (!page) throw new Error(`${address} answered ${response.status}, not the not-found page`);
        pages.set(locale, page);
      }
    },
  };
}

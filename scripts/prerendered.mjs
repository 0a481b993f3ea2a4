// Prerendered pages get their security headers here, in the production server, without Next's
// proxy: the proxy costs about 1.5 ms a request on its own, and these pages need nothing from it
// but a Content-Security-Policy that was fixed at build time (scripts/csp-hashes.ts writes it).
// The request is marked so the proxy's matcher skips it; a mark sent by a client is removed
// first, so nobody can switch off the proxy (and its per-request nonce) for a dynamic page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { HSTS, isForNext, sendStored, storedBody, storedHeaders } from "./stored-response.mjs";

export const PRERENDERED_MARK = "x-micsig-prerendered";

/** The request's path without its query or a trailing slash: the key both lists below use. */
const pagePath = (req) => (req.url ?? "/").split("?")[0].replace(/(.)\/+$/, "$1");

/** Public path -> { http, https } policy, or an empty map without a production build. */
export function loadPrerenderedPolicies(root = process.cwd()) {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path.join(root, ".next", "prerendered-csp.json"), "utf8"))));
  } catch {
    return new Map();
  }
}

/**
 * Marks a GET or HEAD request for a prerendered page and sets its policy (and HSTS over HTTPS) on
 * the response. Runs after the forwarding headers have been made trustworthy.
 */
export function applyPrerenderedHeaders(req, res, policies) {
  delete req.headers[PRERENDERED_MARK];
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const policy = policies.get(pagePath(req));
  if (!policy) return false;
  const https = req.headers["x-forwarded-proto"] === "https";
  req.headers[PRERENDERED_MARK] = "1";
  res.setHeader("Content-Security-Policy", https ? policy.https : policy.http);
  if (https) res.setHeader("Strict-Transport-Security", HSTS);
  return true;
}

/** Public pages drawn per request only because they read their GET filters (no personal data). */
const FILTER_PAGES = new Set(["/case-studies", "/resources", "/global-summary"].flatMap((p) => [p, `/cy${p}`]));

/**
 * Next sends `no-store` with every page it draws per request, which keeps a filtered list of case
 * studies out of the browser's back/forward cache. These public pages hold nothing personal, so
 * they are sent `private, no-cache` instead: the browser may keep them for Back, and asks again
 * before reusing them otherwise.
 */
export function allowBackForwardCache(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!FILTER_PAGES.has(pagePath(req))) return false;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === "cache-control" ? "private, no-cache" : value);
  return true;
}

/** The file Next wrote for a public page: / -> en.html, /about -> en/about.html, /cy/about -> cy/about.html. */
const pageFile = (root, page) =>
  path.join(root, ".next", "server", "app", page === "/" ? "en.html" : page === "/cy" || page.startsWith("/cy/") ? `${page.slice(1)}.html` : `en${page}.html`);

/**
 * The prerendered pages, answered from memory: the HTML Next wrote at build time, with the
 * headers Next sends for such a page. Next serves exactly these bytes for them (they never
 * change after the build), but spends most of each request on its routing to find them. Only a
 * browser's request for the document is answered here; requests from Next's client router go to
 * Next. Nothing is answered until `fill` has checked, on the home page, that Next sends the same
 * bytes, and taken its headers.
 */
export function prerenderedPages(policies, root = process.cwd()) {
  const bodies = new Map();
  let headers;
  return {
    send(req, res) {
      if (!headers || (req.method !== "GET" && req.method !== "HEAD") || isForNext(req)) return false;
      const page = (req.url ?? "/").split("?")[0];
      const body = bodies.get(page);
      if (!body) return false;
      sendStored(req, res, { status: 200, headers, body, policy: policies.get(page) });
      return true;
    },
    async fill(base) {
      for (const page of policies.keys()) {
        const file = pageFile(root, page);
        if (existsSync(file)) bodies.set(page, storedBody(readFileSync(file)));
      }
      const home = bodies.get("/");
      if (!home) return;
      const response = await fetch(`${base}/`, { headers: { "accept-encoding": "identity" } });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200 || !bytes.equals(home.raw)) throw new Error(`Next's home page (${response.status}) is not the file it wrote at build time`);
      headers = storedHeaders(Object.fromEntries(response.headers));
    },
  };
}

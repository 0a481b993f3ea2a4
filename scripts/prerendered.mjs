// Prerendered pages get their security headers here, in the production server, without Next's
// proxy: the proxy costs about 1.5 ms a request on its own, and these pages need nothing from it
// but a Content-Security-Policy that was fixed at build time (scripts/csp-hashes.ts writes it).
// The request is marked so the proxy's matcher skips it; a mark sent by a client is removed
// first, so nobody can switch off the proxy (and its per-request nonce) for a dynamic page.
import { readFileSync } from "node:fs";
import path from "node:path";

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
  if (https) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
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

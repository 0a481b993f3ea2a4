// Pages the production server answers from memory (scripts/prerendered.mjs, scripts/not-found.mjs):
// the same bytes and headers Next would send, without Next drawing or reading anything per request.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

/** HSTS, sent over HTTPS with every page the server answers itself (proxy.ts sends the same). */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Requests from Next's client router or for a server action, which expect Next's own answers:
 * always left to Next.
 */
export function isForNext(req) {
  const h = req.headers;
  return Boolean(h.rsc || h["next-router-state-tree"] || h["next-router-prefetch"] || h["next-router-segment-prefetch"] || h["next-action"] || /[?&]_rsc=/.test(req.url ?? ""));
}

// Headers that belong to one response (or that the server sets itself), never stored.
const PER_RESPONSE = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
  "x-request-id",
  "x-nextjs-cache",
  "content-security-policy",
  "strict-transport-security",
  "set-cookie",
]);

/** The headers of a response Next sent, as a page answered from memory repeats them. */
export function storedHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())));
}

/** A body to answer from memory: its bytes, an ETag, and its gzip made the first time it is asked for. */
export function storedBody(raw) {
  let gzip;
  return {
    raw,
    etag: `"${createHash("sha256").update(raw).digest("base64url").slice(0, 27)}"`,
    gzip: () => (gzip ??= gzipSync(raw)),
  };
}

/**
 * Writes a stored page: its headers, the page's policy (and HSTS over HTTPS, as the proxy would),
 * gzip when the client takes it, 304 when the client already has these bytes, no body for HEAD.
 */
export function sendStored(req, res, { status, headers, body, policy }) {
  const https = req.headers["x-forwarded-proto"] === "https";
  const common = {
    ...headers,
    "Content-Security-Policy": https ? policy.https : policy.http,
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
    ETag: body.etag,
  };
  if (status === 200 && req.headers["if-none-match"] === body.etag) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const bytes = gzip ? body.gzip() : body.raw;
  res.writeHead(status, { ...common, ...(gzip ? { "Content-Encoding": "gzip" } : {}), "Content-Length": String(bytes.length) });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

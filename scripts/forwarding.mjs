// Which forwarding headers a request may keep: only what the trusted proxies in front of the server
// wrote. Used by scripts/server.mjs on every request before Next sees it.
import { isIP } from "node:net";

/** TRUSTED_PROXY_HOPS: how many reverse proxies (nginx, a load balancer) stand in front. Default 0. */
export function trustedProxyHops(env = process.env) {
  const value = env.TRUSTED_PROXY_HOPS ?? "0";
  if (!/^\d$/.test(value)) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 9, not "${value}".`);
  return Number(value);
}

const list = (value) =>
  (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Rewrites X-Forwarded-For to the one client address the server can vouch for, and drops
 * X-Forwarded-Proto / -Host unless a trusted proxy set them. With `hops` proxies, the client is the
 * entry the outermost trusted proxy appended (counted from the right); with none, the socket.
 */
export function normaliseForwarded(headers, socket, hops) {
  const socketAddress = socket.remoteAddress ?? "unknown";
  let client = socketAddress;
  if (hops > 0) {
    const chain = list(headers["x-forwarded-for"]);
    if (chain.length > 0) client = chain[Math.max(0, chain.length - hops)];
    if (!isIP(client)) client = "unknown";
  }
  headers["x-forwarded-for"] = client;
  if (hops > 0) {
    const proto = list(headers["x-forwarded-proto"]).at(-1);
    const host = list(headers["x-forwarded-host"]).at(-1);
    if (proto === "https" || proto === "http") headers["x-forwarded-proto"] = proto;
    else delete headers["x-forwarded-proto"];
    if (host) headers["x-forwarded-host"] = host;
    else delete headers["x-forwarded-host"];
  } else {
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-port"];
  }
  delete headers["x-real-ip"];
  return client;
}

import { isIP } from "node:net";

/**
 * The client's address. `npm start` (scripts/server.mjs) replaces any X-Forwarded-For a client
 * sent with exactly one address: the socket's, or the one the trusted proxies recorded
 * (TRUSTED_PROXY_HOPS). So the application reads that one value and never a client's claim.
 * Without it (for example under `next dev`) every request shares the key "unknown".
 */
export function clientAddress(headers: Headers): string {
  const value = headers.get("x-forwarded-for")?.trim() ?? "";
  return isIP(value) ? value : "unknown";
}

/**
 * The network a limit counts: an IPv4 address itself, an IPv6 address by its /64 prefix (one
 * household or server usually holds a whole /64, so counting single IPv6 addresses is no limit).
 */
export function networkKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

/** An IPv6 client's /48 (a whole site's allocation); undefined for IPv4. */
export function siteKey(address: string): string | undefined {
  if (/^::ffff:\d/i.test(address)) return undefined;
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, 3).join(":")}::/48` : undefined;
}

/** The eight groups of an IPv6 address, without leading zeros; undefined for anything else. */
function ipv6Groups(address: string): string[] | undefined {
  if (isIP(address) !== 6 || address.includes(".")) return undefined;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}

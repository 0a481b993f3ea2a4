import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs module shared with scripts/server.mjs, without type declarations
import { normaliseForwarded, trustedProxyHops } from "./forwarding.mjs";

const socket = (remoteAddress: string) => ({ remoteAddress });

describe("normaliseForwarded", () => {
  it("with no proxy in front, uses the socket address and drops every forwarding header a client sent", () => {
    const headers: Record<string, string | undefined> = {
      "x-forwarded-for": "198.51.100.7, 203.0.113.9",
      "x-real-ip": "198.51.100.8",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
    };
    expect(normaliseForwarded(headers, socket("192.0.2.10"), 0)).toBe("192.0.2.10");
    expect(headers).toEqual({ "x-forwarded-for": "192.0.2.10" });
  });

  it("with one trusted proxy, takes the address that proxy appended, not the client's claims before it", () => {
    const headers: Record<string, string | undefined> = { "x-forwarded-for": "198.51.100.7, 203.0.113.50", "x-forwarded-proto": "https" };
    expect(normaliseForwarded(headers, socket("10.0.0.2"), 1)).toBe("203.0.113.50");
    expect(headers["x-forwarded-for"]).toBe("203.0.113.50");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });

  it("with two trusted proxies, counts two entries from the right", () => {
    const headers: Record<string, string | undefined> = { "x-forwarded-for": "198.51.100.7, 203.0.113.50, 10.0.0.1" };
    expect(normaliseForwarded(headers, socket("10.0.0.2"), 2)).toBe("203.0.113.50");
  });

  it("refuses a value that is not an address", () => {
    const headers: Record<string, string | undefined> = { "x-forwarded-for": "not-an-ip" };
    expect(normaliseForwarded(headers, socket("10.0.0.2"), 1)).toBe("unknown");
  });
});

describe("trustedProxyHops", () => {
  it("defaults to 0 and refuses nonsense", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: "yes" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

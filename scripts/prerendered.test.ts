import { describe, expect, it } from "vitest";
import { applyPrerenderedHeaders, PRERENDERED_MARK } from "./prerendered.mjs";

const policies = new Map([["/about", { http: "script-src 'self' 'sha256-a'", https: "script-src 'self' 'sha256-a'; upgrade-insecure-requests" }]]);

function request(method: string, url: string, headers: Record<string, string> = {}) {
  const set: Record<string, string> = {};
  const req = { method, url, headers: { ...headers } as Record<string, string | undefined> };
  const res = { setHeader: (name: string, value: string) => void (set[name] = value) };
  const applied = applyPrerenderedHeaders(req, res, policies);
  return { applied, mark: req.headers[PRERENDERED_MARK], set };
}

describe("headers for prerendered pages, set by the production server", () => {
  it("gives a prerendered page its build-time policy and marks it so the proxy is skipped", () => {
    const { applied, mark, set } = request("GET", "/about?x=1");
    expect(applied).toBe(true);
    expect(mark).toBe("1");
    expect(set["Content-Security-Policy"]).toBe("script-src 'self' 'sha256-a'");
    expect(set["Strict-Transport-Security"]).toBeUndefined();
  });

  it("adds HSTS and the HTTPS policy when the (already normalised) request came over HTTPS", () => {
    const { set } = request("GET", "/about/", { "x-forwarded-proto": "https" });
    expect(set["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(set["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("removes a mark a client sent, so no one can switch the proxy off for a dynamic page", () => {
    for (const [method, url] of [["GET", "/sign-in"], ["POST", "/about"], ["GET", "/provider"]]) {
      const { applied, mark, set } = request(method!, url!, { [PRERENDERED_MARK]: "1" });
      expect(applied).toBe(false);
      expect(mark).toBeUndefined();
      expect(set).toEqual({});
    }
  });
});

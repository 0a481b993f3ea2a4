import { describe, expect, it } from "vitest";
import { allowBackForwardCache, applyPrerenderedHeaders, PRERENDERED_MARK } from "./prerendered.mjs";

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

describe("filtered public lists and the back/forward cache", () => {
  const send = (method: string, url: string) => {
    const sent: Record<string, string> = {};
    const res = { setHeader: (name: string, value: string) => void (sent[name] = value) };
    allowBackForwardCache({ method, url, headers: {} }, res);
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    return sent["Cache-Control"];
  };

  it("lets a filtered list of case studies, resources or frameworks be kept for Back, in both languages", () => {
    expect(send("GET", "/case-studies?nation=wales")).toBe("private, no-cache");
    expect(send("GET", "/cy/resources/?type=report")).toBe("private, no-cache");
    expect(send("HEAD", "/global-summary?sort=year&dir=desc")).toBe("private, no-cache");
  });

  it("leaves no-store on everything else: the provider area, sign-in, form posts", () => {
    for (const [method, url] of [["GET", "/provider"], ["GET", "/sign-in"], ["POST", "/case-studies"], ["GET", "/case-studies/x"]]) {
      expect(send(method!, url!)).toContain("no-store");
    }
  });
});

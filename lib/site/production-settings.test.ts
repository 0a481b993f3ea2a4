import { describe, expect, it } from "vitest";
import { siteUrlProblems } from "./production-settings";

const prod = (SITE_URL?: string) => siteUrlProblems({ NODE_ENV: "production", SITE_URL } as NodeJS.ProcessEnv);

describe("siteUrlProblems", () => {
  it("requires SITE_URL in production", () => {
    expect(prod(undefined)).toEqual([expect.stringContaining("SITE_URL is not set")]);
    expect(prod("  ")).toEqual([expect.stringContaining("SITE_URL is not set")]);
  });
  it("requires https, except for a local trial", () => {
    expect(prod("http://microcredentials.example.org")).toEqual([expect.stringContaining("https://")]);
    expect(prod("https://microcredentials.example.org")).toEqual([]);
    expect(prod("http://localhost:3000")).toEqual([]);
    expect(prod("http://127.0.0.1:3000")).toEqual([]);
  });
  it("refuses a path or nonsense", () => {
    expect(prod("https://example.org/portal")).toHaveLength(1);
    expect(prod("not a url")).toHaveLength(1);
  });
  it("refuses sign-in links in the log of a public site", () => {
    const env = (SITE_URL: string) => siteUrlProblems({ NODE_ENV: "production", SITE_URL, SIGN_IN_LINKS_TO_LOG: "1" } as NodeJS.ProcessEnv);
    expect(env("https://microcredentials.example.org")).toEqual([expect.stringContaining("SIGN_IN_LINKS_TO_LOG")]);
    expect(env("http://localhost:3000")).toEqual([]);
  });
  it("asks nothing outside production", () => {
    expect(siteUrlProblems({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toEqual([]);
  });
});

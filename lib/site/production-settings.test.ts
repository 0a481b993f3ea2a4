import { describe, expect, it } from "vitest";
import { productionProblems, siteUrlProblems } from "./production-settings";

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

describe("productionProblems (npm run start:prod)", () => {
  const good = {
    DATABASE_URL: "postgres://micsig:secret@db.internal:5432/micsig",
    EMAIL_SERVER: "smtp://mail.example.org:587",
    AUTH_SECRET: "a".repeat(32),
    SITE_URL: "https://microcredentials.example.org",
    NODE_ENV: "production",
  } as NodeJS.ProcessEnv;

  it("accepts a complete production environment", () => {
    expect(productionProblems(good)).toEqual([]);
  });

  it("names every problem at once", () => {
    const problems = productionProblems({ NODE_ENV: "production", AUTH_SECRET: "short", SITE_URL: "http://localhost:3000", SIGN_IN_LINKS_TO_LOG: "1" });
    expect(problems).toEqual([
      expect.stringContaining("DATABASE_URL is not set"),
      expect.stringContaining("EMAIL_SERVER is not set"),
      expect.stringContaining("SIGN_IN_LINKS_TO_LOG=1"),
      expect.stringContaining("AUTH_SECRET is 5 characters long"),
      expect.stringContaining("SITE_URL must be https://"),
    ]);
  });

  it("allows the embedded database only when asked to, and nothing else but PostgreSQL", () => {
    expect(productionProblems({ ...good, DATABASE_URL: "file:.data/pglite" })).toEqual([expect.stringContaining("ALLOW_EMBEDDED_DB=1")]);
    expect(productionProblems({ ...good, DATABASE_URL: "file:.data/pglite", ALLOW_EMBEDDED_DB: "1" })).toEqual([]);
    expect(productionProblems({ ...good, DATABASE_URL: "mysql://x" })).toEqual([expect.stringContaining('not "mysql:…"')]);
    expect(productionProblems({ ...good, SITE_URL: "http://microcredentials.example.org" })).toEqual([expect.stringContaining("https://")]);
    expect(productionProblems({ ...good, AUTH_SECRET: undefined })).toEqual([expect.stringContaining("AUTH_SECRET is not set")]);
  });

  it("refuses to start, naming the problems, before looking for a build", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start-prod.ts"], {
      env: { NODE_ENV: "production", PATH: process.env.PATH, DATABASE_URL: "file:/tmp/x", AUTH_SECRET: "x" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Refusing to start the production server:");
    for (const part of ["ALLOW_EMBEDDED_DB=1", "EMAIL_SERVER is not set", "AUTH_SECRET is 1 character long", "SITE_URL is not set"]) {
      expect(result.stderr).toContain(part);
    }
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addressBook, storedNotFoundPage } from "./not-found.mjs";

// The shapes and regular expressions of a real build's routes-manifest.json and
// prerender-manifest.json (next build, Next 16), cut down to the routes the cases below use.
const route = (page: string, regex: string) => ({ page, regex });
const book = addressBook({
  routes: {
    staticRoutes: [
      route("/_not-found", "^/_not\\-found(?:/)?$"),
      route("/api/health", "^/api/health(?:/)?$"),
      route("/api/security-txt", "^/api/security\\-txt(?:/)?$"),
      route("/icon.svg", "^/icon\\.svg(?:/)?$"),
      route("/sitemap.xml", "^/sitemap\\.xml(?:/)?$"),
    ],
    dynamicRoutes: [
      route("/api/auth/[...nextauth]", "^/api/auth/(.+?)(?:/)?$"),
      route("/data/[dataset]/[file]", "^/data/([^/]+?)/([^/]+?)(?:/)?$"),
      route("/[locale]", "^/([^/]+?)(?:/)?$"),
      route("/[locale]/about", "^/([^/]+?)/about(?:/)?$"),
      route("/[locale]/case-studies", "^/([^/]+?)/case\\-studies(?:/)?$"),
      route("/[locale]/case-studies/[slug]", "^/([^/]+?)/case\\-studies/([^/]+?)(?:/)?$"),
      route("/[locale]/fact-sheet/[slug]", "^/([^/]+?)/fact\\-sheet/([^/]+?)(?:/)?$"),
      route("/[locale]/feed.xml", "^/([^/]+?)/feed\\.xml(?:/)?$"),
      route("/[locale]/provider", "^/([^/]+?)/provider(?:/)?$"),
    ],
    redirects: [{ regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))/$" }, { regex: "^/en(?:/)?$" }, { regex: "^/en(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$" }],
    rewrites: {
      beforeFiles: [],
      afterFiles: [
        { regex: "^/\\.well-known/security\\.txt(?:/)?$", destination: "/api/security-txt" },
        { regex: "^/(?:/)?$", destination: "/en" },
        { regex: "^(?:/((?!cy$|cy/|en$|en/|api/|data/|_next/|pagefind/|\\.well-known/).+))(?:/)?$", destination: "/en/:path" },
      ],
      fallback: [],
    },
  },
  prerender: {
    routes: Object.fromEntries(["/en", "/cy", "/en/about", "/cy/about", "/en/case-studies/coleg-cambria", "/cy/case-studies/coleg-cambria", "/data/survey/figures.csv"].map((r) => [r, {}])),
    dynamicRoutes: {
      "/[locale]": { fallback: false },
      "/[locale]/about": { fallback: false },
      "/[locale]/case-studies/[slug]": { fallback: false },
      "/data/[dataset]/[file]": { fallback: false },
      "/[locale]/feed.xml": { fallback: null },
    },
  },
  publicNames: new Set(["favicon.ico", "pagefind"]),
});

describe("which addresses nothing answers", () => {
  it("knows every page, file and route of the build, in both languages", () => {
    for (const known of [
      "/",
      "/cy",
      "/about",
      "/cy/about",
      "/case-studies",
      "/case-studies/coleg-cambria",
      "/cy/case-studies/coleg-cambria",
      "/provider",
      "/cy/provider",
      "/fact-sheet/any-organisation",
      "/feed.xml",
      "/cy/feed.xml",
      "/api/health",
      "/api/auth/signin/nodemailer",
      "/.well-known/security.txt",
      "/sitemap.xml",
      "/icon.svg",
      "/favicon.ico",
      "/pagefind/pagefind.js",
      "/_next/static/chunks/app.js",
      "/data/survey/figures.csv",
    ])
      expect(book.isUnknown(known), known).toBe(false);
  });

  it("leaves redirects, encoded and unusual paths to Next", () => {
    for (const path of ["/about/", "/en", "/en/about", "/en/no-such-page", "/%61bout", "/no%20page", "//evil.example", "/a/../about", "/a/./b", "relative"])
      expect(book.isUnknown(path), path).toBe(false);
  });

  it("finds addresses no page answers, including a parameter no page was built for", () => {
    for (const unknown of [
      "/no-such-page",
      "/cy/no-such-page",
      "/cy/dim-tudalen/yma",
      "/case-studies/no-such-case-study",
      "/cy/case-studies/no-such-case-study",
      "/about/more",
      "/.well-known/other",
      "/data/survey/other.csv",
      "/api/no-such-route",
      "/xx/provider",
    ])
      expect(book.isUnknown(unknown), unknown).toBe(true);
  });

  it("answers nothing from memory when the build has rewrites it does not model", () => {
    const cautious = addressBook({
      routes: { staticRoutes: [], dynamicRoutes: [], redirects: [], rewrites: { beforeFiles: [{ regex: "^/x$", destination: "/y" }], afterFiles: [], fallback: [] } },
      prerender: { routes: {}, dynamicRoutes: {} },
      publicNames: new Set(),
    });
    expect(cautious.isUnknown("/no-such-page")).toBe(false);
  });
});

describe("the stored not-found page", () => {
  const basePolicy = {
    http: "default-src 'self'; script-src 'self' 'sha256-home'; object-src 'none'",
    https: "default-src 'self'; script-src 'self' 'sha256-home'; object-src 'none'; upgrade-insecure-requests",
  };
  const inline = 'self.__next_f.push([1,"{\\"nonce\\":\\"abc\\"}"])';
  const html = `<!DOCTYPE html><html lang="cy"><head><link rel="stylesheet" href="/a.css" nonce="abc"/><script src="/a.js" async="" nonce="abc"></script></head><body><h1>Heb ddod o hyd i'r dudalen</h1><script nonce="abc">${inline}</script><script type="application/ld+json">{}</script></body></html>`;
  const headers = { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'self' 'nonce-abc' 'strict-dynamic'", "set-cookie": "a=b", "x-request-id": "r", "x-frame-options": "DENY", "cache-control": "private, no-store" };

  it("lists the hash of each inline script instead of the nonce, and drops the nonce attributes", () => {
    const page = storedNotFoundPage({ status: 404, headers, html }, basePolicy)!;
    const hash = `'sha256-${createHash("sha256").update(inline, "utf8").digest("base64")}'`;
    expect(page.policy.http).toBe(`default-src 'self'; script-src 'self' ${hash}; object-src 'none'`);
    expect(page.policy.https).toContain(`script-src 'self' ${hash}; object-src 'none'; upgrade-insecure-requests`);
    const body = page.body.raw.toString("utf8");
    expect(body).not.toMatch(/ nonce="/);
    expect(body).toContain(inline);
  });

  it("keeps the page's own headers but never a cookie, a request id or the per-request policy", () => {
    const page = storedNotFoundPage({ status: 404, headers, html }, basePolicy)!;
    expect(page.headers).toEqual({ "content-type": "text/html; charset=utf-8", "x-frame-options": "DENY", "cache-control": "private, no-store" });
  });

  it("stores nothing unless it is a 404 HTML page and there is a policy to start from", () => {
    expect(storedNotFoundPage({ status: 200, headers, html }, basePolicy)).toBeUndefined();
    expect(storedNotFoundPage({ status: 404, headers: { "content-type": "application/json" }, html }, basePolicy)).toBeUndefined();
    expect(storedNotFoundPage({ status: 404, headers, html }, undefined)).toBeUndefined();
  });
});

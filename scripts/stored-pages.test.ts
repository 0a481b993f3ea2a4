import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prerenderedPages } from "./prerendered.mjs";

// A build folder with three prerendered pages, and a stand-in for Next that serves the same
// home page (with the headers Next sends for it) and says "next" on anything else, so a test can
// tell which of the two answered.
const root = mkdtempSync(path.join(tmpdir(), "micsig-stored-"));
const app = path.join(root, ".next", "server", "app");
const files: Record<string, string> = {
  "/": "en.html",
  "/cy": "cy.html",
  "/about": "en/about.html",
};
const html = (page: string) => `<!DOCTYPE html><html><body><h1>${page}</h1>${"<p>text</p>".repeat(200)}</body></html>`;
const policies = new Map(Object.keys(files).map((page) => [page, { http: `script-src 'self' 'sha256-${page}'`, https: `script-src 'self' 'sha256-${page}'; upgrade-insecure-requests` }]));
const NEXT_HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "s-maxage=31536000", Vary: "rsc, Accept-Encoding", "X-Frame-Options": "DENY", "Set-Cookie": "never=stored" };

let homeFromNext = html("/");
let server: Server;
let base = "";
let pages: ReturnType<typeof prerenderedPages>;

beforeAll(async () => {
  mkdirSync(path.join(app, "en"), { recursive: true });
  for (const [page, file] of Object.entries(files)) writeFileSync(path.join(app, file), html(page));
  pages = prerenderedPages(policies, root);
  server = createServer((req, res) => {
    if (pages.send(req, res)) return;
    const page = (req.url ?? "/").split("?")[0]!;
    // The home page is what fill() reads, and its headers are what gets stored: no mark on it.
    res.writeHead(page === "/" ? 200 : 404, page === "/" ? NEXT_HEADERS : { ...NEXT_HEADERS, "X-Answered-By": "next" });
    res.end(page === "/" ? homeFromNext : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("prerendered pages answered from memory", () => {
  it("answers nothing itself until it has checked Next's home page", async () => {
    expect((await fetch(`${base}/about`)).headers.get("x-answered-by")).toBe("next");
  });

  it("refuses to start when Next's page is not the file it wrote", async () => {
    homeFromNext = html("something else");
    await expect(prerenderedPages(policies, root).fill(base)).rejects.toThrow(/not the file/);
    homeFromNext = html("/");
  });

  it("then sends each page's own bytes and policy with Next's headers, never a cookie", async () => {
    await pages.fill(base);
    for (const page of ["/about", "/cy", "/about?utm_source=x"]) {
      const response = await fetch(`${base}${page}`, { headers: { "accept-encoding": "identity" } });
      const key = page.split("?")[0]!;
      expect(response.status, page).toBe(200);
      expect(response.headers.get("x-answered-by"), page).toBeNull();
      expect(await response.text(), page).toBe(html(key));
      expect(response.headers.get("content-security-policy")).toBe(`script-src 'self' 'sha256-${key}'`);
      expect(response.headers.get("cache-control")).toBe("s-maxage=31536000");
      expect(response.headers.get("vary")).toBe("rsc, Accept-Encoding");
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  it("sends gzip to a client that takes it, 304 for bytes it has, and no body for HEAD", async () => {
    const zipped = await fetch(`${base}/about`, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const etag = zipped.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect((await fetch(`${base}/about`, { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await fetch(`${base}/about`, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
    const head = await fetch(`${base}/about`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    // fetch undoes gzip itself; the raw bytes are checked here.
    const raw = await new Promise<Buffer>((resolve) => {
      import("node:http").then(({ get }) =>
        get(`${base}/about`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve(Buffer.concat(chunks)));
        }),
      );
    });
    expect(gunzipSync(raw).toString("utf8")).toBe(html("/about"));
  });

  it("adds HSTS and the HTTPS policy over HTTPS", async () => {
    // Not normalised here: the production server makes x-forwarded-proto trustworthy first.
    const response = await fetch(`${base}/about`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("leaves Next's client router, server actions, other methods, other paths and unknown pages to Next", async () => {
    const toNext: [string, RequestInit][] = [
      ["/about", { headers: { rsc: "1" } }],
      ["/about?_rsc=abc", {}],
      ["/about", { headers: { "next-router-prefetch": "1" } }],
      ["/about", { method: "POST", headers: { "next-action": "x" } }],
      ["/about", { method: "POST" }],
      ["/about/", {}],
      ["/en/about", {}],
      ["/nowhere", {}],
    ];
    for (const [page, init] of toNext) expect((await fetch(`${base}${page}`, { ...init, redirect: "manual" })).headers.get("x-answered-by"), `${init.method ?? "GET"} ${page}`).toBe("next");
  });
});

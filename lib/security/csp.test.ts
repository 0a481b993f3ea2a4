import { describe, expect, it } from "vitest";
import { buildCsp, needsWasm } from "./csp";

describe("buildCsp", () => {
  it("allows hashed inline scripts on prerendered pages, never 'unsafe-inline' for scripts", () => {
    const csp = buildCsp({ kind: "hashes", hashes: ["sha256-abc="] });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc='");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("uses a nonce with strict-dynamic on pages rendered per request", () => {
    const csp = buildCsp({ kind: "nonce", nonce: "bm9uY2U=" }, { https: true });
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("permits eval only in development, where Turbopack needs it", () => {
    expect(buildCsp({ kind: "nonce", nonce: "n" }, { dev: true })).toMatch(/script-src[^;]*'unsafe-eval'/);
  });
});

describe("WebAssembly for the site search", () => {
  it("lets only the search pages compile WebAssembly, and never allows eval", () => {
    expect([needsWasm("/search"), needsWasm("/cy/search"), needsWasm("/faqs"), needsWasm("/search/x")]).toEqual([true, true, false, false]);
    const search = buildCsp({ kind: "hashes", hashes: [] }, { wasm: true });
    expect(search).toContain("'wasm-unsafe-eval'");
    expect(search).not.toMatch(/'unsafe-eval'/);
    expect(buildCsp({ kind: "hashes", hashes: [] })).not.toContain("wasm");
  });
});

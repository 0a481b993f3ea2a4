/**
 * Content-Security-Policy for the portal. Scripts never get 'unsafe-inline': prerendered pages
 * list the sha256 of each inline script (computed after `next build`, see scripts/csp-hashes.ts),
 * pages rendered per request get a fresh nonce.
 */
export type ScriptPolicy = { kind: "hashes"; hashes: readonly string[] } | { kind: "nonce"; nonce: string };

/** Pages whose script compiles WebAssembly: the site search runs Pagefind's. */
export function needsWasm(path: string): boolean {
  return path === "/search" || path === "/cy/search";
}

export function buildCsp(script: ScriptPolicy, options: { dev?: boolean; https?: boolean; wasm?: boolean } = {}): string {
  const scriptSrc =
    script.kind === "nonce"
      ? ["'self'", `'nonce-${script.nonce}'`, "'strict-dynamic'"]
      : ["'self'", ...script.hashes.map((h) => `'${h}'`)];
  // Turbopack's dev runtime evaluates modules with eval(); production never does.
  if (options.dev) scriptSrc.push("'unsafe-eval'");
  // Compiling WebAssembly only (not eval), and only where the search needs it.
  if (options.wasm) scriptSrc.push("'wasm-unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

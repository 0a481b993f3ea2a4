// After `next build`: hash the inline scripts of every prerendered page so the proxy can send a
// Content-Security-Policy without 'unsafe-inline' while the pages stay static.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCsp, needsWasm } from "../lib/security/csp";
import { inlineScriptHashes } from "./inline-scripts.mjs";
import { CSP_MANIFEST, PRERENDERED_HEADERS } from "../lib/security/csp-manifest";

const appDir = path.join(".next", "server", "app");

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

/** en/about.html -> /about, cy/about.html -> /cy/about, en.html -> /, cy.html -> /cy */
function publicPath(file: string): string | undefined {
  const rel = path.relative(appDir, file).split(path.sep).join("/").replace(/\.html$/, "");
  const [locale, ...rest] = rel.split("/");
  if (locale === "en") return `/${rest.join("/")}`;
  if (locale === "cy") return rest.length ? `/cy/${rest.join("/")}` : "/cy";
  return undefined; // _not-found, _global-error: only ever served through a dynamic render
}

const manifest: Record<string, string[]> = {};
for (const file of walk(appDir)) {
  const route = publicPath(file);
  if (!route) continue;
  manifest[route] = inlineScriptHashes(readFileSync(file, "utf8"));
}
writeFileSync(CSP_MANIFEST, JSON.stringify(manifest, null, 1));
// The whole policy per page, over HTTP and over HTTPS, for scripts/server.mjs: it answers these
// pages' headers itself, so Next's proxy is not run for them.
const policies = Object.fromEntries(
  Object.entries(manifest).map(([route, hashes]) => [
    route,
    {
      http: buildCsp({ kind: "hashes", hashes }, { wasm: needsWasm(route) }),
      https: buildCsp({ kind: "hashes", hashes }, { https: true, wasm: needsWasm(route) }),
    },
  ]),
);
writeFileSync(PRERENDERED_HEADERS, JSON.stringify(policies));
console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} prerendered pages.`);

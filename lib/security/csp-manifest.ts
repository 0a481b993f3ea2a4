import { readFileSync } from "node:fs";
import path from "node:path";

/** Written by scripts/csp-hashes.mjs after `next build`: public path -> inline script hashes. */
export const CSP_MANIFEST = path.join(".next", "csp-hashes.json");
/** The same pages' whole Content-Security-Policy, read by scripts/server.mjs. */
export const PRERENDERED_HEADERS = path.join(".next", "prerendered-csp.json");

let manifest: Record<string, string[]> | undefined;

/** Hashes for a prerendered page, or undefined when the page is rendered per request. */
export function prerenderedScriptHashes(pathname: string): string[] | undefined {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(readFileSync(path.join(process.cwd(), CSP_MANIFEST), "utf8")) as Record<string, string[]>;
    } catch {
      manifest = {}; // development, or a build without the post-build step: every page gets a nonce
    }
  }
  const key = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return manifest[key];
}

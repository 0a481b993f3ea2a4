// The inline scripts of an HTML page and their hashes, for a Content-Security-Policy without
// 'unsafe-inline': used after the build for the prerendered pages (scripts/csp-hashes.ts) and by
// the production server for the stored not-found page (scripts/not-found.mjs). Plain JavaScript,
// because the production server runs it directly.
import { createHash } from "node:crypto";

/** The text of every inline (no `src`) executable script in an HTML document. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? "";
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module") continue; // JSON-LD and other data blocks
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** `sha256-…` of each distinct inline script, in the order they first appear. */
export function inlineScriptHashes(html) {
  return [...new Set(inlineScripts(html).map((text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`))];
}

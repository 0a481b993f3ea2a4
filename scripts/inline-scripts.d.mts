// Types for scripts/inline-scripts.mjs (plain JavaScript: the production server runs it directly).
export function inlineScripts(html: string): string[];
export function inlineScriptHashes(html: string): string[];

// The characters the web font must hold: Latin with every Welsh letter (â ê î ô û ŵ ŷ, with
// acute, grave and diaeresis, and their capitals), the punctuation and symbols of ordinary
// text, and any other character the content, messages or page code use. `npm run fonts:subset`
// cuts the web fonts to these; a unit test fails when new text needs one the fonts lack.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const RANGES: Array<[number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A: â ê î ô û ä ë ï ö ü ÿ Ÿ ŵ Ŵ ŷ Ŷ, £ © ×
  [0x1e80, 0x1e85], // ẁ Ẁ ẃ Ẃ ẅ Ẅ
  [0x1ef2, 0x1ef3], // ỳ Ỳ
  [0x2010, 0x2027], // dashes, quotation marks, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, single guillemets
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign
];

const TEXT_FILES = /\.(mdx|json|csv|tsx|ts)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (TEXT_FILES.test(name) && !name.includes(".test.")) yield full;
  }
}

/** Code points the site's own text uses, from content/, app/ and components/ under `root`. */
export function usedCodePoints(root: string): Set<number> {
  const used = new Set<number>();
  for (const dir of ["content", "app", "components"]) {
    for (const file of files(path.join(root, dir))) {
      for (const ch of readFileSync(file, "utf8")) {
        const cp = ch.codePointAt(0)!;
        if (cp >= 0x20) used.add(cp);
      }
    }
  }
  return used;
}

/** Every code point the web fonts should hold, sorted. */
export function webFontCodePoints(root: string): number[] {
  const all = usedCodePoints(root);
  for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) all.add(cp);
  return [...all].sort((a, b) => a - b);
}

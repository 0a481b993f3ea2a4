import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { usedCodePoints, webFontCodePoints } from "./font-characters";

const root = path.dirname(import.meta.dirname);
const open = (file: string) => fontkit.create(readFileSync(path.join(root, file))) as fontkit.Font;
const full = open("node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf");
const show = (cps: number[]) => cps.map((cp) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");

describe("the web fonts (app/fonts/inter-*.woff2)", () => {
  for (const weight of ["400", "600", "700"]) {
    const subset = open(`app/fonts/inter-${weight}.woff2`);

    it(`weight ${weight} holds every Welsh letter, and every character the site's text uses that Inter has`, () => {
      const welsh = [..."âêîôûŵŷÂÊÎÔÛŴŶáéíóúẃýÁÉÍÓÚẂÝàèìòùẁỳÀÈÌÒÙẀỲäëïöüẅÿÄËÏÖÜẄŸ‘’“”–—…£€"].map((c) => c.codePointAt(0)!);
      const needed = [...new Set([...welsh, ...usedCodePoints(root)])].filter((cp) => full.hasGlyphForCodePoint(cp));
      const missing = needed.filter((cp) => !subset.hasGlyphForCodePoint(cp));
      expect(missing, `run npm run fonts:subset: the web font lacks ${show(missing)}`).toEqual([]);
    });

    it(`weight ${weight} is a subset, not the whole font`, () => {
      expect(subset.characterSet.length).toBeLessThanOrEqual(webFontCodePoints(root).length);
      expect(subset.characterSet.length).toBeLessThan(full.characterSet.length / 2);
    });
  }
});

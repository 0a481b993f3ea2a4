// `npm run fonts:subset`: writes the web fonts, app/fonts/inter-{400,600,700}.woff2, from the full
// Inter TTFs: cut to the characters in font-characters.mjs and compressed as WOFF2, so a page
// downloads tens of kilobytes of font instead of half a megabyte. The branded PDF keeps the full
// TTFs (lib/fact-sheet/fonts.ts). Run it again when the unit test says new text needs a character.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";
import { webFontCodePoints } from "./font-characters";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const source = path.join(root, "node_modules/@expo-google-fonts/inter");
const weights: Record<string, string> = { 400: "400Regular/Inter_400Regular.ttf", 600: "600SemiBold/Inter_600SemiBold.ttf", 700: "700Bold/Inter_700Bold.ttf" };
const text = String.fromCodePoint(...webFontCodePoints(root));

for (const [weight, file] of Object.entries(weights)) {
  const full = readFileSync(path.join(source, file));
  const woff2 = await subsetFont(full, text, { targetFormat: "woff2" });
  const out = path.join(root, "app/fonts", `inter-${weight}.woff2`);
  writeFileSync(out, woff2);
  console.log(`${path.relative(root, out)}: ${woff2.length.toLocaleString("en-GB")} bytes (from ${full.length.toLocaleString("en-GB")})`);
}

import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/**
 * The fact sheet's fonts: Inter TTFs from @expo-google-fonts/inter (a production dependency: the
 * server reads them), parsed once per process, with a bounded cache of shaped text.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
type ParsedFont = ReturnType<typeof fontkit.create>;
type Fonts = { regular: ParsedFont; bold: ParsedFont };

// Kept on globalThis: the server start-up (instrumentation) and the download route are separate
// bundles with their own copy of this module, and the route should find the fonts the start-up
// already parsed, with their shaped-text caches.
const shared = globalThis as typeof globalThis & { __micsigFactSheetFonts?: Fonts };

/**
 * Inter TTFs (every Welsh letter: ŵ ŷ ẁ ẃ ẅ ỳ), read and parsed once per process. pdfkit accepts a
 * parsed fontkit font, which keeps its glyph and layout caches between documents; each document
 * still embeds its own subset.
 */
export function loadFonts() {
  const open = (dir: string, file: string) => memoiseLayout(fontkit.create(readFileSync(path.join(FONT_DIR, dir, file))) as ParsedFont);
  shared.__micsigFactSheetFonts ??= {
    regular: open("400Regular", "Inter_400Regular.ttf"),
    bold: open("700Bold", "Inter_700Bold.ttf"),
  };
  return shared.__micsigFactSheetFonts;
}

/**
 * Shaping text with OpenType rules is most of the cost of a page, and the locked text is the same
 * on every sheet: keep the shaped runs per string, in a bounded cache. pdfkit scales a run's
 * positions in place, so each call gets fresh copies of them; the glyphs are only read.
 * Contextual alternates are switched off: Inter's are cosmetic, and the slowest rules to apply.
 */
function memoiseLayout(font: ParsedFont): ParsedFont {
  const target = font as unknown as { layout: (text: string, features?: unknown) => unknown };
  const layout = target.layout.bind(font);
  type Run = { glyphs: unknown[]; positions: Array<Record<string, number>> };
  const runs = new Map<string, Run>();
  target.layout = (text: string, features?: unknown) => {
    const key = features ? `${JSON.stringify(features)}\u0000${text}` : text;
    let run = runs.get(key);
    if (run === undefined) {
      run = layout(text, features ?? { calt: false, rclt: false }) as Run;
      if (runs.size > 5000) runs.clear();
      runs.set(key, run);
    }
    // Same prototype, so the run's getters (advanceWidth, bbox) still work on the copy.
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as Run, run, {
      positions: run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as Record<string, number>, p)),
    });
  };
  return font;
}


import localFont from "next/font/local";

// Inter (OFL), cut to the characters the site uses (Latin, every Welsh letter, ordinary
// punctuation) as WOFF2 by `npm run fonts:subset`: about 32 KB a weight instead of 340 KB. None
// is preloaded: text shows at once in Arial sized to Inter's metrics (next/font's adjusted
// fallback, so nothing jumps when Inter arrives), and Inter replaces it when it has loaded.
export const inter = localFont({
  src: [
    { path: "./inter-400.woff2", weight: "400", style: "normal" },
    { path: "./inter-600.woff2", weight: "600", style: "normal" },
    { path: "./inter-700.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-inter",
  display: "swap",
  preload: false,
  adjustFontFallback: "Arial",
  fallback: ["Arial", "Helvetica", "sans-serif"],
});

/**
 * npm run bench:pdf — how fast the branded fact sheet is made, on this machine, in one run:
 * the very first PDF (fonts loaded), then uncached PDFs (a new profile version each time) and
 * cached ones (the same inputs), with p50/p95 milliseconds and PDFs per second.
 */
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { factSheetPdf, type BrandProfileRow, type SheetChoice } from "../lib/fact-sheet";
import { DEMO_BRAND } from "../lib/fact-sheet/demo-brand";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const total = samples.reduce((a, b) => a + b, 0);
  return { p50: at(0.5), p95: at(0.95), perSecond: (samples.length / total) * 1000 };
}

const logo = await sharp({ create: { width: 600, height: 200, channels: 4, background: "#0b3d4f" } }).png().toBuffer();
const profile = (version: number): BrandProfileRow => ({
  ...DEMO_BRAND,
  logoPng: new Uint8Array(logo),
  logoWidth: 600,
  logoHeight: 200,
  version,
});
const make = (version: number, choice: SheetChoice) =>
  factSheetPdf({ organisationId: "bench", organisationName: "Demo College", profile: profile(version), choice, includeQr: true });

const t0 = performance.now();
await make(0, "en");
const first = performance.now() - t0;

console.log(`Branded fact sheet PDF, ${ROUNDS} rounds per row (node ${process.version})`);
console.log(`first PDF in this process (fonts read and parsed): ${first.toFixed(1)} ms`);
console.log("choice      cache      p50 ms   p95 ms   PDFs/s");
let version = 1;
for (const choice of ["en", "bilingual"] as const) {
  const cold: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await make(version++, choice);
    cold.push(performance.now() - start);
  }
  const warm: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await make(version - 1, choice);
    warm.push(performance.now() - start);
  }
  for (const [label, samples] of [["uncached", cold], ["cached", warm]] as const) {
    const s = stats(samples);
    console.log(`${choice.padEnd(11)} ${label.padEnd(9)} ${s.p50.toFixed(2).padStart(7)}  ${s.p95.toFixed(2).padStart(7)}  ${s.perSecond.toFixed(1).padStart(7)}`);
  }
}

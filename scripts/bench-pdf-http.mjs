// Part of `npm run bench:pdf`: the branded PDF over HTTP from the production build, as a provider
// gets it: the first download after the server starts, then downloads once it is warm. Each
// request renders (PDF_CACHE_MB=0 turns the server's byte cache off), so first and warm compare
// like with like. The server is ready for public pages before the measurement starts; the fact
// sheet is prepared at start-up in the background (instrumentation.ts), which this shows.
//   BENCH_ROUNDS=30 node scripts/bench-pdf-http.mjs
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { demoDatabase, freePort, waitForServer } from "./lib.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
// How long after the home page answers the first download is asked for: a provider does not
// download in the first milliseconds of a deploy, but within a few seconds they may.
const FIRST_AFTER_MS = Number(process.env.BENCH_FIRST_AFTER_MS ?? 2000);

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}

const database = demoDatabase("bench-pdf");
const session = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/pdf-session.ts"], { env: database.env, encoding: "utf8" });
if (session.status !== 0) throw new Error(`Could not make a session:\n${session.stderr}`);
const cookie = `authjs.session-token=${session.stdout.trim()}`;

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let log = "";
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: {
    ...database.env,
    NODE_ENV: "production",
    PORT: String(port),
    SITE_URL: base,
    AUTH_SECRET: "bench-pdf-secret-0123456789012345678901234",
    SIGN_IN_LINKS_TO_LOG: "1",
    EMAIL_SERVER: "",
    PDF_CACHE_MB: "0",
    PDF_DOWNLOADS_PER_HOUR: "100000",
  },
});
server.stdout.on("data", (d) => (log += d));
server.stderr.on("data", (d) => (log += d));

async function download(locale) {
  const start = performance.now();
  const response = await fetch(`${base}/api/fact-sheet?locale=${locale}`, { headers: { cookie } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200 || bytes < 1000) throw new Error(`GET /api/fact-sheet?locale=${locale}: ${response.status}\n${log}`);
  return performance.now() - start;
}

const p50 = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

try {
  const started = performance.now();
  await waitForServer(`${base}/`, () => log);
  const ready = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, FIRST_AFTER_MS));
  const first = await download("en");
  const warm = [];
  for (let i = 0; i < ROUNDS; i++) warm.push(await download(i % 2 ? "bilingual" : "en"));
  const warmEn = warm.filter((_, i) => i % 2 === 0);
  const warmBoth = warm.filter((_, i) => i % 2 === 1);
  console.log(`\nOver HTTP from the production build (${ROUNDS} warm requests, no byte cache):`);
  console.log(`home page answering after start:                ${ready.toFixed(0)} ms`);
  console.log(`first request after start (en, ${FIRST_AFTER_MS} ms later):  ${first.toFixed(1)} ms`);
  console.log(`warm p50, en:                                    ${p50(warmEn).toFixed(1)} ms`);
  console.log(`warm p50, bilingual:                             ${p50(warmBoth).toFixed(1)} ms`);
  console.log(`first / warm p50 (en):                           ${(first / p50(warmEn)).toFixed(2)}×`);
} finally {
  server.kill();
  database.remove();
}

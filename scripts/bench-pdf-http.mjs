// Part of `npm run bench:pdf`: the branded PDF over HTTP from the production build, as a provider
// gets it: the first download after the server starts, then downloads once it is warm. Each
// request renders (PDF_CACHE_MB=0 turns the server's byte cache off), so first and warm compare
// like with like. The server is ready for public pages before the measurement starts; the fact
// sheet is prepared in the background once it listens (scripts/server.mjs), which this shows.
// The first download of the day also writes that day's download record; further fresh servers on
// the same data (BENCH_STARTS, 3 by default) show the start-up cost alone, as the median of their
// first downloads against the median of their warm p50s, since one start on a shared machine can
// be a few milliseconds off either way.
//   BENCH_ROUNDS=30 BENCH_STARTS=3 node scripts/bench-pdf-http.mjs
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { demoDatabase, freePort, portalEnv, waitForServer } from "./lib.mjs";
import { startOwnPostgres } from "./own-postgres.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const STARTS = Math.max(1, Number(process.env.BENCH_STARTS ?? 3));
// How long after the home page answers the first download is asked for. The server prepares the
// download in the background once it listens (it logs how long that took, printed below); a
// download asked for before that finishes still waits for part of it.
const FIRST_AFTER_MS = Number(process.env.BENCH_FIRST_AFTER_MS ?? 5000);

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}

/** The demo data on the embedded database, or on a PostgreSQL server of the bench's own. */
async function demoOn(kind) {
  if (kind === "embedded") return demoDatabase("bench-pdf");
  const postgres = await startOwnPostgres({ name: "bench-pdf" });
  // A server of its own, removed afterwards: the demo data is meant for it.
  const env = { ...process.env, DATABASE_URL: postgres.url, SEED_ALLOW_POSTGRES: "1" };
  for (const script of ["db:migrate", "db:seed"]) {
    const done = spawnSync("npm", ["run", "-s", script], { env, encoding: "utf8" });
    if (done.status === 0) continue;
    postgres.remove();
    throw new Error(`npm run ${script} failed:\n${done.stderr}`);
  }
  return { env, remove: () => postgres.remove() };
}

let database;
let cookie;
let base;
let log = "";
let server;

/** Starts the production server on the demo database; resolves once the home page answers. */
async function start() {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  log = "";
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...database.env,
      NODE_ENV: "production",
      PORT: String(port),
      ...portalEnv(base, "bench-pdf"),
      PDF_CACHE_MB: "0",
      PDF_DOWNLOADS_PER_HOUR: "100000",
    },
  });
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const started = performance.now();
  await waitForServer(`${base}/`, () => log);
  return performance.now() - started;
}

async function stop() {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill();
  await exited;
}

async function download(locale) {
  const start = performance.now();
  const response = await fetch(`${base}/api/fact-sheet?locale=${locale}`, { headers: { cookie } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200 || bytes < 1000) throw new Error(`GET /api/fact-sheet?locale=${locale}: ${response.status}\n${log}`);
  return performance.now() - start;
}

const p50 = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

const pause = () => new Promise((resolve) => setTimeout(resolve, FIRST_AFTER_MS));

async function measure(kind) {
  database = await demoOn(kind);
  const session = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/pdf-session.ts"], { env: database.env, encoding: "utf8" });
  if (session.status !== 0) throw new Error(`Could not make a session:\n${session.stderr}`);
  cookie = `authjs.session-token=${session.stdout.trim()}`;
  // 1. A fresh server, and the person's first download of the day: it also writes the day's
  //    download record and the person's rate-limit row, which later downloads only update.
  const ready = await start();
  await pause();
  const firstOfDay = await download("en");
  await stop();
  // 2. More fresh servers on the same data: the first download after a deploy, for someone whose
  //    rows exist, against the same person's warm downloads on that server.
  const firsts = [];
  const warmEn = [];
  const warmBoth = [];
  for (let s = 0; s < STARTS; s++) {
    await start();
    await pause();
    firsts.push(await download("en"));
    const warm = [];
    for (let i = 0; i < ROUNDS; i++) warm.push(await download(i % 2 ? "bilingual" : "en"));
    warmEn.push(p50(warm.filter((_, i) => i % 2 === 0)));
    warmBoth.push(p50(warm.filter((_, i) => i % 2 === 1)));
    await stop();
  }
  const first = p50(firsts);
  const row = (label, value) => console.log(`${label.padEnd(66)} ${value}`);
  console.log(`\nOver HTTP from the production build on ${kind === "embedded" ? "the embedded database" : "its own PostgreSQL server"} (${STARTS} fresh starts, ${ROUNDS} warm requests each, no byte cache, first requests ${FIRST_AFTER_MS} ms after the home page answers):`);
  row("home page answering after start", `${ready.toFixed(0)} ms`);
  row("download prepared in the background (server log)", /prepared in (\d+) ms/.exec(log)?.[1] ? `${/prepared in (\d+) ms/.exec(log)[1]} ms` : "not logged");
  row("first request after start, the person's first download today (en)", `${firstOfDay.toFixed(1)} ms`);
  row("first request after start (en), each start", firsts.map((ms) => `${ms.toFixed(1)} ms`).join(", "));
  row("first request after start (en), median", `${first.toFixed(1)} ms`);
  row("warm p50 (en), median of the starts", `${p50(warmEn).toFixed(1)} ms`);
  row("warm p50 (bilingual), median of the starts", `${p50(warmBoth).toFixed(1)} ms`);
  row("first request after start / warm p50 (en)", `${(first / p50(warmEn)).toFixed(2)}×`);
  row("first download today, after start / warm p50 (en)", `${(firstOfDay / p50(warmEn)).toFixed(2)}×`);
  database.remove();
  database = undefined;
}

try {
  // The embedded database answers in the server's own process; PostgreSQL, as in production, in its own.
  await measure("embedded");
  await measure("postgres");
} finally {
  if (server) await stop().catch(() => undefined);
  database?.remove();
}

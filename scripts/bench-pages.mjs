// `npm run bench:pages`: how heavy and how fast the portal's pages are, next to a bare Next app of
// the same version serving the same text (scripts/bench/minimal-next, built by `npm run
// bench:fixture` outside the repository). Builds nothing: it starts the portal's production build (with a throw-away
// embedded database) and the bare app, then prints, for each page, the HTML bytes (raw and gzip),
// the JavaScript a reader downloads (gzip), requests per second and p50/p99 latency at 50
// connections, and the ratios to the bare app. Both run in this one process's lifetime, one after
// the other, so the ratios compare like with like on a noisy machine.
//   BENCH_SECONDS=10 npm run bench:pages
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { fixtureDir } from "./bench-fixture.mjs";
import { bin, demoDatabase, freePort, portalEnv, waitForServer } from "./lib.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const FIXTURE = fixtureDir;
const PAGES = ["/", "/about", "/case-studies/coleg-cambria-skills-strategy", "/reports/employer-psrb-survey-2025", "/cy/faqs", "/no-such-page", "/icon.svg"];

for (const [dir, fix] of [[".", "npm run build"], [FIXTURE, "npm run bench:fixture"]]) {
  if (!existsSync(path.join(dir, ".next/BUILD_ID"))) {
    console.error(`No production build in ${dir}: run \`${fix}\` first.`);
    process.exit(2);
  }
}

const database = demoDatabase("bench-pages");
const env = { ...database.env, NODE_ENV: "production" };

const servers = [];
async function serve(name, cwd, command, args, extraEnv) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(command, args(port), { cwd, env: { ...env, PORT: String(port), ...extraEnv(base) } });
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  servers.push(child);
  await waitForServer(`${base}/`, () => `${name}: ${log}`);
  return base;
}

/** HTML bytes, gzip bytes and the gzip bytes of every script the page loads. */
async function weigh(base, p) {
  const response = await fetch(base + p);
  const body = Buffer.from(await response.arrayBuffer());
  const html = body.toString("utf8");
  const scripts = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*as="script"/g)) scripts.add(m[1] ?? m[2]);
  let js = 0;
  for (const src of scripts) js += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { status: response.status, bytes: body.length, gzip: gzipSync(body).length, js, scripts: scripts.size };
}

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (error, result) => {
      if (error) reject(error);
      else resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx - (url.includes("no-such") ? result.non2xx : 0) });
    });
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padStart(n);

try {
  const minimal = await serve("the bare Next app", FIXTURE, path.resolve(bin("next")), (port) => ["start", "-p", String(port)], () => ({}));
  // The same bare app behind the portal's own production server: what scripts/server.mjs costs.
  const wrapped = await serve("the bare app behind scripts/server.mjs", FIXTURE, process.execPath, () => [path.resolve("scripts/server.mjs")], () => ({}));
  const portal = await serve("the portal", ".", process.execPath, () => ["scripts/start.mjs"], (base) => portalEnv(base, "bench-pages"));

  const bareWeight = await weigh(minimal, "/");
  const bareBefore = await load(`${minimal}/`);
  const rows = [];
  for (const p of PAGES) rows.push({ p, ...(await weigh(portal, p)), ...(await load(portal + p)) });
  const bareAfter = await load(`${minimal}/`);
  const behindServer = { ...bareWeight, ...(await load(`${wrapped}/`)) };
  const bare = { ...bareWeight, rps: (bareBefore.rps + bareAfter.rps) / 2, p50: (bareBefore.p50 + bareAfter.p50) / 2, p99: (bareBefore.p99 + bareAfter.p99) / 2 };

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s a page; ratios are portal / bare Next (same text as /about).\n`);
  console.log("page                                          status  HTML      gzip     JS (gzip)  req/s   p50 ms  p99 ms  HTML ×   req/s ×");
  const line = (name, r) =>
    console.log(
      `${name.padEnd(45)} ${pad(r.status, 6)} ${pad(kb(r.bytes), 9)} ${pad(kb(r.gzip), 8)} ${pad(kb(r.js), 10)} ${pad(Math.round(r.rps), 6)} ${pad(r.p50.toFixed(1), 7)} ${pad(r.p99.toFixed(1), 7)} ${pad((r.bytes / bare.bytes).toFixed(2), 7)} ${pad((r.rps / bare.rps).toFixed(2), 9)}`,
    );
  line("bare Next 16 app: /", bare);
  line("bare app behind scripts/server.mjs: /", behindServer);
  for (const r of rows) line(r.p, r);
  const about = rows.find((r) => r.p === "/about");
  const missing = rows.find((r) => r.p === "/no-such-page");
  console.log(`\nA 404 costs ${(about.rps / missing.rps).toFixed(2)}× a content page (/about req/s ÷ 404 req/s).`);
  console.log(`bare run before the portal ${Math.round(bareBefore.rps)} req/s, after ${Math.round(bareAfter.rps)} req/s (how noisy the machine was).`);
} finally {
  for (const child of servers) child.kill();
  database.remove();
}

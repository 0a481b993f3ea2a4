// `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile, Debian's chromium) on six pages of the
// production build, three runs each, printing the median of each score and of LCP and total
// blocking time. Builds nothing: it starts the build with a throw-away embedded database.
//   BENCH_RUNS=5 npm run bench:lighthouse
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { demoDatabase, freePort, portalEnv, waitForServer } from "./lib.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = ["/", "/case-studies/coleg-cambria-skills-strategy", "/reports/employer-psrb-survey-2025", "/fact-sheet", "/cy", "/sign-in"];

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
const database = demoDatabase("bench-lighthouse");
const env = { ...database.env, NODE_ENV: "production" };
const port = await freePort();
const base = `http://localhost:${port}`;
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: { ...env, PORT: String(port), ...portalEnv(base, "bench-lighthouse") },
  stdio: "ignore",
});
let chrome;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await waitForServer(`${base}/api/health`);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  console.log(`Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile, median of ${RUNS} runs\n`);
  console.log("page                                         perf  a11y  best  SEO   LCP s   TBT ms  CLS");
  for (const p of PAGES) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const result = await lighthouse(base + p, { port: chrome.port, output: "json", logLevel: "error" });
      const { categories: c, audits: a } = result.lhr;
      runs.push({
        perf: c.performance.score * 100,
        a11y: c.accessibility.score * 100,
        best: c["best-practices"].score * 100,
        seo: c.seo.score * 100,
        lcp: a["largest-contentful-paint"].numericValue / 1000,
        tbt: a["total-blocking-time"].numericValue,
        cls: a["cumulative-layout-shift"].numericValue,
      });
    }
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(
      `${p.padEnd(44)} ${String(Math.round(m("perf"))).padStart(4)}  ${String(Math.round(m("a11y"))).padStart(4)}  ${String(Math.round(m("best"))).padStart(4)}  ${String(Math.round(m("seo"))).padStart(4)}  ${m("lcp").toFixed(2).padStart(5)}  ${String(Math.round(m("tbt"))).padStart(6)}  ${m("cls").toFixed(3)}`,
    );
  }
} finally {
  await chrome?.kill();
  server.kill();
  database.remove();
}

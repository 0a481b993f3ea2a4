// `npm test`: installs what is missing, then lint, typecheck, unit tests, a production build, the
// attack script (scripts/attack-signin.mjs) and the Playwright suite against the build, each on a
// free port with a throw-away database. Tests against
// PostgreSQL run when TEST_DATABASE_URL is set and are reported as skipped otherwise.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureNodeModules, ensureSystemPackages } from "./ensure-deps.mjs";
import { bin, freePort, step } from "./lib.mjs";

ensureNodeModules();
ensureSystemPackages();

if (!process.env.TEST_DATABASE_URL) {
  console.log("\nTEST_DATABASE_URL is not set: the PostgreSQL tests will be reported as skipped.");
}

const reports = ".test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

step("Check content (schema, links, alt text, translations, data)", bin("tsx"), ["scripts/content-check.ts"], {
  fix: "each line above names the file and line to correct (see CONTENT.md).",
});
step("Lint (eslint, no warnings allowed)", bin("eslint"), [".", "--max-warnings", "0"]);
step("Generate route types (next typegen)", bin("next"), ["typegen"]);
step("Typecheck (tsc)", bin("tsc"), ["--noEmit"]);

let failed = false;
const run = (title, command, args, options) => {
  try {
    step(title, command, args, { ...options, exitOnFailure: false });
  } catch {
    failed = true;
  }
};

run("Unit tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reports}/unit.json`,
]);

step("Production build", "node", ["scripts/build.mjs"]);

run("Attacks on sign-in and organisations against the production build (npm run attack:signin)", "node", ["scripts/attack-signin.mjs"]);

const port = await freePort();
const mailPort = await freePort();
const dataDir = mkdtempSync(path.join(tmpdir(), "micsig-e2e-db-"));
run("End-to-end tests (Playwright, Debian chromium)", bin("playwright"), ["test"], {
  env: { E2E_PORT: String(port), E2E_MAIL_PORT: String(mailPort), E2E_DATA_DIR: dataDir },
});
rmSync(dataDir, { recursive: true, force: true });

// One closing line for people and CI: totals over both runners, with skipped tests named.
const totals = { passed: 0, failed: 0, skipped: 0 };
const skipped = [];
if (existsSync(`${reports}/unit.json`)) {
  const unit = JSON.parse(readFileSync(`${reports}/unit.json`, "utf8"));
  for (const file of unit.testResults) {
    for (const t of file.assertionResults) {
      if (t.status === "passed") totals.passed++;
      else if (t.status === "failed") totals.failed++;
      else {
        totals.skipped++;
        skipped.push(`${path.relative(process.cwd(), file.name)} > ${t.fullName}`);
      }
    }
  }
}
if (existsSync(`${reports}/attack.json`)) {
  const attack = JSON.parse(readFileSync(`${reports}/attack.json`, "utf8"));
  totals.passed += attack.passed;
  totals.failed += attack.failed;
}
if (existsSync(`${reports}/e2e.json`)) {
  const e2e = JSON.parse(readFileSync(`${reports}/e2e.json`, "utf8"));
  totals.passed += e2e.stats.expected;
  totals.failed += e2e.stats.unexpected + e2e.stats.flaky;
  totals.skipped += e2e.stats.skipped;
}
if (skipped.length) console.log(`\nSkipped:\n${skipped.map((s) => `  - ${s}`).join("\n")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);

// `npm run quickstart`: from a fresh clone to a running site. Installs packages, keeps a local
// AUTH_SECRET, prepares the embedded database with demo data, builds (only when the sources
// changed since the last build) and serves on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { ensureNodeModules } from "./ensure-deps.mjs";
import { bin, step } from "./lib.mjs";

const port = process.env.PORT ?? "3000";

ensureNodeModules();

// 1. A signing secret for sessions, generated once per machine outside production.
if (process.env.NODE_ENV !== "production" && !process.env.AUTH_SECRET) {
  const envFile = ".env.local";
  const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
  if (!/^AUTH_SECRET=/m.test(current)) {
    appendFileSync(envFile, `${current && !current.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
    console.log("Generated AUTH_SECRET and kept it in .env.local (not committed).");
  }
}

// 2. The database: embedded PGlite unless DATABASE_URL points at PostgreSQL.
const url = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(url)) {
  step("Prepare the embedded database (migrations)", bin("tsx"), ["scripts/db-migrate.ts"], {
    fix: "if the data directory is damaged, delete .data/pglite and run quickstart again.",
  });
  step("Add demo data", "npm", ["run", "-s", "db:seed"]);
} else {
  console.log("DATABASE_URL is PostgreSQL: run `npm run db:migrate` as your deploy step; no demo data is added.");
}

// 3. Build only when something a build reads has changed since the last successful build.
function sourceFingerprint() {
  const listed = spawnSync("git", ["ls-files", "-co", "--exclude-standard"], { encoding: "utf8" });
  if (listed.status !== 0) return undefined;
  const hash = createHash("sha256");
  for (const file of listed.stdout.split("\n").filter(Boolean).sort()) {
    if (!existsSync(file)) continue;
    const s = statSync(file);
    hash.update(`${file}:${s.size}:${s.mtimeMs}\n`);
  }
  hash.update(`SITE_URL=${process.env.SITE_URL ?? ""}`);
  return hash.digest("hex");
}
const stamp = ".next/quickstart-fingerprint";
const fingerprint = sourceFingerprint();
const built = existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
if (built) {
  console.log("\n✔ The production build is up to date: skipping the build.");
} else {
  step("Build the site", "node", ["scripts/build.mjs"], {
    fix: "read the first error above; for content errors see CONTENT.md. Then run quickstart again.",
  });
  if (fingerprint) writeFileSync(stamp, fingerprint);
}

// 4. Serve.
console.log(`
The portal is starting at http://localhost:${port}  (Welsh: http://localhost:${port}/cy)
Demo provider account: demo@example.ac.uk (organisation "Demo College", approved).
Sign in at http://localhost:${port}/sign-in with that address${process.env.EMAIL_SERVER ? "" : ": the sign-in link is printed here, in this terminal"}.
Stop with Ctrl+C.
`);
// A local trial without a mail server: sign-in links are written to this terminal.
const env = { ...process.env, PORT: port };
if (!env.EMAIL_SERVER) env.SIGN_IN_LINKS_TO_LOG = "1";
// A production server needs its public address; for a local trial it is this machine.
env.SITE_URL ??= `http://localhost:${port}`;
const server = spawnSync("node", ["scripts/start.mjs"], { stdio: "inherit", env });
process.exit(server.status ?? 0);

// Small helpers shared by the README's scripts: run a step, name it, and say how to fix a failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A TCP port nobody is listening on at this moment, on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export const bin = (name) => `node_modules/.bin/${name}`;

/** A throw-away embedded database holding the demo data (for a benchmark's server); `remove` deletes it. */
export function demoDatabase(name) {
  const dir = mkdtempSync(path.join(tmpdir(), `micsig-${name}-`));
  const env = { ...process.env, DATABASE_URL: `file:${dir}` };
  for (const script of ["db:migrate", "db:seed"]) {
    const done = spawnSync("npm", ["run", "-s", script], { env, encoding: "utf8" });
    if (done.status !== 0) throw new Error(`npm run ${script} failed:\n${done.stderr}`);
  }
  return { env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What the production server (scripts/start.mjs) needs to run on this machine for a benchmark:
 * its public address, a secret of its own and sign-in links written to the log instead of mailed.
 */
export function portalEnv(base, name) {
  return { SITE_URL: base, AUTH_SECRET: `${name}-secret-${"0".repeat(40)}`, SIGN_IN_LINKS_TO_LOG: "1", EMAIL_SERVER: "" };
}

/** Waits until `url` answers below 500, for up to 100 s; `log()` says what the server wrote if it never does. */
export async function waitForServer(url, log = () => "") {
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server at ${url} did not start:\n${log()}`);
}

/** Runs a command with inherited output; on failure prints the step and the fix, then exits. */
export function step(title, command, args, { env, fix, exitOnFailure = true } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    if (fix) console.error(`  How to fix: ${fix}`);
    if (!exitOnFailure) throw new Error(`${title} failed`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Small helpers shared by the README's scripts: run a step, name it, and say how to fix a failure.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";

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

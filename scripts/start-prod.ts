// npm run start:prod: the production server, after checking its environment. Every problem is
// named in one message and the server does not start (see lib/site/production-settings.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { productionProblems } from "../lib/site/production-settings";

const problems = productionProblems(process.env);
if (problems.length) {
  console.error(`Refusing to start the production server:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
// The standalone folder that `npm run build` assembles (scripts/standalone.mjs): only what the
// server needs, so the checkout's development packages are never loaded in production.
const standalone = ".next/standalone";
if (!existsSync(`${standalone}/.next/BUILD_ID`) || !existsSync(`${standalone}/scripts/server.mjs`)) {
  console.error("No production build found. Run `npm run build` first.");
  process.exit(1);
}
const child = spawn(process.execPath, ["scripts/server.mjs"], {
  cwd: standalone,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

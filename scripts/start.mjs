// Serves the production build on PORT (default 3000).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found. Run `npm run build` first (or `npm run quickstart`).");
  process.exit(1);
}
const port = process.env.PORT ?? "3000";
const child = spawn("node_modules/.bin/next", ["start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

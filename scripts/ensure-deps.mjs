// Installs what a fresh clone is missing: npm packages, and (as root, via apt) Debian's chromium
// for the browser tests and poppler-utils for the PDF checks. Prints one line of advice otherwise.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { step } from "./lib.mjs";

export function ensureNodeModules() {
  const lock = statSync("package-lock.json").mtimeMs;
  const marker = "node_modules/.package-lock.json";
  if (!existsSync(marker) || statSync(marker).mtimeMs < lock) {
    step("Install npm packages (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"], {
      fix: "check that the npm registry is reachable, then run `npm ci` yourself to see the full error.",
    });
  }
}

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** Installs what is missing from Debian: chromium and poppler-utils, and any `also` (command = package name). */
export function ensureSystemPackages(also = []) {
  const missing = also.filter((name) => !has(name));
  if (!process.env.CHROMIUM_PATH && !existsSync("/usr/bin/chromium")) missing.push("chromium");
  if (!has("pdfinfo")) missing.push("poppler-utils");
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !has("apt-get")) {
    console.error(
      `Missing system packages: ${missing.join(", ")}. Install them with: sudo apt-get install -y ${missing.join(" ")}` +
        " (or set CHROMIUM_PATH to a Chromium binary).",
    );
    process.exit(1);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env: { ...process.env, ...env } });
  if (install().status !== 0) {
    step("Refresh Debian package lists", "apt-get", ["update"], { env });
    step(`Install ${missing.join(", ")} (apt)`, "apt-get", ["install", "-y", "--no-install-recommends", ...missing], {
      env,
      fix: `run: apt-get install -y ${missing.join(" ")}`,
    });
  }
}

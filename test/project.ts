import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

/**
 * Test helpers: a temporary copy of the project's sources (no build output) to plant mistakes
 * in, and a way to run a project command inside it. A test file that uses them calls
 * `removeCopiesAfterEach()` once, so the copies are removed after each test.
 */
export const root = process.cwd();
let dirs: string[] = [];

export function removeCopiesAfterEach() {
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
}

export function copyProject() {
  const dir = mkdtempSync(path.join(tmpdir(), "micsig-copy-"));
  dirs.push(dir);
  const skip = new Set(["node_modules", ".next", ".data", ".git", ".contentlayer", "test-results", ".test-reports"]);
  for (const entry of ["app", "components", "config", "content", "lib", "scripts", "contentlayer.config.ts", "package.json", "tsconfig.json"]) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true, filter: (src) => !skip.has(path.basename(src)) });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/** Runs a binary from node_modules/.bin in the copy; Contentlayer finds the project from $PWD. */
export function runIn(cwd: string, bin: string, args: string[]) {
  const result = spawnSync(path.join(root, "node_modules/.bin", bin), args, { cwd, env: { ...process.env, PWD: cwd }, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout, stderr: result.stderr };
}

export function edit(cwd: string, file: string, change: (text: string) => string) {
  const full = path.join(cwd, file);
  writeFileSync(full, change(readFileSync(full, "utf8")));
}

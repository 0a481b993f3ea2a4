// `npm run bench:fixture`: builds the benchmark's yardstick, a bare Next app of the portal's Next
// version serving the text of the portal's About page (scripts/bench/minimal-next). It is built in
// a folder outside the repository (BENCH_FIXTURE_DIR, default <tmp>/micsig-minimal-next): inside
// it, Next would take the portal's own proxy.ts and instrumentation.ts as the fixture's.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin, step } from "./lib.mjs";

export const fixtureDir = process.env.BENCH_FIXTURE_DIR ?? path.join(tmpdir(), "micsig-minimal-next");

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(fixtureDir, { recursive: true, force: true });
  mkdirSync(fixtureDir, { recursive: true });
  cpSync("scripts/bench/minimal-next", fixtureDir, { recursive: true });
  symlinkSync(path.resolve("node_modules"), path.join(fixtureDir, "node_modules"));
  const body = readFileSync("content/pages/en/about.mdx", "utf8").replace(/^---[\s\S]*?---\s*/, "");
  const blocks = body
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/^[-*]\s+/gm, "").trim())
    .filter(Boolean)
    .map((b) => (b.startsWith("#") ? { heading: true, text: b.replace(/^#+\s*/, "") } : { heading: false, text: b }));
  writeFileSync(path.join(fixtureDir, "about.json"), JSON.stringify({ blocks }));
  step(`Build the bare Next app in ${fixtureDir}`, path.resolve(bin("next")), ["build", fixtureDir]);
  if (!existsSync(path.join(fixtureDir, ".next/BUILD_ID"))) process.exit(1);
}

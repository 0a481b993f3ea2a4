/**
 * npm run content:check — everything a member of staff can get wrong in content/, each with its
 * file and line: schema errors (via the content build), broken internal links and anchors, images
 * without alt text, missing or out-of-date Welsh translations, and malformed survey data.
 * Exits 1 when there is an error; warnings alone do not fail.
 */
import { spawnSync } from "node:child_process";
import { checkContent, type Finding } from "../lib/content/check";
import { checkDatasets } from "../lib/survey/dataset";

const root = process.cwd();
const build = spawnSync("node_modules/.bin/contentlayer2", ["build"], {
  encoding: "utf8",
  env: { ...process.env, PWD: root },
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  console.error("\ncontent:check: the content schema check failed (above: file and field).");
  process.exit(1);
}

const findings: Finding[] = [...checkContent(root), ...checkDatasets(root)];
for (const f of findings) {
  console.log(`${f.file}:${f.line}: ${f.level}: ${f.message}`);
}
const errors = findings.filter((f) => f.level === "error").length;
const warnings = findings.length - errors;
console.log(`content:check: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);

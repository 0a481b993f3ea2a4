/**
 * npm run content:check — everything a member of staff can get wrong in content/, each with its
 * file and line: schema errors (via the content build), choices outside their options, broken
 * internal links and anchors, images without alt text, missing or out-of-date Welsh translations,
 * and malformed survey data. Exits 1 when there is an error; warnings alone do not fail.
 *
 * `--format=github` (CI on a pull request) also prints each finding as a workflow command, so the
 * repository shows it as an annotation on the file and line in the pull request's "Files changed".
 */
import { spawnSync } from "node:child_process";
import { checkContent, type Finding } from "../lib/content/check";
import { schemaFindings } from "../lib/content/schema-errors";
import { checkDatasets } from "../lib/survey/dataset";

const root = process.cwd();
const github = process.argv.includes("--format=github");

/** A GitHub workflow command; its data must escape %, CR and LF, its properties also : and ,. */
function annotation(f: Finding) {
  const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `::${f.level} file=${property(f.file)},line=${f.line},title=${property("content:check")}::${data(f.message)}`;
}

function report(findings: Finding[]) {
  for (const f of findings) {
    console.log(`${f.file}:${f.line}: ${f.level}: ${f.message}`);
    if (github) console.log(annotation(f));
  }
  const errors = findings.filter((f) => f.level === "error").length;
  console.log(`content:check: ${errors} error(s), ${findings.length - errors} warning(s).`);
  return errors;
}

const build = spawnSync("node_modules/.bin/contentlayer2", ["build"], { encoding: "utf8", env: { ...process.env, PWD: root } });
if (build.status !== 0) {
  const output = build.stdout + build.stderr;
  const findings = schemaFindings(output, root);
  if (findings.length === 0) process.stderr.write(output);
  report(findings.length ? findings : [{ level: "error", file: "contentlayer.config.ts", line: 1, message: "the content build failed (its report is above)" }]);
  console.error("content:check: fix the fields above first; the other checks run once the content builds.");
  process.exit(1);
}

process.exit(report([...checkContent(root), ...checkDatasets(root)]) ? 1 : 0);

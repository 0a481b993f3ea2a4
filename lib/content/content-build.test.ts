import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = process.cwd();
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A temporary copy of the content and its schema, to break without touching the real files. */
function copyProject() {
  dir = mkdtempSync(path.join(tmpdir(), "micsig-content-"));
  cpSync(path.join(root, "content"), path.join(dir, "content"), { recursive: true });
  cpSync(path.join(root, "contentlayer.config.ts"), path.join(dir, "contentlayer.config.ts"));
  cpSync(path.join(root, "tsconfig.json"), path.join(dir, "tsconfig.json"));
  cpSync(path.join(root, "package.json"), path.join(dir, "package.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

function buildContent(cwd: string) {
  const result = spawnSync(path.join(root, "node_modules/.bin/contentlayer2"), ["build"], {
    cwd,
    // Contentlayer finds the project from $PWD, not the process's working directory.
    env: { ...process.env, PWD: cwd },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("content build", () => {
  it("fails, naming the file and the field, when a required field is missing", () => {
    const cwd = copyProject();
    const file = path.join(cwd, "content/pages/en/about.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title:.*\n/m, ""));

    const { status, output } = buildContent(cwd);

    expect(status).not.toBe(0);
    expect(output).toContain("pages/en/about.mdx");
    expect(output).toMatch(/missing the following required fields:[\s\S]*title/);
  });

  it("fails when a field has a value its type does not allow", () => {
    const cwd = copyProject();
    const file = path.join(cwd, "content/pages/en/about.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^updated:.*$/m, "updated: not-a-date"));

    const { status, output } = buildContent(cwd);

    expect(status).not.toBe(0);
    expect(output).toContain("pages/en/about.mdx");
    expect(output).toContain("updated");
  });

  it("succeeds on the committed content", () => {
    const { status, output } = buildContent(copyProject());
    expect(output).toMatch(/Generated \d+ documents/);
    expect(status).toBe(0);
  });
});

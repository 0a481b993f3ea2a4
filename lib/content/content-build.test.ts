import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject, removeCopiesAfterEach, runIn } from "@/test/project";

removeCopiesAfterEach();

const buildContent = (cwd: string) => runIn(cwd, "contentlayer2", ["build"]);

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

import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject, removeCopiesAfterEach, edit, runIn } from "@/test/project";

removeCopiesAfterEach();

const contentCheck = (cwd: string) => runIn(cwd, "tsx", ["scripts/content-check.ts"]);
const contentNew = (cwd: string, ...args: string[]) => runIn(cwd, "tsx", ["scripts/content-new.ts", ...args]);

describe("npm run content:check", () => {
  it("passes on the committed content", () => {
    const { status, output } = contentCheck(copyProject());
    expect(output).toContain("content:check: 0 error(s)");
    expect(status).toBe(0);
  });

  it("names the file and line of a broken internal link and a missing anchor", () => {
    const cwd = copyProject();
    edit(cwd, "content/pages/en/contact.mdx", (t) => `${t}\nSee [our news](/news) and [the cost FAQ](/faqs#no-such-question).\n`);
    const lines = readFileSync(path.join(cwd, "content/pages/en/contact.mdx"), "utf8").split("\n").length - 1;
    const { status, output } = contentCheck(cwd);
    expect(status).toBe(1);
    expect(output).toContain(`content/pages/en/contact.mdx:${lines}: error: link to /news: no such page`);
    expect(output).toContain(`content/pages/en/contact.mdx:${lines}: error: link to /faqs#no-such-question: the page has no #no-such-question`);
  });

  it("names the line of a fact sheet section out of order, and of a section left out", () => {
    const cwd = copyProject();
    const file = "content/fact-sheet/cy/fact-sheet.mdx";
    edit(cwd, file, (t) => t.replace("- id: delivery", "- id: swap").replace("- id: cost", "- id: delivery").replace("- id: swap", "- id: cost"));
    const line = readFileSync(path.join(cwd, file), "utf8").split("\n").findIndex((l) => l.includes("- id: cost")) + 1;
    const { status, output } = contentCheck(cwd);
    expect(status).toBe(1);
    expect(output).toContain(`${file}:${line}: error: section 4 must be delivery (found cost)`);

    edit(cwd, "content/fact-sheet/en/fact-sheet.mdx", (t) => t.slice(0, t.indexOf("  - id: working-with-providers")) + t.slice(t.indexOf("\n---", t.indexOf("  - id: working-with-providers"))));
    expect(contentCheck(cwd).output).toContain("content/fact-sheet/en/fact-sheet.mdx:38: error: section 6 must be working-with-providers (the list ends)");
  });

  it("fails on a planted missing field, naming file and field", () => {
    const cwd = copyProject();
    edit(cwd, "content/faqs/en/what-levels.mdx", (t) => t.replace(/^category:.*\n/m, ""));
    const { status, output } = contentCheck(cwd);
    expect(status).toBe(1);
    expect(output).toContain("faqs/en/what-levels.mdx");
    expect(output).toMatch(/category/);
  });

  it("names the line of a misspelt field and of a choice outside its options", () => {
    const cwd = copyProject();
    edit(cwd, "content/pages/en/contact.mdx", (t) => t.replace(/^description:/m, "summry: A typo\ndescription:"));
    const extra = contentCheck(cwd);
    expect(extra.status).toBe(1);
    expect(extra.output).toContain('content/pages/en/contact.mdx:3: error: "summry" is not a field of a Page');

    edit(cwd, "content/pages/en/contact.mdx", (t) => t.replace(/^summry:.*\n/m, ""));
    const file = "content/case-studies/en/coleg-cambria-skills-strategy.mdx";
    edit(cwd, file, (t) => t.replace(/^nation: wales$/m, "nation: walse"));
    const line = readFileSync(path.join(cwd, file), "utf8").split("\n").indexOf("nation: walse") + 1;
    const choice = contentCheck(cwd);
    expect(choice.status).toBe(1);
    expect(choice.output).toContain(`${file}:${line}: error: nation must be one of wales, scotland, northern-ireland, england (found "walse")`);
  });

  it("prints each problem as an annotation on its file and line for the pull request (--format=github)", () => {
    const cwd = copyProject();
    edit(cwd, "content/faqs/en/what-levels.mdx", (t) => t.replace(/^category:.*\n/m, ""));
    const missing = runIn(cwd, "tsx", ["scripts/content-check.ts", "--format=github"]);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('::error file=content/faqs/en/what-levels.mdx,line=1,title=content%3Acheck::the field "category" is required for a Faq');

    edit(cwd, "content/faqs/en/what-levels.mdx", (t) => t.replace(/^question:/m, "category: basics\nquestion:"));
    edit(cwd, "content/pages/en/contact.mdx", (t) => `${t}\nSee [our news](/news).\n`);
    const lines = readFileSync(path.join(cwd, "content/pages/en/contact.mdx"), "utf8").split("\n").length - 1;
    const broken = runIn(cwd, "tsx", ["scripts/content-check.ts", "--format=github"]);
    expect(broken.status).toBe(1);
    expect(broken.output).toContain(`::error file=content/pages/en/contact.mdx,line=${lines},title=content%3Acheck::link to /news: no such page`);
  });

  it("reports an image without alt text and a Welsh page without its English original", () => {
    const cwd = copyProject();
    appendFileSync(path.join(cwd, "content/pages/en/about.mdx"), "\n![](/images/team.png)\n");
    writeFileSync(path.join(cwd, "content/pages/cy/amdanom.mdx"), "---\ntitle: Amdanom\ndescription: x\nupdated: 2026-11-26\n---\nTestun.\n");
    const { status, output } = contentCheck(cwd);
    expect(status).toBe(1);
    expect(output).toMatch(/content\/pages\/en\/about\.mdx:\d+: error: image \/images\/team\.png has no alt text/);
    expect(output).toContain("content/pages/cy/amdanom.mdx:1: error: Welsh document without an English original");
  });

  it("fails when any Welsh translation is missing and warns when one is older than the English", () => {
    const cwd = copyProject();
    rmSync(path.join(cwd, "content/faqs/cy/what-levels.mdx"));
    rmSync(path.join(cwd, "content/case-studies/cy/coleg-cambria-skills-strategy.mdx"));
    edit(cwd, "content/pages/en/about.mdx", (t) => t.replace(/^updated:.*$/m, "updated: 2099-01-01"));
    const { status, output } = contentCheck(cwd);
    expect(status).toBe(1);
    expect(output).toContain("content/faqs/en/what-levels.mdx:1: error: needs a Welsh version at content/faqs/cy/what-levels.mdx");
    expect(output).toContain("content/case-studies/en/coleg-cambria-skills-strategy.mdx:1: error: needs a Welsh version at content/case-studies/cy/coleg-cambria-skills-strategy.mdx");
    expect(output).toMatch(/content\/pages\/cy\/about\.mdx:\d+: warning: Welsh text \(updated [\d-]+\) is older than the English \(updated 2099-01-01\)/);
  });

  it("names the file and line of a percentage outside 0 to 100 and of a malformed CSV row", () => {
    const cwd = copyProject();
    edit(cwd, "content/data/employer-psrb-survey-2025/cost-one-week.csv", (t) => t.replace(/,48\s*$/m, ",148"));
    const bad = contentCheck(cwd);
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(/content\/data\/employer-psrb-survey-2025\/cost-one-week\.csv:\d+: error: value must be from 0 to 100, not 148/);

    edit(cwd, "content/data/employer-psrb-survey-2025/cost-one-week.csv", (t) => `${t.trimEnd()}\nextra,row\n`);
    const malformed = contentCheck(cwd);
    expect(malformed.status).toBe(1);
    expect(malformed.output).toMatch(/cost-one-week\.csv:\d+: error: /);
  });
});

describe("npm run content:new", () => {
  it("scaffolds an FAQ and then asks for its Welsh version, which FAQs must have", () => {
    const cwd = copyProject();
    const made = contentNew(cwd, "faq", "Can I study part time?");
    expect(made.stdout).toContain("content/faqs/cy/can-i-study-part-time.mdx");
    const { status, output } = contentCheck(cwd);
    expect(status).toBe(1);
    expect(output).toContain("content/faqs/en/can-i-study-part-time.mdx:1: error: needs a Welsh version at content/faqs/cy/can-i-study-part-time.mdx");
  });

  for (const type of ["page", "case-study", "webinar", "resource", "framework", "report"]) {
    it(`scaffolds a ${type} that passes the content check once it has its Welsh version`, () => {
      const cwd = copyProject();
      const made = contentNew(cwd, type, "Tŷ Newydd: a new example");
      const file = made.stdout.match(/Wrote (content\/[a-z-]+\/en\/ty-newydd-a-new-example\.mdx)/)?.[1];
      expect(file, made.stdout).toBeTruthy();
      const welsh = file!.replace("/en/", "/cy/");
      const missing = contentCheck(cwd);
      expect(missing.status).toBe(1);
      expect(missing.output).toContain(`${file}:1: error: needs a Welsh version at ${welsh}`);
      expect(missing.output).toContain("content:check: 1 error(s)");

      mkdirSync(path.dirname(path.join(cwd, welsh)), { recursive: true });
      copyFileSync(path.join(cwd, file!), path.join(cwd, welsh));
      const { status, output } = contentCheck(cwd);
      expect(output).toContain("0 error(s)");
      expect(status).toBe(0);
    });
  }

  it("refuses an unknown type and an existing file", () => {
    const cwd = copyProject();
    const unknown = contentNew(cwd, "blog", "Hello");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Types: page, faq");
    const again = contentNew(cwd, "page", "About");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("content/pages/en/about.mdx already exists");
  });
});

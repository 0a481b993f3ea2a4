import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject, edit, removeCopiesAfterEach } from "@/test/project";
import { checkDatasets, loadDataset } from "./dataset";

removeCopiesAfterEach();

const reportsDir = path.join("content", "reports");

function reports() {
  return ["en", "cy"].flatMap((locale) =>
    readdirSync(path.join(reportsDir, locale)).map((file) => {
      const text = readFileSync(path.join(reportsDir, locale, file), "utf8");
      const dataset = /^dataset:\s*(\S+)/m.exec(text)?.[1];
      return { name: `${locale}/${file}`, text, dataset };
    }),
  );
}

/** Every number a data set holds for each respondent group, as the text would quote it. */
function quotable(id: string) {
  const values = new Set<string>();
  for (const file of loadDataset(id).files) {
    for (const row of file.rows) if (row.value !== null && file.unit === "percent") values.add(`${row.value}%`);
    for (const h of file.headline ?? []) values.add(`${h.percent}%`);
  }
  return values;
}

describe("survey report text", () => {
  const withData = reports().filter((r) => r.dataset);

  it("has at least one report with a data set", () => {
    expect(withData.length).toBeGreaterThan(0);
  });

  for (const report of withData) {
    it(`quotes in ${report.name} only percentages that are in its data files`, () => {
      const quoted = [...report.text.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].map((m) => `${m[1]}%`);
      expect(quoted.length).toBeGreaterThan(10);
      const known = quotable(report.dataset!);
      expect(quoted.filter((q) => !known.has(q))).toEqual([]);
    });

    it(`places in ${report.name} only figures and tables its data set defines`, () => {
      const ids = new Set(loadDataset(report.dataset!).files.map((f) => f.id));
      const used = [...report.text.matchAll(/<(?:Figure|DataTable) id="([^"]+)"/g)].map((m) => m[1]);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((id) => !ids.has(id!))).toEqual([]);
    });
  }
});

describe("survey data sets", () => {
  it("all pass the content check", () => {
    expect(checkDatasets(process.cwd())).toEqual([]);
  });

  it("are read in Welsh with every title, answer and category translated, and the same numbers", () => {
    for (const id of new Set(reports().flatMap((r) => (r.dataset ? [r.dataset] : [])))) {
      const en = loadDataset(id);
      const cy = loadDataset(id, undefined, "cy");
      expect(cy.title).not.toBe(en.title);
      en.files.forEach((file, i) => {
        const welsh = cy.files[i]!;
        expect(welsh.title, file.id).not.toBe(file.title);
        expect(welsh.rows.map((r) => r.value)).toEqual(file.rows.map((r) => r.value));
        const labels = new Set(file.rows.map((r) => r.label));
        expect(welsh.rows.filter((r) => labels.has(r.label)).map((r) => r.label), file.id).toEqual([]);
      });
    }
  });

  it("name the Welsh data dictionary's line when an answer has no translation", () => {
    const cwd = copyProject();
    const file = "content/data/employer-psrb-survey-2025/dataset.cy.json";
    edit(cwd, file, (t) => t.replace(/\n\s*"Blended": "[^"]*",?/, ""));
    const line = readFileSync(path.join(cwd, file), "utf8").split("\n").findIndex((l) => l.includes('"labels"')) + 1;
    const findings = checkDatasets(cwd);
    expect(findings).toEqual([
      expect.objectContaining({ level: "error", file, line, message: expect.stringContaining('labels has no translation of "Blended" (used in content/data/employer-psrb-survey-2025/delivery-preferences.csv, line') }),
    ]);
  });

  it("report a broken data dictionary with its file", () => {
    expect(() => loadDataset("no-such-dataset")).toThrow("content/data/no-such-dataset/dataset.json:1: cannot read the data dictionary");
  });
});

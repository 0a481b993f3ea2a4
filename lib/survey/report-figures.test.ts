import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import cy from "@/content/messages/cy.json";
import en from "@/content/messages/en.json";
import { checkDatasets, loadDataset } from "./dataset";

const reportsDir = path.join("content", "reports");

function reports() {
  return readdirSync(path.join(reportsDir, "en")).map((name) => {
    const text = readFileSync(path.join(reportsDir, "en", name), "utf8");
    const dataset = /^dataset:\s*(\S+)/m.exec(text)?.[1];
    return { name, text, dataset };
  });
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

  it("have a figure title in both messages files, so the chart titles can be translated", () => {
    const ids = reports()
      .filter((r) => r.dataset)
      .flatMap((r) => loadDataset(r.dataset!).files.map((f) => `${r.dataset}/${f.id}`));
    const missing = (titles: Record<string, string>) => ids.filter((id) => !titles[id]);
    expect(missing(en.reportFigures)).toEqual([]);
    expect(missing(cy.reportFigures)).toEqual([]);
  });

  it("report a broken data dictionary with its file", () => {
    expect(() => loadDataset("no-such-dataset")).toThrow("content/data/no-such-dataset/dataset.json:1: cannot read the data dictionary");
  });
});

import { describe, expect, it } from "vitest";
import { buildChartModel, formatValue, niceMax } from "./chart";
import { parseFigureCsv } from "./dataset";

const csv = `category,label,respondent_group,value
Where,Online,employers,53
Where,Online,psrbs,
Where,Blended,employers,83
Where,Blended,psrbs,77
When,During working hours,psrbs,50
When,During working hours,employers,82
`;

describe("buildChartModel", () => {
  const model = buildChartModel(parseFigureCsv(csv, "f.csv", "percent"), "percent");

  it("keeps the CSV's sections and labels in order", () => {
    expect(model.sections.map((s) => [s.category, s.rows.map((r) => r.label)])).toEqual([
      ["Where", ["Online", "Blended"]],
      ["When", ["During working hours"]],
    ]);
  });

  it("scales percentages against 100 with ticks every 25", () => {
    expect(model.max).toBe(100);
    expect(model.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(model.sections[0]!.rows[1]!.bars).toEqual([
      { group: "employers", value: 83, fraction: 0.83 },
      { group: "psrbs", value: 77, fraction: 0.77 },
    ]);
  });

  it("keeps a value the report does not give as missing, with no bar length", () => {
    expect(model.sections[0]!.rows[0]!.bars[1]).toEqual({ group: "psrbs", value: null, fraction: 0 });
  });

  it("orders each row's bars in the order the groups first appear", () => {
    expect(model.groups).toEqual(["employers", "psrbs"]);
    expect(model.sections[1]!.rows[0]!.bars.map((b) => b.group)).toEqual(["employers", "psrbs"]);
  });

  it("scales counts to a readable maximum", () => {
    const counts = buildChartModel(parseFigureCsv("category,label,respondent_group,value\n,Education,employers,13\n,Health,employers,38\n", "c.csv", "count"), "count");
    expect(counts.max).toBe(50);
    expect(counts.ticks).toEqual([0, 12.5, 25, 37.5, 50]);
    expect(counts.sections[0]!.rows[1]!.bars[0]!.fraction).toBeCloseTo(0.76);
  });
});

describe("niceMax and formatValue", () => {
  it("round up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 3, 13, 38, 101].map(niceMax)).toEqual([1, 5, 20, 50, 200]);
  });
  it("print percentages, counts and missing values", () => {
    expect(formatValue(29.6, "percent", "Not reported")).toBe("29.6%");
    expect(formatValue(7, "count", "Not reported")).toBe("7");
    expect(formatValue(null, "percent", "Not reported")).toBe("Not reported");
  });
});

describe("parseFigureCsv", () => {
  it("refuses a percentage outside 0 to 100 with file and line", () => {
    expect(() => parseFigureCsv("category,label,respondent_group,value\nx,Online,employers,120\n", "content/data/d/f.csv", "percent")).toThrow(
      "content/data/d/f.csv:2: value must be from 0 to 100, not 120",
    );
  });
  it("refuses a fractional count and an unknown group", () => {
    expect(() => parseFigureCsv("category,label,respondent_group,value\n,Education,employers,1.5\n", "c.csv", "count")).toThrow("c.csv:2: value must be a whole number");
    expect(() => parseFigureCsv("category,label,respondent_group,value\n,Education,staff,1\n", "c.csv", "count")).toThrow('c.csv:2: respondent_group must be employers or psrbs, not "staff"');
  });
});

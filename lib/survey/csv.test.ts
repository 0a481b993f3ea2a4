import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv, parsePercent } from "./csv";
import { HEADLINE_FILE } from "./headline";
import { parseHeadlineFigures } from "./headline-parse";

describe("parseCsv", () => {
  it("reads quoted values with commas and doubled quotes", () => {
    const { rows } = parseCsv('a,b\n"x, y","say ""hi"""\n', "t.csv");
    expect(rows).toEqual([{ line: 2, values: { a: "x, y", b: 'say "hi"' } }]);
  });

  it("names the file and line of a row with the wrong number of values", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n", "content/data/x.csv")).toThrow("content/data/x.csv:3: expected 2 values, found 1");
  });

  it("refuses an unexpected header, an unclosed quote and an empty file", () => {
    expect(() => parseCsv("a,c\n1,2\n", "x.csv", ["a", "b"])).toThrow('x.csv:1: the header must be "a,b"');
    expect(() => parseCsv('a\n"open\n', "x.csv")).toThrow("x.csv:2: a quoted value is not closed");
    expect(() => parseCsv("", "x.csv")).toThrow("x.csv:1: the file is empty");
  });
});

describe("parsePercent", () => {
  it("accepts 0 to 100 and refuses anything else with file and line", () => {
    expect(parsePercent("46", "f.csv", 4, "percent")).toBe(46);
    expect(parsePercent("29.6", "f.csv", 4, "percent")).toBe(29.6);
    expect(() => parsePercent("101", "f.csv", 4, "percent")).toThrow("f.csv:4: percent must be from 0 to 100, not 101");
    expect(() => parsePercent("-3", "f.csv", 4, "percent")).toThrow("f.csv:4: percent must be a number");
    expect(() => parsePercent("forty", "f.csv", 4, "percent")).toThrow("f.csv:4: percent must be a number");
  });
});

describe("headline figures", () => {
  it("parse from the committed data file", () => {
    const figures = parseHeadlineFigures(readFileSync(HEADLINE_FILE, "utf8"), HEADLINE_FILE);
    expect(figures.find((f) => f.measure === "willing_to_fund" && f.group === "employers")?.percent).toBe(68);
  });

  it("refuse an unknown respondent group, naming the line", () => {
    const text = "measure,respondent_group,percent,note\naware,students,10,x\n";
    expect(() => parseHeadlineFigures(text, "h.csv")).toThrow('h.csv:2: respondent_group must be employers or psrbs, not "students"');
  });
});

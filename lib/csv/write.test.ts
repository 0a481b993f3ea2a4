import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./write";

describe("CSV exports", () => {
  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const attack of ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]) {
      expect(csvCell(attack).replace(/^"/, "")).toMatch(/^'/);
    }
    expect(csvCell("a normal answer")).toBe("a normal answer");
    expect(csvCell("under = over")).toBe("under = over");
  });

  it("writes numbers as numbers, even negative ones, and quotes commas, quotes and line breaks", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(null)).toBe("");
    // Opened with ; or tab as the separator, the rest of the cell must not become a formula cell.
    expect(csvCell("x;=HYPERLINK(1)")).toBe('"x;=HYPERLINK(1)"');
    expect(csvCell("x\t=1")).toBe('"x\t=1"');
  });

  it("starts with a byte-order mark and keeps Welsh letters as UTF-8", () => {
    const csv = toCsv(["name"], [["Prifysgol Aberystwyth: ŵ ŷ â"]]);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe("\uFEFFname\r\nPrifysgol Aberystwyth: ŵ ŷ â\r\n");
  });
});

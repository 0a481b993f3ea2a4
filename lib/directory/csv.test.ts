import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/write";
import { CSV_HEADER, CSV_MAX_ROWS, csvRow, readImport } from "./csv";
import { demoMicroCredentials } from "./demo";
import { checkMicroCredential } from "./rules";

const today = "2026-11-28";
const demo = demoMicroCredentials(new Date(`${today}T12:00:00Z`));
const bytes = (text: string) => new TextEncoder().encode(text);
const file = (rows: string[][], header: readonly string[] = CSV_HEADER) => bytes(toCsv(header, rows));
/** A file as another program might write it: every cell quoted, nothing protected. */
const raw = (rows: string[][]) => bytes(`${CSV_HEADER.join(",")}\n${rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\n")}\n`);

describe("the directory's CSV files", () => {
  it("reads back what it writes: the template's rows meet every rule for publication", () => {
    const read = readImport(file(demo.map((fields) => csvRow("", fields, ""))));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    for (const row of read.rows) expect(checkMicroCredential(row.fields, { forPublication: true, today }).ok).toBe(true);
    expect(read.rows[0]!.fields.learningOutcomes).toBe(demo[0]!.learningOutcomes);
    expect(read.rows[0]!.fields.titleCy).toBe("Arwain timau hybrid");
  });

  it("refuses a formula, and takes back text an export protected with an apostrophe", () => {
    const formula = csvRow("", { ...demo[0]!, title: "=HYPERLINK(\"https://evil.example\")" }, "");
    expect(readImport(file([formula])).ok).toBe(true);
    const read = readImport(raw([formula]));
    expect(read.ok && read.problems).toEqual([{ row: 2, kind: "formula", column: "title" }]);
    // toCsv writes "'=…" for text starting with "=": that is text, and comes back without the apostrophe.
    const protectedText = readImport(bytes(toCsv(CSV_HEADER, [csvRow("", { ...demo[0]!, assessment: "=50% coursework" }, "")])));
    expect(protectedText.ok && protectedText.problems).toEqual([]);
    expect(protectedText.ok && protectedText.rows[0]!.fields.assessment).toBe("=50% coursework");
    for (const cell of ["+44 29 2000 0000", "@SUM(A1)", "-2+3", "\tx"]) {
      const r = readImport(file([csvRow("", { ...demo[0]!, prerequisites: cell }, "")]));
      // toCsv protects these itself; written raw, as another program might, they are refused.
      const unprotected = readImport(raw([csvRow("", { ...demo[0]!, prerequisites: cell }, "")]));
      expect(r.ok && r.problems, cell).toEqual([]);
      expect(unprotected.ok && unprotected.problems, cell).toEqual([{ row: 2, kind: "formula", column: "prerequisites" }]);
    }
  });

  it("refuses wrong columns, naming the missing and the unknown", () => {
    const header: string[] = [...CSV_HEADER.filter((c) => c !== "credits" && c !== "level"), "colour"];
    const read = readImport(file([], header));
    expect(read).toEqual({ ok: false, problem: { kind: "columns", missing: ["level", "credits"], unknown: ["colour"] } });
  });

  it("refuses 10,001 rows, and takes 10,000", () => {
    const row = csvRow("", demo[0]!, "");
    const body = (n: number) => raw(Array.from({ length: n }, () => row));
    expect(readImport(body(CSV_MAX_ROWS + 1))).toEqual({ ok: false, problem: { kind: "tooManyRows", rows: 10_001 } });
    const ten = readImport(body(CSV_MAX_ROWS));
    expect(ten.ok && ten.rows.length).toBe(10_000);
  });

  it("refuses a file that is not UTF-8 instead of garbling its Welsh", () => {
    const text = toCsv(CSV_HEADER, [csvRow("", { ...demo[0]!, titleCy: "Dŵr a thân" }, "")]);
    const latin1 = Uint8Array.from(text.replace("ŵ", "ô"), (c) => c.charCodeAt(0) & 0xff);
    expect(readImport(latin1)).toEqual({ ok: false, problem: { kind: "encoding" } });
    const utf8 = readImport(bytes(text));
    expect(utf8.ok && utf8.rows[0]!.fields.titleCy).toBe("Dŵr a thân");
  });

  it("refuses an empty file, an unclosed quote and a row with the wrong number of cells", () => {
    expect(readImport(bytes(""))).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(readImport(bytes(`${CSV_HEADER.join(",")}\n`))).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(readImport(bytes(`${CSV_HEADER.join(",")}\n"unclosed,`))).toEqual({ ok: false, problem: { kind: "quotes" } });
    const short = readImport(bytes(`${CSV_HEADER.join(",")}\n,Title only\n`));
    expect(short.ok && short.problems).toEqual([{ row: 2, kind: "cells", count: 2 }]);
  });
});

import { readCsv } from "@/lib/csv/read";
import type { Field } from "./rules";

/**
 * The directory's CSV import and export: one column per field of the form, in this order, with
 * `reference` (a micro-credential's address, to update it; empty for a new one) first and
 * `status` (export only; ignored on import) last. Lists are written with " | " between items.
 * The whole file is checked before anything is saved, and every problem is reported by row.
 */

export const CSV_COLUMNS = [
  ["reference", undefined],
  ["title", "title"],
  ["title_cy", "titleCy"],
  ["description", "description"],
  ["description_cy", "descriptionCy"],
  ["welsh_absent_reason", "welshAbsentReason"],
  ["learning_outcomes", "learningOutcomes"],
  ["learning_outcomes_cy", "learningOutcomesCy"],
  ["awarding_body", "awardingBody"],
  ["nation", "nation"],
  ["location", "location"],
  ["mode", "mode"],
  ["pace", "pace"],
  ["framework", "framework"],
  ["level", "level"],
  ["credits", "credits"],
  ["notional_hours", "notionalHours"],
  ["assessment", "assessment"],
  ["quality_assurance", "qualityAssurance"],
  ["delivery_language", "deliveryLanguage"],
  ["prerequisites", "prerequisites"],
  ["supervision_and_identity", "supervisionAndIdentity"],
  ["stackability", "stackability"],
  ["stacks_towards", "stacksTowards"],
  ["subject_isced_f", "subject"],
  ["any_time_start", "anyTimeStart"],
  ["start_dates", "startDates"],
  ["duration_weeks", "durationWeeks"],
  ["price_gbp", "price"],
  ["funding_schemes", "fundingSchemes"],
  ["booking_url", "bookingUrl"],
  ["last_checked", "lastChecked"],
  ["status", undefined],
] as const satisfies ReadonlyArray<readonly [string, Field | undefined]>;

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);
/** The most rows one file may hold, and the most bytes. */
export const CSV_MAX_ROWS = 10_000;
export const CSV_MAX_BYTES = 20 * 1024 * 1024;

const LIST_FIELDS = new Set<Field>(["learningOutcomes", "learningOutcomesCy"]);

/** A stored micro-credential's fields as a CSV row (lists joined with " | "). */
export function csvRow(reference: string, fields: Partial<Record<Field, string>>, status: string): string[] {
  return CSV_COLUMNS.map(([name, field]) => {
    if (name === "reference") return reference;
    if (name === "status") return status;
    const value = fields[field!] ?? "";
    if (field === "anyTimeStart") return value === "on" ? "yes" : "no";
    return LIST_FIELDS.has(field!) ? value.split("\n").join(" | ") : value;
  });
}

/**
 * A cell a spreadsheet would run as a formula. Exports write such text with a leading apostrophe
 * (lib/csv/write.ts); on the way back in that apostrophe is taken off, and a formula is refused.
 */
const FORMULA = /^[=+@\t\r]|^-[\d=(+@-]/;

export type CsvProblem =
  | { kind: "encoding" | "quotes" | "empty" | "tooBig" }
  | { kind: "tooManyRows"; rows: number }
  | { kind: "columns"; missing: string[]; unknown: string[] };

export type ImportRow = { row: number; reference: string; fields: Partial<Record<Field, string>> };
export type RowProblem = { row: number; kind: "formula"; column: string } | { row: number; kind: "cells"; count: number };

/** The file's rows as form fields, or what is wrong with the file as a whole or with its rows. */
export function readImport(bytes: Uint8Array): { ok: true; rows: ImportRow[]; problems: RowProblem[] } | { ok: false; problem: CsvProblem } {
  if (bytes.byteLength > CSV_MAX_BYTES) return { ok: false, problem: { kind: "tooBig" } };
  const read = readCsv(bytes);
  if (!read.ok) return { ok: false, problem: { kind: read.problem } };
  const [header, ...body] = read.rows;
  if (!header) return { ok: false, problem: { kind: "empty" } };
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = CSV_HEADER.filter((c) => c !== "status" && !names.includes(c));
  const unknown = names.filter((n) => !(CSV_HEADER as readonly string[]).includes(n));
  if (missing.length || unknown.length) return { ok: false, problem: { kind: "columns", missing, unknown } };
  if (body.length === 0) return { ok: false, problem: { kind: "empty" } };
  if (body.length > CSV_MAX_ROWS) return { ok: false, problem: { kind: "tooManyRows", rows: body.length } };

  const problems: RowProblem[] = [];
  const rows: ImportRow[] = body.map((cells, index) => {
    const row = index + 2; // as a spreadsheet numbers it: the header is row 1
    if (cells.length !== names.length) problems.push({ row, kind: "cells", count: cells.length });
    const fields: Partial<Record<Field, string>> = {};
    let reference = "";
    names.forEach((name, i) => {
      let value = cells[i] ?? "";
      if (/^'[=+\-@\t\r]/.test(value)) value = value.slice(1);
      else if (FORMULA.test(value)) problems.push({ row, kind: "formula", column: name });
      const field = CSV_COLUMNS.find(([n]) => n === name)?.[1];
      if (name === "reference") reference = value.trim();
      else if (field === "anyTimeStart") fields.anyTimeStart = /^(yes|y|true|1|ie|do)$/i.test(value.trim()) ? "on" : "";
      else if (field) fields[field] = LIST_FIELDS.has(field) ? value.split(/\s*\|\s*|\r?\n/).join("\n") : value;
    });
    return { row, reference, fields };
  });
  return { ok: true, rows, problems };
}

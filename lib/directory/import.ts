import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readAsMember } from "@/lib/organisations/access";
import { readImport, type CsvProblem } from "./csv";
import { ImportInvalid, importMicroCredentials } from "./index";
import type { DirectoryErrorKey, Field } from "./rules";

/** One row's problems in a report: the form's problems per field, and those only a file can have. */
export type ReportRow = {
  row: number;
  errors: Partial<Record<Field, DirectoryErrorKey>>;
  reference?: "unknown" | "duplicate" | "withdrawn";
  formula?: string[];
  cells?: number;
};
export type Report = { file: CsvProblem } | { rows: ReportRow[]; total: number };

/** How many rows' problems a report keeps (the count of all of them is kept too). */
const REPORT_ROWS = 200;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Reads, checks and saves a CSV file for an organisation: everything, or nothing with a report of
 * every problem, kept for the person to read on the import page (reports older than a day go).
 */
export async function importCsv(actor: Actor, organisationId: string, bytes: Uint8Array): Promise<{ ok: true; created: number; updated: number } | { ok: false; reportId: string }> {
  const read = readImport(bytes);
  let report: Report | undefined;
  if (!read.ok) report = { file: read.problem };
  else {
    const byRow = new Map<number, ReportRow>();
    const entry = (row: number) => byRow.get(row) ?? byRow.set(row, { row, errors: {} }).get(row)!;
    for (const problem of read.problems) {
      const e = entry(problem.row);
      if (problem.kind === "formula") e.formula = [...(e.formula ?? []), problem.column];
      else e.cells = problem.count;
    }
    if (byRow.size === 0) {
      try {
        return { ok: true, ...(await importMicroCredentials(actor, organisationId, read.rows)) };
      } catch (error) {
        if (!(error instanceof ImportInvalid)) throw error;
        for (const p of error.problems) Object.assign(entry(p.row), { errors: p.errors, ...(p.reference ? { reference: p.reference } : {}) });
      }
    }
    const rows = [...byRow.values()].sort((a, b) => a.row - b.row);
    report = { rows: rows.slice(0, REPORT_ROWS), total: rows.length };
  }
  const db = await getDb();
  await db.importReport.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - DAY) } } });
  const saved = await db.importReport.create({ data: { userId: actor.userId, organisationId, report: report as object } });
  return { ok: false, reportId: saved.id };
}

/** A report, only for the person who sent the file and while they belong to the organisation. */
export async function getImportReport(actor: Actor, organisationId: string, id: string): Promise<Report | undefined> {
  await readAsMember(actor, organisationId);
  const row = await (await getDb()).importReport.findFirst({ where: { id, userId: actor.userId, organisationId } });
  return row ? (row.report as Report) : undefined;
}

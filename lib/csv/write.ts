/**
 * CSV files the portal gives out (staff exports). Every one is UTF-8 with a byte-order mark, so
 * spreadsheet software reads Welsh letters (ŵ, ŷ) correctly, with CRLF line ends (RFC 4180).
 * Any text cell a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a
 * carriage return) is prefixed with an apostrophe, so a value typed by a member of the public
 * can never run as a formula on a member of staff's computer. Numbers are written as numbers.
 */

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = value instanceof Date ? value.toISOString() : value;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  // Quoted also for ; and tab: spreadsheet software in many places splits on those instead.
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: the header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The response for a CSV download, never cached (staff data). */
export function csvResponse(fileName: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "-")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A content-data problem, always pointing at the file and line a member of staff must fix. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = "DataError";
  }
}

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
function splitLine(line: string, file: string, lineNo: number): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new DataError(file, lineNo, "a quoted value is not closed");
  cells.push(cell);
  return cells;
}

export type CsvRow = { line: number; values: Record<string, string> };

/**
 * Parses CSV text with a header row. Every row must have exactly the header's columns, and the
 * header must be `expected` when given. Errors name the file and line.
 */
export function parseCsv(text: string, file: string, expected?: readonly string[]) {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (lines.length === 0) throw new DataError(file, 1, "the file is empty");
  const header = splitLine(lines[0]!, file, 1).map((h) => h.trim());
  if (expected && header.join(",") !== expected.join(",")) {
    throw new DataError(file, 1, `the header must be "${expected.join(",")}", not "${header.join(",")}"`);
  }
  const rows: CsvRow[] = [];
  lines.slice(1).forEach((raw, index) => {
    const lineNo = index + 2;
    if (raw.trim() === "") throw new DataError(file, lineNo, "blank line inside the data");
    const cells = splitLine(raw, file, lineNo);
    if (cells.length !== header.length) {
      throw new DataError(file, lineNo, `expected ${header.length} values, found ${cells.length}`);
    }
    rows.push({
      line: lineNo,
      values: Object.fromEntries(header.map((h, i) => [h, cells[i]!.trim()])),
    });
  });
  return { header, rows };
}

/** A whole-number or decimal percentage between 0 and 100. */
export function parsePercent(value: string, file: string, line: number, column: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) {
    throw new DataError(file, line, `${column} must be a number from 0 to 100, not "${value}"`);
  }
  const n = Number(value);
  if (n < 0 || n > 100) throw new DataError(file, line, `${column} must be from 0 to 100, not ${n}`);
  return n;
}

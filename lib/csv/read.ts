/**
 * Reads a CSV file a person uploads (RFC 4180: commas, double quotes, quoted line breaks, CRLF
 * or LF). The bytes must be UTF-8 (a byte-order mark is allowed); anything else is refused
 * rather than guessed, so Welsh letters are never garbled into the data.
 */

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; problem: "encoding" | "quotes" };

export function readCsv(bytes: Uint8Array): CsvRead {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: "encoding" };
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (quoted) return { ok: false, problem: "quotes" };
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines (often at the end) are not rows.
  return { ok: true, rows: rows.filter((r) => r.some((c) => c.trim() !== "")) };
}

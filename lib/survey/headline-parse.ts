import { DataError, parseCsv, parsePercent } from "./csv";

const COLUMNS = ["measure", "respondent_group", "percent", "note"] as const;

export type HeadlineFigure = { measure: string; group: "employers" | "psrbs"; percent: number; note: string };

/** Parses and checks a headline-percentages CSV (measure, respondent group, percent, note). */
export function parseHeadlineFigures(text: string, file: string): HeadlineFigure[] {
  return parseCsv(text, file, COLUMNS).rows.map(({ line, values }) => {
    const group = values.respondent_group;
    if (group !== "employers" && group !== "psrbs") {
      throw new DataError(file, line, `respondent_group must be employers or psrbs, not "${group}"`);
    }
    return {
      measure: values.measure!,
      group,
      percent: parsePercent(values.percent!, file, line, "percent"),
      note: values.note!,
    };
  });
}

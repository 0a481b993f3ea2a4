import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DataError, parseCsv, parsePercent } from "./csv";

export const HEADLINE_FILE = "content/data/headline-figures.csv";
const COLUMNS = ["measure", "respondent_group", "percent", "note"] as const;

export type HeadlineFigure = { measure: string; group: "employers" | "psrbs"; percent: number; note: string };

/** Parses and checks the headline percentages of the 2025 employer and PSRB surveys. */
export function parseHeadlineFigures(text: string, file = HEADLINE_FILE): HeadlineFigure[] {
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

let cache: HeadlineFigure[] | undefined;

/** One headline percentage; throws (failing the build) when the data file lacks it. */
export function getHeadlineFigure(measure: string, group: HeadlineFigure["group"]): number {
  cache ??= parseHeadlineFigures(readFileSync(path.join(process.cwd(), HEADLINE_FILE), "utf8"));
  const figure = cache.find((f) => f.measure === measure && f.group === group);
  if (!figure) throw new Error(`${HEADLINE_FILE} has no row for ${measure} / ${group}`);
  return figure.percent;
}

import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHeadlineFigures, type HeadlineFigure } from "./headline-parse";

export const HEADLINE_FILE = "content/data/employer-psrb-survey-2025/headline-figures.csv";

let cache: HeadlineFigure[] | undefined;

/** One headline percentage of the 2025 surveys; throws (failing the build) when the data lacks it. */
export function getHeadlineFigure(measure: string, group: HeadlineFigure["group"]): number {
  cache ??= parseHeadlineFigures(readFileSync(path.join(process.cwd(), HEADLINE_FILE), "utf8"), HEADLINE_FILE);
  const figure = cache.find((f) => f.measure === measure && f.group === group);
  if (!figure) throw new Error(`${HEADLINE_FILE} has no row for ${measure} / ${group}`);
  return figure.percent;
}

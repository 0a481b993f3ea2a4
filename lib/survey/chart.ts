import type { DatasetFile, FigureRow, RespondentGroup } from "./dataset";

/**
 * The layout-free model of a horizontal bar chart: which bars, in which order, how long and what
 * text they carry. The SVG component only positions it, and the data table reads the same model.
 */

// The survey's series are its respondent groups; other charts (the staff's uptake) name their own.
export type ChartBar<G extends string = RespondentGroup> = { group: G; value: number | null; fraction: number };
export type ChartRow<G extends string = RespondentGroup> = { label: string; bars: ChartBar<G>[] };
export type ChartSection<G extends string = RespondentGroup> = { category: string; rows: ChartRow<G>[] };
export type ChartModel<G extends string = RespondentGroup> = {
  unit: DatasetFile["unit"];
  max: number;
  ticks: number[];
  groups: G[];
  sections: ChartSection<G>[];
};
/** One value to draw: a bar of `group` on the row `label`, under the heading `category` (or none). */
export type ChartInput<G extends string = RespondentGroup> = Pick<FigureRow, "category" | "label" | "value"> & { group: G };

/** Rounds a count axis up to a readable maximum (1, 2 or 5 times a power of ten). */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value)!;
  return step * power;
}

/** Builds the chart model from a figure's rows, keeping the order the CSV gives. */
export function buildChartModel<G extends string = RespondentGroup>(rows: ChartInput<G>[], unit: DatasetFile["unit"]): ChartModel<G> {
  const groups = [...new Set(rows.map((r) => r.group))];
  const largest = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const max = unit === "percent" ? 100 : niceMax(largest);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * max * 100) / 100);
  const sections: ChartSection<G>[] = [];
  for (const row of rows) {
    let section = sections.find((s) => s.category === row.category);
    if (!section) {
      section = { category: row.category, rows: [] };
      sections.push(section);
    }
    let chartRow = section.rows.find((r) => r.label === row.label);
    if (!chartRow) {
      chartRow = { label: row.label, bars: [] };
      section.rows.push(chartRow);
    }
    chartRow.bars.push({ group: row.group, value: row.value, fraction: row.value === null ? 0 : row.value / max });
  }
  for (const section of sections) {
    for (const r of section.rows) r.bars.sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group));
  }
  return { unit, max, ticks, groups, sections };
}

/** The text of a value as the chart and its table print it. */
export function formatValue(value: number | null, unit: DatasetFile["unit"], notReported: string): string {
  if (value === null) return notReported;
  return unit === "percent" ? `${value}%` : String(value);
}

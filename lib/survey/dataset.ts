import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Finding } from "@/lib/content/check";
import { DataError, parseCsv, parsePercent } from "./csv";
import { parseHeadlineFigures, type HeadlineFigure } from "./headline-parse";

/**
 * A survey data set: `content/data/<id>/dataset.json` (the data dictionary) and one CSV per figure
 * or table. Charts, tables, downloads and the JSON export are all read from here, so no number is
 * typed twice.
 */

export const respondentGroups = ["employers", "psrbs"] as const;
export type RespondentGroup = (typeof respondentGroups)[number];

const fileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().regex(/^[a-z0-9-]+\.csv$/),
  kind: z.enum(["figure", "table"]),
  number: z.number().int().positive().optional(),
  unit: z.enum(["percent", "count"]),
  title: z.string().min(1),
  description: z.string().min(1),
  notes: z.string().optional(),
  columns: z.record(z.string(), z.string()),
});

const datasetSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: z.string().min(1),
  licence: z.string().min(1),
  source: z.string().min(1),
  files: z.array(fileSchema).min(1),
});

export type DatasetFile = z.infer<typeof fileSchema>;
export type FigureRow = { line: number; category: string; label: string; group: RespondentGroup; value: number | null };
export type LoadedFile = DatasetFile & { path: string; csv: string; rows: FigureRow[]; headline?: HeadlineFigure[] };
export type Dataset = Omit<z.infer<typeof datasetSchema>, "files"> & { id: string; files: LoadedFile[] };

export const FIGURE_COLUMNS = ["category", "label", "respondent_group", "value"] as const;
const HEADLINE_HEADER = "measure,respondent_group,percent,note";

/** Parses a figure/table CSV in the shared long format; values are checked against the unit. */
export function parseFigureCsv(text: string, file: string, unit: DatasetFile["unit"]): FigureRow[] {
  return parseCsv(text, file, FIGURE_COLUMNS).rows.map(({ line, values }) => {
    const group = values.respondent_group;
    if (!respondentGroups.includes(group as RespondentGroup)) {
      throw new DataError(file, line, `respondent_group must be ${respondentGroups.join(" or ")}, not "${group}"`);
    }
    if (!values.label) throw new DataError(file, line, "label is empty");
    const raw = values.value ?? "";
    let value: number | null = null;
    if (raw !== "") {
      if (unit === "percent") value = parsePercent(raw, file, line, "value");
      else if (/^\d+$/.test(raw)) value = Number(raw);
      else throw new DataError(file, line, `value must be a whole number of respondents, not "${raw}"`);
    }
    return { line, category: values.category ?? "", label: values.label, group: group as RespondentGroup, value };
  });
}

function datasetDir(root: string, id: string) {
  return path.join(root, "content", "data", id);
}

/** Loads and checks one data set; throws a DataError naming the file and line on bad data. */
export function loadDataset(id: string, root = process.cwd()): Dataset {
  const dir = datasetDir(root, id);
  const manifestPath = path.posix.join("content", "data", id, "dataset.json");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(dir, "dataset.json"), "utf8"));
  } catch (error) {
    throw new DataError(manifestPath, 1, `cannot read the data dictionary: ${(error as Error).message}`);
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError(manifestPath, 1, `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  const files = parsed.data.files.map((entry): LoadedFile => {
    const rel = path.posix.join("content", "data", id, entry.file);
    const csv = readFileSync(/*turbopackIgnore: true*/ path.join(dir, entry.file), "utf8");
    if (csv.split(/\r?\n/, 1)[0]?.trim() === HEADLINE_HEADER) {
      const headline = parseHeadlineFigures(csv, rel);
      return { ...entry, path: rel, csv, rows: [], headline };
    }
    return { ...entry, path: rel, csv, rows: parseFigureCsv(csv, rel, entry.unit) };
  });
  const ids = new Set<string>();
  for (const f of files) {
    if (ids.has(f.id)) throw new DataError(manifestPath, 1, `two files have the id "${f.id}"`);
    ids.add(f.id);
  }
  return { ...parsed.data, id, files };
}

/** One figure or table of a data set, or an error naming what is missing. */
export function getDatasetFile(dataset: Dataset, id: string): LoadedFile {
  const file = dataset.files.find((f) => f.id === id);
  if (!file) throw new Error(`content/data/${dataset.id}/dataset.json has no file with id "${id}"`);
  return file;
}

/** content:check findings for every data set under content/data. */
export function checkDatasets(root: string): Finding[] {
  const base = path.join(root, "content", "data");
  if (!existsSync(base)) return [];
  const findings: Finding[] = [];
  for (const id of readdirSync(base)) {
    if (!existsSync(path.join(base, id, "dataset.json"))) continue;
    try {
      loadDataset(id, root);
    } catch (error) {
      if (error instanceof DataError) findings.push({ level: "error", file: error.file, line: error.line, message: error.message.replace(`${error.file}:${error.line}: `, "") });
      else findings.push({ level: "error", file: `content/data/${id}`, line: 1, message: (error as Error).message });
    }
  }
  return findings;
}

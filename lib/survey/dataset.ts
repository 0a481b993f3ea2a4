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

/**
 * A translation of the data dictionary, `dataset.<locale>.json` beside `dataset.json`: the texts a
 * reader sees (titles, descriptions, notes, column meanings) and every answer label and category of
 * the CSVs. The CSVs themselves stay as published; the Welsh report shows translated labels.
 */
const translationSchema = z.object({
  title: z.string().min(1),
  source: z.string().min(1),
  licence: z.string().min(1),
  categories: z.record(z.string(), z.string().min(1)),
  labels: z.record(z.string(), z.string().min(1)),
  files: z.record(
    z.string(),
    z.object({ title: z.string().min(1), description: z.string().min(1), notes: z.string().optional(), columns: z.record(z.string(), z.string()) }),
  ),
});

/** Languages the portal publishes; English is the data dictionary itself. */
export type DatasetLocale = "en" | "cy";

export type DatasetFile = z.infer<typeof fileSchema>;
export type FigureRow = { line: number; category: string; label: string; group: RespondentGroup; value: number | null };
export type LoadedFile = DatasetFile & { path: string; csv: string; rows: FigureRow[]; headline?: HeadlineFigure[] };
export type Dataset = Omit<z.infer<typeof datasetSchema>, "files"> & { id: string; locale: DatasetLocale; files: LoadedFile[] };

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

/** The file name of a data set's dictionary in a language: dataset.json, dataset.cy.json. */
export function dictionaryFile(locale: DatasetLocale) {
  return locale === "en" ? "dataset.json" : `dataset.${locale}.json`;
}

/** The 1-based line of the first line of `text` containing `needle`, else 1. */
function lineOf(text: string, needle: string) {
  const index = text.split("\n").findIndex((l) => l.includes(needle));
  return index + 1 || 1;
}

/** The data set with every text a reader sees in `locale`; throws a DataError for anything untranslated. */
function translate(dataset: Dataset, root: string, locale: DatasetLocale): Dataset {
  const rel = path.posix.join("content", "data", dataset.id, dictionaryFile(locale));
  const full = path.join(datasetDir(root, dataset.id), dictionaryFile(locale));
  if (!existsSync(full)) throw new DataError(rel, 1, `the Welsh data dictionary is missing: write it with the titles, descriptions, notes, column meanings, labels and categories of dataset.json in Welsh (CONTENT.md shows its shape)`);
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(/*turbopackIgnore: true*/ full, "utf8");
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(rel, 1, `cannot read the Welsh data dictionary: ${(error as Error).message}`);
  }
  const parsed = translationSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.at(-1);
    throw new DataError(rel, key === undefined ? 1 : lineOf(text, `"${String(key)}"`), `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  const t = parsed.data;
  const word = (map: Record<string, string>, kind: "labels" | "categories", value: string, file: LoadedFile, line: number) => {
    if (value === "") return value;
    const translated = map[value];
    if (translated === undefined) {
      throw new DataError(rel, lineOf(text, `"${kind}"`), `${kind} has no translation of "${value}" (used in ${file.path}, line ${line})`);
    }
    return translated;
  };
  const files = dataset.files.map((file): LoadedFile => {
    const entry = t.files[file.id];
    if (!entry) throw new DataError(rel, lineOf(text, `"files"`), `files has no entry for "${file.id}"`);
    const missingColumn = Object.keys(file.columns).find((c) => entry.columns[c] === undefined);
    if (missingColumn) throw new DataError(rel, lineOf(text, `"${file.id}"`), `files.${file.id}.columns has no "${missingColumn}"`);
    if (file.notes && !entry.notes) throw new DataError(rel, lineOf(text, `"${file.id}"`), `files.${file.id} needs the notes translated`);
    return {
      ...file,
      title: entry.title,
      description: entry.description,
      notes: entry.notes,
      columns: entry.columns,
      rows: file.rows.map((row) => ({
        ...row,
        label: word(t.labels, "labels", row.label, file, row.line),
        category: word(t.categories, "categories", row.category, file, row.line),
      })),
    };
  });
  return { ...dataset, locale, title: t.title, source: t.source, licence: t.licence, files };
}

/**
 * Loads and checks one data set, in English or translated; throws a DataError naming the file and
 * line on bad data or a missing translation.
 */
export function loadDataset(id: string, root = process.cwd(), locale: DatasetLocale = "en"): Dataset {
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
  const dataset: Dataset = { ...parsed.data, id, locale: "en", files };
  return locale === "en" ? dataset : translate(dataset, root, locale);
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
      // Every data set is read in both languages, like every page.
      loadDataset(id, root, "en");
      loadDataset(id, root, "cy");
    } catch (error) {
      if (error instanceof DataError) findings.push({ level: "error", file: error.file, line: error.line, message: error.message.replace(`${error.file}:${error.line}: `, "") });
      else findings.push({ level: "error", file: `content/data/${id}`, line: 1, message: (error as Error).message });
    }
  }
  return findings;
}

import { readdirSync } from "node:fs";
import path from "node:path";
import { dictionaryFile, loadDataset, type DatasetLocale } from "@/lib/survey/dataset";

// Survey data downloads, prerendered at build time: one CSV per figure or table (as published, in
// English), and the whole data set with its data dictionary and licence as JSON, in English
// (dataset.json) and Welsh (dataset.cy.json: the same numbers with every text translated).
const DICTIONARIES: DatasetLocale[] = ["en", "cy"];
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const base = path.join(process.cwd(), "content", "data");
  return readdirSync(/*turbopackIgnore: true*/ base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dataset = loadDataset(d.name);
      return [
        ...dataset.files.map((f) => ({ dataset: d.name, file: f.file })),
        ...DICTIONARIES.map((locale) => ({ dataset: d.name, file: dictionaryFile(locale) })),
      ];
    });
}

export async function GET(_request: Request, { params }: RouteContext<"/data/[dataset]/[file]">) {
  const { dataset: id, file } = await params;
  const dictionary = DICTIONARIES.find((locale) => dictionaryFile(locale) === file);
  const dataset = loadDataset(id, undefined, dictionary ?? "en");
  const headers = {
    "Cache-Control": "public, max-age=3600",
    "X-Content-Type-Options": "nosniff",
  };
  if (dictionary) {
    const body = {
      title: dataset.title,
      publisher: dataset.publisher,
      published: dataset.published,
      licence: dataset.licence,
      source: dataset.source,
      files: dataset.files.map(({ csv: _csv, path: _path, rows, headline, ...entry }) => ({
        ...entry,
        download: `/data/${id}/${entry.file}`,
        rows: headline ?? rows.map(({ line: _line, ...row }) => row),
      })),
    };
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${id}${dictionary === "en" ? "" : `.${dictionary}`}.json"`,
      },
    });
  }
  const entry = dataset.files.find((f) => f.file === file);
  if (!entry) return new Response("Not found", { status: 404 });
  return new Response(entry.csv, {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${id}-${entry.file}"`,
    },
  });
}

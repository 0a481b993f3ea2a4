import { BarChart } from "@/components/charts/bar-chart";
import { ScrollTable } from "@/components/ui/scroll-table";
import { fill, getMessages, type Locale } from "@/lib/i18n";
import { buildChartModel, formatValue } from "@/lib/survey/chart";
import { respondentGroups, type Dataset, type LoadedFile } from "@/lib/survey/dataset";

/** Public address of one file of a data set (CSV) or of the whole set (dataset.json). */
export function datasetHref(dataset: string, file: string) {
  return `/data/${dataset}/${file}`;
}

function fileName(locale: Locale, file: LoadedFile) {
  const t = getMessages(locale).reports;
  if (!file.number) return undefined;
  return fill(file.kind === "figure" ? t.figure : t.table, { number: file.number });
}

/** The data of a figure or table as an accessible table, read from the same rows as the chart. */
function DataRowsTable({ locale, file, caption }: { locale: Locale; file: LoadedFile; caption: string }) {
  const t = getMessages(locale).reports;
  const model = buildChartModel(file.rows, file.unit);
  const groups = respondentGroups.filter((g) => model.groups.includes(g));
  const hasSections = model.sections.some((s) => s.category);
  return (
    <ScrollTable id={`${file.id}-data`} caption={`${caption}. ${file.unit === "percent" ? t.percentOf : t.countOf}`}>
        <thead>
          <tr>
            {hasSections ? <td /> : null}
            <th scope="col">{file.unit === "count" ? t.sector : t.answer}</th>
            {groups.map((g) => (
              <th scope="col" key={g} className="numeric">
                {t.groups[g]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.sections.flatMap((section) =>
            section.rows.map((row, index) => (
              <tr key={`${section.category}-${row.label}`}>
                {hasSections ? (index === 0 ? <th scope="rowgroup" rowSpan={section.rows.length}>{section.category}</th> : null) : null}
                <th scope="row">{row.label}</th>
                {groups.map((g) => {
                  const bar = row.bars.find((b) => b.group === g);
                  return (
                    <td key={g} className="numeric">
                      {formatValue(bar?.value ?? null, file.unit, t.notReported)}
                    </td>
                  );
                })}
              </tr>
            )),
          )}
        </tbody>
    </ScrollTable>
  );
}

/** `<Figure id="…" />` in a report: numbered chart, its description, the data table and the CSV. */
export function DatasetFigure({ locale, dataset, file }: { locale: Locale; dataset: Dataset; file: LoadedFile }) {
  const t = getMessages(locale).reports;
  const title = file.title;
  const name = fileName(locale, file) ?? title;
  const caption = file.number ? `${name}: ${title}` : title;
  return (
    <figure className="report-figure" id={file.id} aria-labelledby={`${file.id}-caption`}>
      <figcaption id={`${file.id}-caption`} className="figure-caption">
        {caption}
      </figcaption>
      <BarChart
        id={`chart-${file.id}`}
        model={buildChartModel(file.rows, file.unit)}
        title={caption}
        description={file.description}
        groupNames={t.groups}
        notReported={t.notReported}
      />
      {file.notes ? <p className="caption">{file.notes}</p> : null}
      <details className="figure-data">
        <summary>{fill(t.showData, { name })}</summary>
        <DataRowsTable locale={locale} file={file} caption={caption} />
      </details>
      <p className="no-print">
        <a href={datasetHref(dataset.id, file.file)} download>
          {fill(t.downloadCsv, { name })}
        </a>
      </p>
    </figure>
  );
}

/** `<DataTable id="…" />` in a report: a numbered table with its CSV. */
export function DatasetTable({ locale, dataset, file }: { locale: Locale; dataset: Dataset; file: LoadedFile }) {
  const t = getMessages(locale).reports;
  const title = file.title;
  const name = fileName(locale, file) ?? title;
  const caption = file.number ? `${name}: ${title}` : title;
  return (
    <div className="report-table" id={file.id}>
      <DataRowsTable locale={locale} file={file} caption={caption} />
      {file.notes ? <p className="caption">{file.notes}</p> : null}
      <p className="no-print">
        <a href={datasetHref(dataset.id, file.file)} download>
          {fill(t.downloadCsv, { name })}
        </a>
      </p>
    </div>
  );
}

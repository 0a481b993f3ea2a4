import { BarChart } from "@/components/charts/bar-chart";
import { ScrollTable } from "@/components/ui/scroll-table";
import { buildChartModel } from "@/lib/survey/chart";
import type { Count } from "@/lib/staff/uptake";

/**
 * One breakdown of the fact sheet's uptake: the same chart component as the survey report, the
 * numbers as a table, and the CSV file of the same rows.
 */
export function UptakeFigure({
  id,
  title,
  description,
  rowHeader,
  rows,
  names,
  csvHref,
}: {
  id: string;
  title: string;
  description: string;
  rowHeader: string;
  rows: Count<string>[];
  names: (key: string) => string;
  csvHref: string;
}) {
  const model = buildChartModel(
    rows.map((r) => ({ category: "", label: names(r.key), group: "downloads" as const, value: r.downloads })),
    "count",
  );
  return (
    <figure className="report-figure" id={id} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="figure-caption">
        {title}
      </figcaption>
      <BarChart id={`chart-${id}`} model={model} title={title} description={description} groupNames={{ downloads: "" }} notReported="none" />
      <details className="figure-data">
        <summary>Show the data: {title.toLowerCase()}</summary>
        <ScrollTable id={`${id}-data`} caption={`${title}: number of downloads`}>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <th scope="col" className="numeric">
                Downloads
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{names(r.key)}</th>
                <td className="numeric">{r.downloads}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
      <p>
        <a href={csvHref} download>
          Download the data: {title.toLowerCase()} (CSV)
        </a>
      </p>
    </figure>
  );
}

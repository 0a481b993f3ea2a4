import { UptakeFigure } from "@/components/staff/uptake-figure";
import { UptakeHeadline } from "@/components/staff/uptake-headline";
import { ErrorSummary } from "@/components/ui/error-summary";
import { requireStaff } from "@/lib/auth/session";
import { formatDate, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";
import { languageName, nationName, typeName } from "@/lib/staff/text";
import { breakdownRows, getUptake, parseRange, type Breakdown, type RangeProblem } from "@/lib/staff/uptake";

type Props = PageProps<"/[locale]/staff/uptake">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/staff/uptake", title: "Fact sheet uptake" });
}

const PROBLEMS: Record<RangeProblem, { field: string; message: string }> = {
  from: { field: "from", message: "Enter a real date for the start, like 2026-01-31" },
  to: { field: "to", message: "Enter a real date for the end, like 2026-12-31" },
  order: { field: "from", message: "The start must be on or before the end" },
  tooLong: { field: "from", message: "Choose a range of five years or less" },
};

const monthName = (key: string) => formatDate(`${key}-01T00:00:00Z`, "en", { day: undefined, month: "long", year: "numeric" });

const FIGURES: { by: Breakdown; title: string; rowHeader: string; names: (key: string) => string }[] = [
  { by: "month", title: "Downloads by month", rowHeader: "Month", names: monthName },
  { by: "nation", title: "Downloads by nation", rowHeader: "Nation", names: (k) => nationName[k as keyof typeof nationName] },
  { by: "type", title: "Downloads by kind of organisation", rowHeader: "Kind of organisation", names: (k) => typeName[k as keyof typeof typeName] },
  { by: "language", title: "Downloads by language of the sheet", rowHeader: "Language", names: (k) => languageName[k as keyof typeof languageName] },
];

/** Branded downloads in a date range, by month, nation, kind of organisation and language. */
export default async function UptakePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireStaff(locale, "/staff/uptake");
  const query = await searchParams;
  const asked = { from: queryValue(query.from) ?? "", to: queryValue(query.to) ?? "" };
  const { range, problems } = parseRange(asked, new Date());
  const uptake = await getUptake(actor, range);
  const errors = problems.map((p) => PROBLEMS[p]).filter((e, i, all) => all.findIndex((x) => x.field === e.field) === i);
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const csv = (by: Breakdown) => `/api/staff/uptake?by=${by}&from=${range.from}&to=${range.to}`;
  const period = `${formatDate(range.from, "en")} to ${formatDate(range.to, "en")}`;
  return (
    <>
      <h1>Fact sheet uptake</h1>
      <p>
        Branded fact sheet downloads by providers. A download is counted once per person, organisation, sheet version and language
        a day, however often they download it.
      </p>
      <form method="get" action={localePath(locale, "/staff/uptake")} className="filters" aria-labelledby="range-heading" noValidate>
        <ErrorSummary title="There is a problem" errors={errors} />
        <h2 id="range-heading">Dates</h2>
        <div className="filter-fields">
          {(["from", "to"] as const).map((field) => (
            <div key={field} className={`field${error(field) ? " form-group-error" : ""}`}>
              <label htmlFor={field}>{field === "from" ? "From" : "To (included)"}</label>
              {error(field) ? (
                <p id={`${field}-error`} className="error-message">
                  <span className="sr-only">Error:</span> {error(field)}
                </p>
              ) : null}
              <input
                id={field}
                name={field}
                type="date"
                defaultValue={problems.length ? asked[field] || range[field] : range[field]}
                aria-describedby={error(field) ? `${field}-error` : undefined}
                aria-invalid={error(field) ? true : undefined}
              />
            </div>
          ))}
        </div>
        <p className="filter-actions">
          <button type="submit" className="button">
            Show uptake
          </button>
        </p>
      </form>
      <h2 id="summary">{period}</h2>
      <UptakeHeadline labelledBy="summary" downloads={uptake.downloads} organisations={uptake.organisations} />
      {FIGURES.map((f) => (
        <UptakeFigure
          key={f.by}
          id={`uptake-${f.by}`}
          title={f.title}
          description={`${f.title}, ${period}. ${breakdownRows(uptake, f.by)
            .map((r) => `${f.names(r.key)}: ${r.downloads}`)
            .join("; ")}.`}
          rowHeader={f.rowHeader}
          rows={breakdownRows(uptake, f.by)}
          names={f.names}
          csvHref={csv(f.by)}
        />
      ))}
    </>
  );
}

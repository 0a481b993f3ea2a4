import Link from "next/link";
import { redirect } from "next/navigation";
import { CsvColumns } from "@/components/directory/csv-columns";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldFrame } from "@/components/ui/field";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { getImportReport, type Report } from "@/lib/directory/import";
import { describeDirectoryErrors } from "@/lib/directory/messages";
import { fill, getMessages, localePath, queryValue, routeLocale, type Locale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/provider/micro-credentials/import">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/micro-credentials/import", title: getMessages(locale).directory.manage.importTitle });
}

/** A report's problem with the whole file, as a sentence. */
function fileProblem(report: Report | undefined, error: string | undefined, locale: Locale): string | undefined {
  const t = getMessages(locale).directory.manage;
  const problem = report && "file" in report ? report.file : undefined;
  const kind = problem?.kind ?? error;
  if (!kind || !(kind in t.fileErrors)) return undefined;
  const list = (names: string[]) => (names.length ? names.join(", ") : t.none);
  return fill(t.fileErrors[kind as keyof typeof t.fileErrors], {
    rows: problem?.kind === "tooManyRows" ? problem.rows.toLocaleString("en-GB") : "",
    missing: problem?.kind === "columns" ? list(problem.missing) : "",
    unknown: problem?.kind === "columns" ? list(problem.unknown) : "",
  });
}

/**
 * Many micro-credentials at once from a CSV file: the template, an export to start from, the
 * upload (posted to its own route, which has its own size limit) and, after a refusal, every
 * problem by row. Works without JavaScript.
 */
export default async function ImportPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/micro-credentials/import");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.directory.manage;
  const query = await searchParams;
  const reportId = queryValue(query.report);
  const report = reportId && /^[a-z0-9]{10,40}$/.test(reportId) ? await getImportReport(actor, mine.organisation.id, reportId) : undefined;
  const fileError = fileProblem(report, queryValue(query.error), locale);
  const rows = report && "rows" in report ? report.rows : [];
  const created = queryValue(query.created);
  const updated = queryValue(query.updated);
  const done = created !== undefined && /^\d+$/.test(created) && /^\d+$/.test(updated ?? "") ? fill(t.imported, { created, updated: updated! }) : undefined;
  const rowMessages = (row: (typeof rows)[number]) => [
    ...(row.cells !== undefined ? [fill(t.rowErrors.cells, { count: row.cells })] : []),
    ...(row.formula ?? []).map((column) => fill(t.rowErrors.formula, { column })),
    ...(row.reference ? [t.rowErrors[row.reference]] : []),
    ...Object.values(describeDirectoryErrors(row.errors, locale)),
  ];

  return (
    <>
      <p className="caption">{mine.organisation.name}</p>
      <h1>{t.importTitle}</h1>
      <ErrorSummary title={messages.forms.errorSummary} errors={fileError ? [{ field: "file", message: fileError }] : []} />
      <StatusNotice text={done} />
      {rows.length ? (
        <div className="error-summary" role="alert" aria-labelledby="row-problems" tabIndex={-1}>
          <h2 id="row-problems">{t.importProblemsHeading}</h2>
          {rows.map((row) => (
            <section key={row.row} aria-labelledby={`row-${row.row}`}>
              <h3 id={`row-${row.row}`} className="notice-heading">
                {fill(t.rowHeading, { row: row.row })}
              </h3>
              <ul>
                {rowMessages(row).map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </section>
          ))}
          {report && "rows" in report && report.total > rows.length ? <p>{fill(t.moreRows, { count: report.total - rows.length })}</p> : null}
        </div>
      ) : null}
      <p className="narrow">{t.importIntro}</p>
      <ul className="bullets narrow">
        {t.importRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <ul className="link-list">
        <li>
          <a href={localePath(locale, "/provider/micro-credentials/template.csv")} download>
            {t.template}
          </a>
        </li>
        <li>
          <a href={localePath(locale, "/provider/micro-credentials/export.csv")} download>
            {t.exportLink}
          </a>
        </li>
      </ul>
      <form method="post" action={`/api/provider/micro-credentials/import?locale=${locale}`} encType="multipart/form-data" className="form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="organisationId" value={mine.organisation.id} />
        <FieldFrame id="file" label={t.fileLabel} hint={t.fileHint} error={fileError} errorPrefix={messages.forms.errorPrefix}>
          <input
            type="file"
            id="file"
            name="file"
            accept=".csv,text/csv"
            className="form-file"
            aria-describedby={fileError ? "file-hint file-error" : "file-hint"}
            aria-invalid={fileError ? true : undefined}
          />
        </FieldFrame>
        <button type="submit" className="button">
          {t.importButton}
        </button>
      </form>
      <CsvColumns locale={locale} />
      <p>
        <Link href={localePath(locale, "/provider/micro-credentials")}>{t.back}</Link>
      </p>
    </>
  );
}

import type { Report } from "@/lib/content";
import { formatDate, getMessages, type Locale } from "@/lib/i18n";

/** A closed survey's date as the source gives it: "30 November 2025", or "30 November" without a year. */
export function closedDate(report: Pick<Report, "closed" | "closedPrecision">, locale: Locale) {
  return formatDate(report.closed!, locale, report.closedPrecision === "day-month" ? { year: undefined } : undefined);
}

/** "Published August 2025" or "Closed 30 November 2025", as precise as the content says. */
export function ReportDate({ report, locale }: { report: Report; locale: Locale }) {
  const t = getMessages(locale).reports;
  if (report.status === "closed" && report.closed) {
    return (
      <>
        {t.closed} <time dateTime={report.closed.slice(0, 10)}>{closedDate(report, locale)}</time>
      </>
    );
  }
  if (!report.published) return null;
  const monthOnly = report.datePrecision === "month";
  return (
    <>
      {t.published}{" "}
      <time dateTime={report.published.slice(0, monthOnly ? 7 : 10)}>
        {formatDate(report.published, locale, monthOnly ? { day: undefined } : undefined)}
      </time>
    </>
  );
}

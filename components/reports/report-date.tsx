import type { Report } from "@/lib/content";
import { formatDate, getMessages, type Locale } from "@/lib/i18n";

/** "Published August 2025" or "Closed 30 November 2025", as precise as the content says. */
export function ReportDate({ report, locale }: { report: Report; locale: Locale }) {
  const t = getMessages(locale).reports;
  if (report.status === "closed" && report.closed) {
    return (
      <>
        {t.closed} <time dateTime={report.closed.slice(0, 10)}>{formatDate(report.closed, locale)}</time>
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

import Link from "next/link";
import { closedDate, ReportDate } from "@/components/reports/report-date";
import { getReports } from "@/lib/content";
import { fill, getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/reports">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).reports;
  return pageMetadata({ locale, path: "/reports", title: t.title, description: t.description });
}

export default async function ReportsPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).reports;
  const reports = getReports(locale);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className="result-list">
        {reports.map(({ doc, fallback, lang, titleLang }) => (
          <li key={doc.slug} lang={fallback ? lang : undefined}>
            <h2 className="result-title" lang={titleLang === locale ? undefined : titleLang}>
              {doc.status === "published" ? (
                <Link href={localePath(locale, `/reports/${doc.slug}`)}>{doc.title}</Link>
              ) : (
                doc.title
              )}
            </h2>
            <p className="caption" lang={locale}>
              <ReportDate report={doc} locale={locale} />
            </p>
            <p>{doc.summary}</p>
            {doc.status === "closed" && doc.closed ? (
              <p lang={locale}>{fill(t.closedNotice, { date: closedDate(doc, locale) })}</p>
            ) : (
              <p>
                <span lang={locale}>{t.respondents}:</span> {doc.respondents}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

import { PageMeta } from "@/components/layout/page-meta";
import { FallbackNotice } from "@/components/layout/fallback-notice";
import { ScrollTable } from "@/components/ui/scroll-table";
import { getFrameworks } from "@/lib/content";
import { frameworkColumns, readSort, sortFrameworks, type FrameworkColumn } from "@/lib/content/sort";
import { formatDate, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/global-summary">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).globalSummary;
  return pageMetadata({ locale, path: "/global-summary", title: t.title, description: t.description });
}

export default async function GlobalSummaryPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const query = await searchParams;
  const { column, direction } = readSort(queryValue(query.sort), queryValue(query.dir));
  const t = getMessages(locale).globalSummary;
  const rows = sortFrameworks(getFrameworks(locale), column, direction);
  const base = localePath(locale, "/global-summary");
  const updated = rows.map((r) => r.doc.lastReviewed).sort().at(-1) ?? new Date().toISOString();

  // Sorting is a link per column header: it works without JavaScript and the sorted view has an address.
  const header = (c: FrameworkColumn) => {
    const active = c === column;
    const next = active && direction === "asc" ? "desc" : "asc";
    return (
      <th key={c} scope="col" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}>
        {/* A plain link: each sorted view is its own document, loaded the same with or without JavaScript. */}
        <a href={`${base}?sort=${c}&dir=${next}#frameworks`}>
          {t.columns[c]}
          {active ? (
            <>
              <span aria-hidden="true">{direction === "asc" ? " ▲" : " ▼"}</span>
              <span className="sr-only">, {direction === "asc" ? t.sortedAscending : t.sortedDescending}</span>
            </>
          ) : null}
        </a>
      </th>
    );
  };

  return (
    <>
      <h1>{t.title}</h1>
      {rows.some((r) => r.fallback) ? <FallbackNotice locale={locale} /> : null}
      <p className="lead">{t.intro}</p>
      <p>{t.sortHint}</p>
      <ScrollTable id="frameworks" caption={t.caption} hint={t.scrollHint}>
          <thead>
            <tr>
              {frameworkColumns.slice(0, 4).map(header)}
              <th scope="col">{t.columns.source}</th>
              {header("lastReviewed")}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ doc, english, fallback, lang }) => (
              <tr key={doc.slug} lang={fallback ? lang : undefined}>
                <th scope="row">{doc.region}</th>
                {/* An official name kept in its original language is marked, so it is read as English. */}
                <td lang={locale !== "en" && doc.framework === english.framework ? "en" : undefined}>{doc.framework}</td>
                <td>{doc.year}</td>
                <td>{doc.sizeRule}</td>
                <td>
                  <a href={doc.sourceUrl} rel="noopener" lang={locale === "en" ? undefined : "en"}>
                    {doc.sourceTitle}
                  </a>
                </td>
                <td lang={locale}>
                  <time dateTime={doc.lastReviewed.slice(0, 10)}>{formatDate(doc.lastReviewed, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
      </ScrollTable>
      <PageMeta locale={locale} updated={updated} />
    </>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { hasOwnPage } from "@/lib/content/document-pages";
import { LocalisedArticle } from "@/components/content/localised-article";
import { Mdx, type MdxBlocks } from "@/components/mdx/mdx";
import { ReportDate } from "@/components/reports/report-date";
import { DatasetFigure, DatasetTable, datasetHref } from "@/components/reports/dataset-figure";
import { getReport, getReports } from "@/lib/content";
import { extractHeadings } from "@/lib/content/slug";
import { fill, getMessages, localePath, locales, routeLocale, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbList, dataset as datasetData } from "@/lib/site/structured-data";
import { JsonLd } from "@/components/content/json-ld";
import { dictionaryFile, getDatasetFile, loadDataset, type Dataset } from "@/lib/survey/dataset";

type Props = PageProps<"/[locale]/reports/[slug]">;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    getReports(locale)
      .filter(({ doc }) => hasOwnPage("reports", doc))
      .map(({ doc }) => ({ locale, slug: doc.slug })),
  );
}
export const dynamicParams = false;

async function load({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const item = getReport(locale, slug);
  if (!item || !hasOwnPage("reports", item.doc)) notFound();
  return { locale, item };
}

export async function generateMetadata(props: Props) {
  const { locale, item } = await load(props);
  return pageMetadata({ locale, path: `/reports/${item.doc.slug}`, title: item.doc.title, description: item.doc.description });
}

function reportBlocks(locale: Locale, dataset: Dataset | undefined): MdxBlocks {
  const need = () => {
    if (!dataset) throw new Error("This report uses <Figure> or <DataTable> but names no `dataset`.");
    return dataset;
  };
  return {
    Figure: ({ id }: { id: string }) => <DatasetFigure locale={locale} dataset={need()} file={getDatasetFile(need(), id)} />,
    DataTable: ({ id }: { id: string }) => <DatasetTable locale={locale} dataset={need()} file={getDatasetFile(need(), id)} />,
  };
}

export default async function ReportPage(props: Props) {
  const { locale, item } = await load(props);
  const t = getMessages(locale).reports;
  const { doc } = item;
  const dataset = doc.dataset ? loadDataset(doc.dataset, undefined, locale) : undefined;
  const headings = extractHeadings(doc.body.raw).filter((h) => h.depth === 2);
  return (
    <LocalisedArticle locale={locale} item={item} updated={doc.updated}>
      <p className="no-print">
        <Link href={localePath(locale, "/reports")}>{t.back}</Link>
      </p>
      <h1 lang={item.titleLang === locale ? undefined : item.titleLang}>{doc.title}</h1>
      <p className="caption" lang={locale}>
        <ReportDate report={doc} locale={locale} /> · {t.respondents}: <span lang={item.lang}>{doc.respondents}</span>
      </p>
      <p className="lead">{doc.summary}</p>
      {doc.keyFindings?.length ? (
        <section className="key-findings" aria-labelledby="key-findings">
          <h2 id="key-findings" lang={locale}>
            {t.keyFindings}
          </h2>
          <ul>
            {doc.keyFindings.map((finding) => (
              <li key={finding}>{finding}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-labelledby="report-contents" className="toc no-print">
        <h2 id="report-contents" lang={locale}>
          {t.contents}
        </h2>
        <ol>
          {headings.map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
          {dataset ? (
            <li lang={locale}>
              <a href="#downloads">{t.downloads}</a>
            </li>
          ) : null}
        </ol>
      </nav>
      <Mdx code={doc.body.code} locale={locale} blocks={reportBlocks(locale, dataset)} />
      {dataset ? (
        <section aria-labelledby="downloads" className="prose" lang={locale}>
          <h2 id="downloads">{t.downloads}</h2>
          <p>{t.downloadsIntro}</p>
          <ul>
            {dataset.files.map((file) => (
              <li key={file.id}>
                <a href={datasetHref(dataset.id, file.file)} download>
                  {fill(t.downloadCsv, { name: file.title })}
                </a>
              </li>
            ))}
            <li>
              <a href={datasetHref(dataset.id, dictionaryFile(locale))} download>
                {t.downloadJson}
              </a>
            </li>
          </ul>
          <p className="caption">
            {dataset.licence}
          </p>
        </section>
      ) : null}
      <JsonLd data={breadcrumbList(locale, [{ name: t.title, path: "/reports" }, { name: doc.title, path: `/reports/${doc.slug}` }])} />
      {dataset ? <JsonLd data={datasetData(locale, dataset, `/reports/${doc.slug}`)} /> : null}
    </LocalisedArticle>
  );
}

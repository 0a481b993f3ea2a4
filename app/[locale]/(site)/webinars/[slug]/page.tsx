import Link from "next/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/content/json-ld";
import { LocalisedArticle } from "@/components/content/localised-article";
import { SourceList } from "@/components/content/source-list";
import { Mdx } from "@/components/mdx/mdx";
import { WebinarDate } from "@/components/webinars/webinar-date";
import { getWebinar, getWebinars, type Webinar } from "@/lib/content";
import { formatDate, getMessages, localePath, locales, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbList } from "@/lib/site/structured-data";
import { siteUrl } from "@/lib/site/env";

/** Who organised a webinar: as the content names them, else the series' organiser. */
function organisers(doc: Pick<Webinar, "organisers" | "series">) {
  if (doc.organisers?.length) return doc.organisers;
  return [doc.series === "enhancement-project" ? "QAA" : "Micro-credentials Special Interest Group (MIC.SIG)"];
}

type Props = PageProps<"/[locale]/webinars/[slug]">;

export function generateStaticParams() {
  return locales.flatMap((locale) => getWebinars(locale).map(({ doc }) => ({ locale, slug: doc.slug })));
}
export const dynamicParams = false;

async function load({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const item = getWebinar(locale, slug) ?? notFound();
  return { locale, item };
}

export async function generateMetadata(props: Props) {
  const { locale, item } = await load(props);
  return pageMetadata({
    locale,
    path: `/webinars/${item.doc.slug}`,
    title: item.doc.title,
    description: item.doc.description,
  });
}

export default async function WebinarPage(props: Props) {
  const { locale, item } = await load(props);
  const t = getMessages(locale).webinars;
  const { doc } = item;
  const monthOnly = doc.datePrecision === "month";
  return (
    <LocalisedArticle locale={locale} item={item} updated={doc.updated}>
      <p className="no-print">
        <Link href={localePath(locale, "/webinars")}>{t.back}</Link>
      </p>
      <h1>{doc.title}</h1>
      <p className="lead">{doc.summary}</p>
      <dl className="facts">
        <dt lang={locale}>{t.date}</dt>
        <dd lang={locale}>
          <WebinarDate webinar={doc} locale={locale} />
        </dd>
        {doc.chair ? (
          <>
            <dt lang={locale}>{t.chair}</dt>
            <dd>{doc.chair}</dd>
          </>
        ) : null}
      </dl>
      <Mdx code={doc.body.code} locale={locale} />
      {doc.publications?.length ? (
        <section aria-labelledby="publication-list" className="prose">
          <h2 id="publication-list" lang={locale}>
            {t.publications}
          </h2>
          <ul>
            {doc.publications.map((p) => (
              <li key={p.title}>
                {p.title} (<span lang={locale}>{t.published} {formatDate(p.published, locale)}</span>)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {doc.recordingUrl ? (
        <p>
          <a href={doc.recordingUrl}>{t.recording}</a>
        </p>
      ) : null}
      <SourceList locale={locale} sources={doc.sources} />
      <JsonLd data={breadcrumbList(locale, [{ name: t.title, path: "/webinars" }, { name: doc.title, path: `/webinars/${doc.slug}` }])} />
      <JsonLd
        data={{
          "@type": "Event",
          name: doc.title,
          description: doc.summary,
          startDate: doc.date.slice(0, monthOnly ? 7 : 10),
          eventStatus: "https://schema.org/EventScheduled",
          eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
          location: { "@type": "VirtualLocation", url: new URL(localePath(locale, `/webinars/${doc.slug}`), siteUrl()).href },
          organizer: organisers(doc).map((name) => ({ "@type": "Organization", name })),
          performer: doc.speakers.map((s) => ({
            "@type": "Person",
            name: s.name,
            affiliation: { "@type": "Organization", name: s.organisation },
          })),
          inLanguage: item.lang,
        }}
      />
    </LocalisedArticle>
  );
}

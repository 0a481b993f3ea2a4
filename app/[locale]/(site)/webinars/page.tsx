import Link from "next/link";
import { WebinarDate } from "@/components/webinars/webinar-date";
import { getWebinars } from "@/lib/content";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { anchors, WEBINAR_SERIES } from "@/lib/vocabulary";

type Props = PageProps<"/[locale]/webinars">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).webinars;
  return pageMetadata({ locale, path: "/webinars", title: t.title, description: t.description });
}

export default async function WebinarsPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).webinars;
  const webinars = getWebinars(locale);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {WEBINAR_SERIES.map((series) => (
        <section key={series} aria-labelledby={anchors.webinarSeries(series)}>
          <h2 id={anchors.webinarSeries(series)}>{t.series[series]}</h2>
          <ul className="result-list">
            {webinars
              .filter((w) => w.doc.series === series)
              .map(({ doc, fallback, lang }) => (
                <li key={doc.slug} lang={fallback ? lang : undefined}>
                  <h3 className="result-title">
                    <Link href={localePath(locale, `/webinars/${doc.slug}`)}>{doc.title}</Link>
                  </h3>
                  <p className="caption" lang={locale}>
                    <WebinarDate webinar={doc} locale={locale} />
                  </p>
                  <p>{doc.summary}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

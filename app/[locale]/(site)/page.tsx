import Link from "next/link";
import { notFound } from "next/navigation";
import { getCaseStudies, getWebinars } from "@/lib/content";
import { formatDate, getMessages, isLocale, localePath } from "@/lib/i18n";
import { JsonLd } from "@/components/content/json-ld";
import { pageMetadata } from "@/lib/site/metadata";
import { organisation, webSite } from "@/lib/site/structured-data";
import { getHeadlineFigure } from "@/lib/survey/headline";

export async function generateMetadata({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale).home;
  return pageMetadata({ locale, path: "/", title: t.title, description: t.description });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale).home;
  const figures = [
    { key: "assessment", value: getHeadlineFigure("assessment_very_or_somewhat_important", "employers") },
    { key: "blended", value: getHeadlineFigure("prefer_blended_delivery", "employers") },
    { key: "fund", value: getHeadlineFigure("willing_to_fund", "employers") },
  ] as const;
  const featured = getCaseStudies(locale)
    .filter((c) => c.doc.featured)
    .slice(0, 3);
  const latestWebinar = getWebinars(locale)[0];
  const audiences = [
    { key: "employers", href: "/fact-sheet" },
    { key: "providers", href: "/provider/fact-sheet" },
    { key: "bodies", href: "/reports/employer-psrb-survey-2025" },
  ] as const;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t.figuresHeading}</h2>
        <ul className="figure-grid">
          {figures.map((figure) => (
            <li key={figure.key}>
              <span className="figure-value">{figure.value}%</span> {t.figures[figure.key]}
            </li>
          ))}
        </ul>
        <p className="caption">{t.figuresSource}</p>
        <p>
          <Link href={localePath(locale, "/reports/employer-psrb-survey-2025")}>{t.readReport}</Link>
        </p>
      </section>

      <section aria-labelledby="audiences-heading">
        <h2 id="audiences-heading">{t.audiencesHeading}</h2>
        <ul className="card-grid">
          {audiences.map((audience) => (
            <li key={audience.key} className="card">
              <h3>{t.audiences[audience.key].title}</h3>
              <p>{t.audiences[audience.key].text}</p>
              <p>
                <Link href={localePath(locale, audience.href)}>{t.audiences[audience.key].link}</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="case-studies-heading">
          <h2 id="case-studies-heading">{t.caseStudiesHeading}</h2>
          <ul className="card-grid">
            {featured.map(({ doc, lang, fallback }) => (
              <li key={doc.slug} className="card" lang={fallback ? lang : undefined}>
                <h3>
                  <Link href={localePath(locale, `/case-studies/${doc.slug}`)}>{doc.title}</Link>
                </h3>
                <p>{doc.summary}</p>
              </li>
            ))}
          </ul>
          <p>
            <Link href={localePath(locale, "/case-studies")}>{t.allCaseStudies}</Link>
          </p>
        </section>
      ) : null}

      {latestWebinar ? (
        <section aria-labelledby="webinar-heading">
          <h2 id="webinar-heading">{t.latestWebinarHeading}</h2>
          <div lang={latestWebinar.fallback ? latestWebinar.lang : undefined}>
            <h3>
              <Link href={localePath(locale, `/webinars/${latestWebinar.doc.slug}`)}>
                {latestWebinar.doc.title}
              </Link>
            </h3>
            <p className="caption">
              <time dateTime={latestWebinar.doc.date.slice(0, 10)}>
                {formatDate(latestWebinar.doc.date, locale)}
              </time>
            </p>
            <p>{latestWebinar.doc.summary}</p>
          </div>
          <p>
            <Link href={localePath(locale, "/webinars")}>{t.allWebinars}</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="brand-heading" className="callout">
        <h2 id="brand-heading">{t.brandHeading}</h2>
        <p>{t.brandText}</p>
        <p>
          <Link className="button" href={localePath(locale, "/provider/fact-sheet")}>
            {t.brandLink}
          </Link>
        </p>
      </section>
      <JsonLd data={organisation(locale)} />
      <JsonLd data={webSite(locale)} />
    </>
  );
}

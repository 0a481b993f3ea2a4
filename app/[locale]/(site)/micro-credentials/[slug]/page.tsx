import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { JsonLd } from "@/components/content/json-ld";
import { getPublicMicroCredential, otherFromOrganisation } from "@/lib/directory";
import { ectsCredits, eqfLevel, isFramework } from "@/lib/directory/frameworks";
import { courseJsonLd, levelLabel, levelMeaning, localised, pounds } from "@/lib/directory/present";
import { fill, formatDate, getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbList } from "@/lib/site/structured-data";

type Props = PageProps<"/[locale]/micro-credentials/[slug]">;

/** One read per request for the metadata and the page. */
const load = cache(async (slug: string) => getPublicMicroCredential(slug));

async function loadPage({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const row = (await load(slug)) ?? notFound();
  return { locale, row };
}

export async function generateMetadata(props: Props) {
  const { locale, row } = await loadPage(props);
  const text = localised(row, locale);
  const metadata = pageMetadata({ locale, path: `/micro-credentials/${row.slug}`, title: text.title, description: text.description.slice(0, 200) });
  // A withdrawn micro-credential keeps its address for old links, but leaves search engines.
  return row.status === "withdrawn" ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/**
 * A micro-credential's page: every detail the provider gave, what its level and credits mean in
 * plain words, and the provider's others. A withdrawn one stays here, marked as no longer offered.
 */
export default async function MicroCredentialPage(props: Props) {
  const { locale, row } = await loadPage(props);
  const messages = getMessages(locale);
  const t = messages.directory;
  const d = t.detail;
  const text = localised(row, locale);
  const textLang = text.lang === locale ? undefined : text.lang;
  const others = row.status === "published" ? await otherFromOrganisation(row.organisationId, row.slug) : [];
  const providerPath = `/micro-credentials/providers/${row.organisation.slug}`;
  const eqf = isFramework(row.framework) ? eqfLevel(row.framework, row.level) : undefined;
  const today = new Date().toISOString().slice(0, 10);
  const starts = row.startDates.map((s) => s.toISOString().slice(0, 10)).filter((s) => s >= today);
  const meaning = levelMeaning(t, row.framework, row.level, row.credits);
  const choice = <K extends string>(names: Record<K, string>, value: string) => names[value as K] ?? value;

  // Text the provider typed (in English, the form has one box for it) stays marked as English on the
  // Welsh page; the words this site supplies are in the reader's language.
  const typed = (value: string) => (locale === "cy" && value ? <span lang="en">{value}</span> : value);
  const facts: [label: string, value: ReactNode][] = [
    [d.provider, <Link key="p" href={localePath(locale, providerPath)}>{row.organisation.name}</Link>],
    [d.awardingBody, typed(row.awardingBody)],
    [d.level, levelLabel(t, row.framework, row.level)],
    [d.eqf, eqf ? String(eqf) : ""],
    [d.credits, row.credits ? String(row.credits) : ""],
    [d.ects, row.credits ? String(ectsCredits(row.credits)) : ""],
    [d.notionalHours, row.notionalHours ? fill(d.hours, { hours: row.notionalHours }) : ""],
    [d.mode, choice(t.modes, row.mode)],
    [d.pace, choice(t.paces, row.pace)],
    [d.location, row.mode === "online" ? d.online : typed(row.location)],
    [d.nation, choice(messages.nations, row.nation)],
    [d.deliveryLanguage, choice(t.languages, row.deliveryLanguage)],
    [d.assessment, typed(row.assessment)],
    [d.qualityAssurance, typed(row.qualityAssurance)],
    [d.supervisionAndIdentity, typed(row.supervisionAndIdentity)],
    [d.prerequisites, typed(row.prerequisites)],
    [d.stackability, row.stackability === "towards-award" ? <>{t.stackability["towards-award"]}: {typed(row.stacksTowards)}</> : choice(t.stackability, row.stackability)],
    [d.subject, row.subject ? choice(t.subjects, row.subject) : ""],
    [d.starts, row.anyTimeStart ? d.anyTime : starts.map((s) => formatDate(s, locale)).join(", ")],
    [d.duration, row.durationWeeks ? fill(d.weeks, { weeks: row.durationWeeks }) : ""],
    [d.price, row.pricePence === null ? d.priceNotGiven : row.pricePence === 0 ? t.result.free : pounds(row.pricePence)],
    [d.funding, row.fundingSchemes.map((s) => choice(t.fundingSchemes, s)).join(", ")],
    [d.lastChecked, row.lastCheckedOn ? formatDate(row.lastCheckedOn.toISOString(), locale) : ""],
  ];

  return (
    <article>
      <p className="no-print">
        <Link href={localePath(locale, "/micro-credentials")}>{d.back}</Link>
      </p>
      <p className="caption">{row.organisation.name}</p>
      <h1 lang={textLang}>{text.title}</h1>
      {row.status === "withdrawn" ? (
        <div className="notice notice-warning">
          <p>
            <strong>{t.result.withdrawn}.</strong> {fill(d.withdrawnNotice, { provider: row.organisation.name })}
          </p>
        </div>
      ) : null}
      {locale === "cy" && textLang && row.welshAbsentReason ? (
        <p className="notice">
          {d.welshAbsentIntro} <span lang="en">{row.welshAbsentReason}</span>
        </p>
      ) : null}
      <h2>{d.aboutHeading}</h2>
      {text.description.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} lang={textLang}>
          {paragraph}
        </p>
      ))}
      {text.outcomes.length ? (
        <>
          <h2>{d.outcomesHeading}</h2>
          <ul className="bullets" lang={textLang}>
            {text.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </>
      ) : null}
      {meaning.length ? (
        <section aria-labelledby="meaning" className="meaning">
          <h2 id="meaning">{d.meaningHeading}</h2>
          {meaning.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <p className="caption">{d.meaningSource}</p>
        </section>
      ) : null}
      <h2>{d.detailsHeading}</h2>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="facts-row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {row.status === "published" && row.bookingUrl ? (
        <p>
          <a className="button" href={row.bookingUrl} rel="noopener">
            {d.book}
            <span className="sr-only"> {fill(d.bookOn, { provider: row.organisation.name })}</span>
          </a>
        </p>
      ) : null}
      {others.length ? (
        <section aria-labelledby="others">
          <h2 id="others">{fill(d.otherHeading, { provider: row.organisation.name })}</h2>
          <ul>
            {others.map((other) => {
              const o = localised(other, locale);
              return (
                <li key={other.slug} lang={o.lang === locale ? undefined : o.lang}>
                  <Link href={localePath(locale, `/micro-credentials/${other.slug}`)}>{o.title}</Link>
                </li>
              );
            })}
          </ul>
          <p>
            <Link href={localePath(locale, providerPath)}>{fill(d.allFromProvider, { provider: row.organisation.name })}</Link>
          </p>
        </section>
      ) : null}
      <JsonLd data={courseJsonLd(row, locale)} />
      <JsonLd
        data={breadcrumbList(locale, [
          { name: t.title, path: "/micro-credentials" },
          { name: text.title, path: `/micro-credentials/${row.slug}` },
        ])}
      />
    </article>
  );
}

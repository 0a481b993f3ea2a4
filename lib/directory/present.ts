import { fill, getMessages, localePath, type Locale, type Messages } from "@/lib/i18n";
import { siteUrl } from "@/lib/site/env";
import { ectsCredits, eqfLevel, HOURS_PER_CREDIT, isFramework, levelsAtEqf, type Framework } from "./frameworks";
import type { PublicRecord } from "./index";

/**
 * How a micro-credential reads in each language and each format: the text in the reader's
 * language (or the English, marked as English, where the Welsh is absent), its level in words,
 * the open data record and the schema.org description. The pages, the CSV and JSON files and the
 * feed all take their wording from here.
 */

type Texts = { title: string; titleCy: string; description?: string; descriptionCy?: string; learningOutcomes?: string[]; learningOutcomesCy?: string[] };

/** The title, description and outcomes in the reader's language, and the language they are in. */
export function localised(row: Texts, locale: Locale) {
  const welsh = locale === "cy" && row.titleCy !== "";
  return {
    title: welsh ? row.titleCy : row.title,
    description: welsh ? (row.descriptionCy ?? "") : (row.description ?? ""),
    outcomes: welsh ? (row.learningOutcomesCy ?? []) : (row.learningOutcomes ?? []),
    lang: (welsh ? "cy" : "en") as Locale,
  };
}

/** A level as it is written in its framework: "CQFW level 4", "SCQF level 7", "RQF Entry 3". */
export function levelLabel(t: Messages["directory"], framework: string, level: string): string {
  if (!isFramework(framework) || !level) return "";
  const name = (t.levelNames as Record<string, string>)[level];
  return fill(name ? t.levelEntry : t.levelShort, { framework: t.frameworkShort[framework], level: name ?? level });
}

/** The EQF facet's option: the EQF level with the UK levels at it. */
export function eqfLabel(t: Messages["directory"], eqf: number): string {
  const { uk, scqf } = levelsAtEqf(eqf);
  const name = (level: string) => (t.levelNames as Record<string, string>)[level] ?? level;
  return fill(t.eqfOptionFull, { level: eqf, uk: uk.map(name).join(", "), scqf: scqf.join(", ") });
}

/** "What this means": the level in plain words, the hours and ECTS the credits stand for, the EQF level. */
export function levelMeaning(t: Messages["directory"], framework: string, level: string, credits: number | null) {
  if (!isFramework(framework)) return [];
  const table = framework === "scqf" ? t.levelMeaning.scqf : t.levelMeaning.uk;
  const sentences = [(table as Record<string, string>)[level]].filter((s): s is string => Boolean(s));
  if (credits) {
    sentences.push(fill(t.detail.meaningCredits, { credits, hours: credits * HOURS_PER_CREDIT, ects: formatNumber(ectsCredits(credits)) }));
  }
  const eqf = eqfLevel(framework as Framework, level);
  if (eqf) sentences.push(fill(t.detail.meaningEqf, { eqf }));
  return sentences;
}

const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A price in pounds as a reader sees it ("£250", "£249.50"). */
export function pounds(pence: number): string {
  return `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: pence % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;
}

const absolute = (path: string) => new URL(path, siteUrl()).href;
const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

/** The columns of the open data files, in order (documented in the directory's page and README). */
export const OPEN_DATA_COLUMNS = [
  "url",
  "status",
  "title",
  "title_cy",
  "description",
  "description_cy",
  "welsh_absent_reason",
  "learning_outcomes",
  "learning_outcomes_cy",
  "provider",
  "provider_url",
  "awarding_body",
  "nation",
  "location",
  "mode",
  "pace",
  "framework",
  "level",
  "eqf_level",
  "credits",
  "ects_credits",
  "notional_hours",
  "assessment",
  "quality_assurance",
  "delivery_language",
  "prerequisites",
  "supervision_and_identity",
  "stackability",
  "stacks_towards",
  "subject_isced_f",
  "any_time_start",
  "start_dates",
  "duration_weeks",
  "price_gbp",
  "funding_schemes",
  "booking_url",
  "last_checked",
  "published_at",
  "updated_at",
  "withdrawn_at",
] as const;

export type OpenRecord = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | boolean | string[] | null>;

/** One micro-credential as open data: codes, not words, so it reads the same in any language. */
export function openRecord(row: PublicRecord): OpenRecord {
  return {
    url: absolute(`/micro-credentials/${row.slug}`),
    status: row.status === "withdrawn" ? "withdrawn" : "published",
    title: row.title,
    title_cy: row.titleCy,
    description: row.description,
    description_cy: row.descriptionCy,
    welsh_absent_reason: row.welshAbsentReason,
    learning_outcomes: row.learningOutcomes,
    learning_outcomes_cy: row.learningOutcomesCy,
    provider: row.organisation.name,
    provider_url: absolute(`/micro-credentials/providers/${row.organisation.slug}`),
    awarding_body: row.awardingBody,
    nation: row.nation,
    location: row.location,
    mode: row.mode,
    pace: row.pace,
    framework: row.framework,
    level: row.level,
    eqf_level: row.eqfLevel,
    credits: row.credits,
    ects_credits: row.credits === null ? null : ectsCredits(row.credits),
    notional_hours: row.notionalHours,
    assessment: row.assessment,
    quality_assurance: row.qualityAssurance,
    delivery_language: row.deliveryLanguage,
    prerequisites: row.prerequisites,
    supervision_and_identity: row.supervisionAndIdentity,
    stackability: row.stackability,
    stacks_towards: row.stacksTowards,
    subject_isced_f: row.subject,
    any_time_start: row.anyTimeStart,
    start_dates: row.startDates.map(isoDay),
    duration_weeks: row.durationWeeks,
    price_gbp: row.pricePence === null ? null : (row.pricePence / 100).toFixed(2),
    funding_schemes: row.fundingSchemes,
    booking_url: row.bookingUrl,
    last_checked: isoDay(row.lastCheckedOn) || null,
    published_at: row.publishedAt?.toISOString() ?? null,
    updated_at: row.updatedAt.toISOString(),
    withdrawn_at: row.withdrawnAt?.toISOString() ?? null,
  };
}

/**
 * schema.org description for the page: a Course, its runs (CourseInstance), the credential it
 * leads to (EducationalOccupationalCredential) and its price (Offer, in GBP).
 */
export function courseJsonLd(row: PublicRecord, locale: Locale) {
  const messages = getMessages(locale);
  const t = messages.directory;
  const text = localised(row, locale);
  const url = absolute(localePath(locale, `/micro-credentials/${row.slug}`));
  const level = levelLabel(t, row.framework, row.level);
  const provider = { "@type": "Organization", name: row.organisation.name, url: absolute(localePath(locale, `/micro-credentials/providers/${row.organisation.slug}`)) };
  const languages = row.deliveryLanguage === "bilingual" ? ["cy", "en"] : [row.deliveryLanguage];
  const instance = (startDate?: string) => ({
    "@type": "CourseInstance",
    courseMode: [row.mode, row.pace].filter(Boolean),
    ...(row.notionalHours ? { courseWorkload: `PT${row.notionalHours}H` } : {}),
    ...(startDate ? { startDate } : {}),
    ...(row.durationWeeks ? { duration: `P${row.durationWeeks}W` } : {}),
    ...(row.mode !== "online" && row.location ? { location: { "@type": "Place", name: row.location } } : {}),
    inLanguage: languages,
  });
  const instances = row.anyTimeStart || row.startDates.length === 0 ? [instance()] : row.startDates.map((d) => instance(isoDay(d)));
  return {
    "@type": "Course",
    "@id": url,
    name: text.title,
    description: text.description,
    url,
    inLanguage: text.lang,
    courseCode: row.slug,
    provider,
    ...(row.credits ? { numberOfCredits: row.credits } : {}),
    ...(level ? { educationalLevel: level } : {}),
    ...(text.outcomes.length ? { teaches: text.outcomes } : {}),
    ...(row.prerequisites ? { coursePrerequisites: row.prerequisites } : {}),
    availableLanguage: languages,
    ...(row.fundingSchemes.length ? { financialAidEligible: row.fundingSchemes.map((s) => t.fundingSchemes[s as keyof typeof t.fundingSchemes] ?? s) } : {}),
    educationalCredentialAwarded: {
      "@type": "EducationalOccupationalCredential",
      name: text.title,
      credentialCategory: "micro-credential",
      ...(level ? { educationalLevel: level } : {}),
      ...(row.awardingBody ? { recognizedBy: { "@type": "Organization", name: row.awardingBody } } : {}),
    },
    ...(row.status === "published"
      ? {
          hasCourseInstance: instances,
          ...(row.pricePence !== null
            ? {
                offers: {
                  "@type": "Offer",
                  price: (row.pricePence / 100).toFixed(2),
                  priceCurrency: "GBP",
                  category: row.pricePence === 0 ? "Free" : "Paid",
                  ...(row.bookingUrl ? { url: row.bookingUrl } : {}),
                  offeredBy: provider,
                },
              }
            : {}),
        }
      : {}),
  };
}

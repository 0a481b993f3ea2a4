import "server-only";
import {
  allCaseStudies,
  allFactSheets,
  allFaqs,
  allFrameworks,
  allPages,
  allReports,
  allResources,
  allWebinars,
  type CaseStudy,
  type FactSheet,
  type Faq,
  type Framework,
  type Page,
  type Report,
  type Resource,
  type Webinar,
} from "contentlayer/generated";
import type { Locale } from "@/lib/i18n";
import { FAQ_CATEGORIES } from "@/lib/vocabulary";
import { hasOwnPage } from "./document-pages";

// The only module that imports Contentlayer's generated output. Pages ask for documents in a
// language; where the Welsh translation does not exist yet they get the English document,
// marked `fallback` so the page can say so and mark the text as English.

export type { CaseStudy, FactSheet, Faq, Framework, Page, Report, Resource, Webinar };

type LocalisedDoc = { locale: string; slug: string; _raw: { sourceFilePath: string } };

/**
 * A document as shown in a language: `lang` is the language the text is actually in, `titleLang`
 * that of its title (a Welsh page about a real English document keeps the document's English title,
 * which screen readers must then read as English).
 */
export type Localised<T> = { doc: T; english: T; lang: Locale; titleLang: Locale; fallback: boolean; sourcePath: string };

function localise<T extends LocalisedDoc>(docs: T[], locale: Locale): Localised<T>[] {
  return docs
    .filter((d) => d.locale === "en")
    .map((english) => {
      const translated =
        locale === "en" ? undefined : docs.find((d) => d.locale === locale && d.slug === english.slug);
      const doc = translated ?? english;
      const title = (d: T) => (d as { title?: unknown }).title;
      const keepsEnglishTitle = translated !== undefined && title(translated) !== undefined && title(translated) === title(english);
      return {
        doc,
        english,
        lang: translated ? locale : "en",
        titleLang: translated && !keepsEnglishTitle ? locale : "en",
        fallback: locale !== "en" && !translated,
        sourcePath: `content/${doc._raw.sourceFilePath}`,
      };
    });
}

function findLocalised<T extends LocalisedDoc>(docs: T[], locale: Locale, slug: string) {
  return localise(docs, locale).find((item) => item.doc.slug === slug);
}

/** Newest first; documents without a date go last. */
const byDateDesc =
  <T,>(date: (d: T) => string | undefined) =>
  (a: Localised<T>, b: Localised<T>) =>
    (date(b.doc) ?? "").localeCompare(date(a.doc) ?? "");

/** A standalone page (about, accessibility, privacy, contact) by slug. */
export function getPage(locale: Locale, slug: string): Localised<Page> | undefined {
  return findLocalised(allPages, locale, slug);
}

/** The employer fact sheet: the locked text providers brand. */
export function getFactSheet(locale: Locale): Localised<FactSheet> | undefined {
  return findLocalised(allFactSheets, locale, "fact-sheet");
}


/** FAQs grouped by category, in the category order above and each group in its `order`. */
export function getFaqsByCategory(locale: Locale) {
  const faqs = localise(allFaqs, locale);
  return FAQ_CATEGORIES
    .map((category) => ({
      category,
      items: faqs
        .filter((f) => f.doc.category === category)
        .sort((a, b) => a.doc.order - b.doc.order || a.doc.slug.localeCompare(b.doc.slug)),
    }))
    .filter((group) => group.items.length > 0);
}

/** Every case study, by title: their publication dates are mostly not known, so none is invented. */
export function getCaseStudies(locale: Locale): Localised<CaseStudy>[] {
  return localise(allCaseStudies, locale).sort((a, b) => a.doc.title.localeCompare(b.doc.title, locale));
}

export function getCaseStudy(locale: Locale, slug: string) {
  return findLocalised(allCaseStudies, locale, slug);
}

/** Every webinar, most recent first. */
export function getWebinars(locale: Locale): Localised<Webinar>[] {
  return localise(allWebinars, locale).sort(byDateDesc((w) => w.date));
}

export function getWebinar(locale: Locale, slug: string) {
  return findLocalised(allWebinars, locale, slug);
}

/** Every resource, newest first. */
export function getResources(locale: Locale): Localised<Resource>[] {
  return localise(allResources, locale).sort(byDateDesc((r) => r.published));
}

/** The global summary of national frameworks, by region name. */
export function getFrameworks(locale: Locale): Localised<Framework>[] {
  return localise(allFrameworks, locale).sort((a, b) => a.doc.region.localeCompare(b.doc.region));
}

/** Survey reports, newest first (a closed survey by its closing date). */
export function getReports(locale: Locale): Localised<Report>[] {
  return localise(allReports, locale).sort(byDateDesc((r) => r.published ?? r.closed));
}

export function getReport(locale: Locale, slug: string) {
  return findLocalised(allReports, locale, slug);
}

/** Where a document is read on the site: its own page, or the list page that shows it. */
function publicHref(folder: string, doc: { slug: string; status?: unknown }) {
  if (folder === "pages") return `/${doc.slug}`;
  if (folder === "faqs") return `/faqs#${doc.slug}`;
  if (hasOwnPage(folder, doc)) return `/${folder}/${doc.slug}`;
  return `/${folder}`;
}

/**
 * Public documents that have no Welsh version yet, for the accessibility statement (so its list
 * cannot go stale). content:check makes this an error, so on a published site it is empty.
 */
export function getEnglishOnlyDocuments(): { title: string; href: string }[] {
  const folders: [string, LocalisedDoc[]][] = [
    ["pages", allPages],
    ["fact-sheet", allFactSheets],
    ["faqs", allFaqs],
    ["case-studies", allCaseStudies],
    ["webinars", allWebinars],
    ["resources", allResources],
    ["global-summary", allFrameworks],
    ["reports", allReports],
  ];
  return folders.flatMap(([folder, docs]) =>
    localise(docs, "cy")
      .filter((item) => item.fallback)
      .map(({ doc }) => {
        const d = doc as LocalisedDoc & { title?: string; question?: string; region?: string; status?: unknown };
        return { title: d.title ?? d.question ?? d.region ?? d.slug, href: publicHref(folder, d) };
      }),
  );
}

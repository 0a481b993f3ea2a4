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
import type { Locale, Messages } from "@/lib/i18n";
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

type Dated = { locale: string; updated: string };
const newest = (docs: Dated[]) => docs.map((d) => d.updated).sort().at(-1);

/**
 * When the content behind each public page last changed (the newest `updated` of the documents
 * it shows, in either language), by locale-free path: for the sitemap's lastmod. A path this does
 * not know (a page without content) gets none.
 */
export function lastUpdatedByPath(): Map<string, string> {
  const dates = new Map<string, string | undefined>();
  // A framework row has no `updated`: it says when its facts were last reviewed.
  const frameworks: Dated[] = allFrameworks.map((f) => ({ locale: f.locale, updated: f.lastReviewed }));
  const all: Dated[] = [...allPages, ...allFactSheets, ...allFaqs, ...allCaseStudies, ...allWebinars, ...allResources, ...frameworks, ...allReports];
  dates.set("/", newest(all));
  for (const page of allPages) dates.set(`/${page.slug}`, newest(allPages.filter((p) => p.slug === page.slug)));
  dates.set("/fact-sheet", newest(allFactSheets));
  dates.set("/faqs", newest(allFaqs));
  dates.set("/resources", newest(allResources));
  dates.set("/global-summary", newest(frameworks));
  for (const [folder, docs] of [
    ["case-studies", allCaseStudies],
    ["webinars", allWebinars],
    ["reports", allReports],
  ] as const) {
    dates.set(`/${folder}`, newest(docs));
    for (const doc of docs) dates.set(`/${folder}/${doc.slug}`, newest((docs as Dated[]).filter((d) => (d as typeof doc).slug === doc.slug)));
  }
  return new Map([...dates].filter((e): e is [string, string] => Boolean(e[1])));
}

export type FeedItem = {
  type: "caseStudy" | "webinar" | "report" | "resource";
  title: string;
  summary: string;
  /** The page on this site (a path, in the feed's language), with an anchor for resources. */
  path: string;
  /** When it happened or was published (YYYY-MM-DD…), for the order; the review date when unknown. */
  date: string;
  published?: string;
  updated: string;
  lang: Locale;
  /** The title's language: a Welsh entry about an English document keeps its English title. */
  titleLang: Locale;
};

/**
 * What the Atom feed lists in a language: case studies, webinars, published reports and resources,
 * newest first (by the date each happened or was published, or was last reviewed when not known).
 */
export function getFeedItems(locale: Locale): FeedItem[] {
  const base = (path: string) => (locale === "en" ? path : `/${locale}${path}`);
  const items: FeedItem[] = [
    ...getCaseStudies(locale).map(({ doc, lang, titleLang }) => ({
      type: "caseStudy" as const, title: doc.title, summary: doc.summary, path: base(`/case-studies/${doc.slug}`),
      date: doc.published ?? doc.updated, published: doc.published, updated: doc.updated, lang, titleLang,
    })),
    ...getWebinars(locale).map(({ doc, lang, titleLang }) => ({
      type: "webinar" as const, title: doc.title, summary: doc.description, path: base(`/webinars/${doc.slug}`),
      date: doc.date, published: doc.date, updated: doc.updated, lang, titleLang,
    })),
    ...getReports(locale)
      .filter(({ doc }) => hasOwnPage("reports", doc))
      .map(({ doc, lang, titleLang }) => ({
        type: "report" as const, title: doc.title, summary: doc.description, path: base(`/reports/${doc.slug}`),
        date: doc.published ?? doc.updated, published: doc.published, updated: doc.updated, lang, titleLang,
      })),
    ...getResources(locale).map(({ doc, lang, titleLang }) => ({
      type: "resource" as const, title: doc.title, summary: doc.summary, path: `${base("/resources")}#${doc.slug}`,
      date: doc.published ?? doc.updated, published: doc.published, updated: doc.updated, lang, titleLang,
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/**
 * The title of the public page at a locale-free path, in a language, for its social image; the
 * site's name for the home page. Undefined for a path that is not a public page.
 */
export function pageTitle(locale: Locale, path: string, messages: Messages): string | undefined {
  const [, first = "", slug] = path.split("/");
  const index: Record<string, string> = {
    "": messages.home.title,
    faqs: messages.faqs.title,
    "case-studies": messages.caseStudies.title,
    webinars: messages.webinars.title,
    resources: messages.resources.title,
    "global-summary": messages.globalSummary.title,
    reports: messages.reports.title,
  };
  if (slug) {
    const find = { "case-studies": getCaseStudy, webinars: getWebinar, reports: getReport }[first];
    return find?.(locale, slug)?.doc.title;
  }
  if (first === "fact-sheet") return getFactSheet(locale)?.doc.title;
  return index[first] ?? getPage(locale, first)?.doc.title;
}

/** MDX source as plain words for the search index: no markup, links as their text. */
function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_>`|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The text of the public pages rendered per request (their lists take filters from the address),
 * which have no prerendered HTML for the search index: what each shows unfiltered.
 */
export function listPageText(locale: Locale, messages: Messages): { path: string; title: string; text: string }[] {
  return [
    {
      path: "/case-studies",
      title: messages.caseStudies.title,
      text: [messages.caseStudies.intro, ...getCaseStudies(locale).flatMap(({ doc }) => [doc.title, doc.provider, doc.summary])].join(" "),
    },
    {
      path: "/resources",
      title: messages.resources.title,
      text: [messages.resources.intro, ...getResources(locale).flatMap(({ doc }) => [doc.title, doc.publisher, doc.summary, plainText(doc.body.raw)])].join(" "),
    },
    {
      path: "/global-summary",
      title: messages.globalSummary.title,
      text: [messages.globalSummary.intro, ...getFrameworks(locale).flatMap(({ doc }) => [doc.region, doc.framework, doc.sizeRule, plainText(doc.body.raw)])].join(" "),
    },
    // The directory's entries live in the database and it has its own search: the page itself only.
    { path: "/micro-credentials", title: messages.directory.title, text: [messages.directory.description, messages.directory.intro].join(" ") },
  ];
}

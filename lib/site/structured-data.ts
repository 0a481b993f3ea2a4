import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { siteUrl } from "./env";

/** schema.org objects the pages publish as JSON-LD (components/content/json-ld.tsx writes them). */

const absolute = (locale: Locale, path: string) => new URL(localePath(locale, path), siteUrl()).href;

/** The group, as the publisher of every page. */
export function organisation(locale: Locale) {
  const site = getMessages(locale).site;
  return { "@type": "Organization", "@id": `${siteUrl().origin}/#organisation`, name: site.name, alternateName: site.shortName, url: absolute(locale, "/") };
}

/** The site, with its search (the results page takes the words in `q`). */
export function webSite(locale: Locale) {
  const site = getMessages(locale).site;
  return {
    "@type": "WebSite",
    name: site.name,
    alternateName: site.shortName,
    url: absolute(locale, "/"),
    inLanguage: locale,
    publisher: { "@id": `${siteUrl().origin}/#organisation` },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absolute(locale, "/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/** Where a page sits: home, then each level down to the page itself (last, without a link). */
export function breadcrumbList(locale: Locale, trail: { name: string; path: string }[]) {
  const home = { name: getMessages(locale).nav.home, path: "/" };
  return {
    "@type": "BreadcrumbList",
    itemListElement: [home, ...trail].map((step, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: step.name,
      item: absolute(locale, step.path),
    })),
  };
}

/** A case study, as an article the group published. */
export function article(locale: Locale, { title, description, path, updated, published, lang }: { title: string; description: string; path: string; updated: string; published?: string; lang: Locale }) {
  return {
    "@type": "Article",
    headline: title,
    description,
    url: absolute(locale, path),
    inLanguage: lang,
    dateModified: updated,
    ...(published ? { datePublished: published } : {}),
    publisher: organisation(locale),
    image: absolute(locale, `/og${path}`),
  };
}

/**
 * A report's open data: the data set, its dictionary and each CSV as a download. The licence is
 * the data's own statement (no reuse licence is published), so no `license` address is claimed.
 */
export function dataset(
  locale: Locale,
  data: { id: string; title: string; source: string; published: string; licence: string; files: { file: string; title: string; description: string }[] },
  reportPath: string,
) {
  const file = (name: string) => new URL(`/data/${data.id}/${name}`, siteUrl()).href;
  return {
    "@type": "Dataset",
    name: data.title,
    description: data.source,
    url: absolute(locale, reportPath),
    inLanguage: locale,
    datePublished: data.published,
    creditText: data.licence,
    creator: organisation(locale),
    isAccessibleForFree: true,
    distribution: [
      ...data.files.map((f) => ({ "@type": "DataDownload", name: f.title, description: f.description, encodingFormat: "text/csv", contentUrl: file(f.file) })),
      { "@type": "DataDownload", name: "Data dictionary", encodingFormat: "application/json", contentUrl: file(locale === "en" ? "dataset.json" : `dataset.${locale}.json`) },
    ],
  };
}

import type { Metadata } from "next";
import { localePath, type Locale } from "@/lib/i18n";
import { siteUrl } from "./env";

/**
 * Title, description, canonical address and hreflang alternates (en, cy, x-default) for a page
 * whose locale-free path is `path`. Every page builds its metadata through this.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
}: {
  locale: Locale;
  path: string;
  title: string;
  /** Every public page has one (e2e/site.spec.ts checks): search results and previews show it. */
  description?: string;
}): Metadata {
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: {
      canonical: localePath(locale, path),
      languages: {
        en: localePath("en", path),
        cy: localePath("cy", path),
        "x-default": localePath("en", path),
      },
    },
    openGraph: {
      title,
      description,
      locale: locale === "cy" ? "cy_GB" : "en_GB",
      type: "website",
    },
  };
}

/** Metadata for a signed-in page (provider, staff): as pageMetadata, and kept out of search engines. */
export function privatePageMetadata(page: Parameters<typeof pageMetadata>[0]): Metadata {
  return { ...pageMetadata(page), robots: { index: false } };
}

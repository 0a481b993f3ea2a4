import type { Metadata } from "next";
import { fill, getMessages, localePath, type Locale } from "@/lib/i18n";
import { siteUrl } from "./env";

/** The size every social image has (Open Graph's and X's large card). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Title, description, canonical address and hreflang alternates (en, cy, x-default) for a page
 * whose locale-free path is `path`. Every page builds its metadata through this.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  withImage = true,
  imagePath = path,
}: {
  locale: Locale;
  path: string;
  title: string;
  /** Every public page has one (e2e/site.spec.ts checks): search results and previews show it. */
  description?: string;
  /** Whether the page has a social image (every indexed public page does). */
  withImage?: boolean;
  /** The page whose social image to use, when not the page's own (an organisation's shared fact sheet). */
  imagePath?: string;
}): Metadata {
  const messages = getMessages(locale);
  const canonical = localePath(locale, path);
  // Every public page has its own social image (app/[locale]/og), in its language.
  const image = {
    url: localePath(locale, imagePath === "/" ? "/og" : `/og${imagePath}`),
    ...SOCIAL_IMAGE,
    alt: fill(messages.site.socialImageAlt, { title }),
    type: "image/png",
  };
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: {
      canonical,
      languages: {
        en: localePath("en", path),
        cy: localePath("cy", path),
        "x-default": localePath("en", path),
      },
      types: { "application/atom+xml": [{ url: localePath(locale, "/feed.xml"), title: messages.feed.linkTitle }] },
    },
    openGraph: {
      title,
      description,
      url: canonical,
      siteName: messages.site.name,
      locale: locale === "cy" ? "cy_GB" : "en_GB",
      alternateLocale: locale === "cy" ? "en_GB" : "cy_GB",
      type: "website",
      images: withImage ? [image] : undefined,
    },
    twitter: withImage ? { card: "summary_large_image", title, description, images: [image] } : undefined,
  };
}

/** Metadata for a signed-in page (provider, staff): as pageMetadata, and kept out of search engines. */
export function privatePageMetadata(page: Parameters<typeof pageMetadata>[0]): Metadata {
  return { ...pageMetadata({ ...page, withImage: false }), robots: { index: false } };
}

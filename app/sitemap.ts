import type { MetadataRoute } from "next";
import { lastUpdatedByPath } from "@/lib/content";
import { indexablePaths } from "@/lib/content/files";
import { localePath } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site/env";

/**
 * /sitemap.xml: every public page search engines should find, in English and in Welsh, each with its hreflang alternates and
 * the date its content was last reviewed (`updated`). Built with the site, from the same list of
 * public pages the tests use.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const updated = lastUpdatedByPath();
  const url = (locale: "en" | "cy", path: string) => new URL(localePath(locale, path), base).href;
  return indexablePaths(process.cwd()).flatMap((path) =>
    (["en", "cy"] as const).map((locale) => ({
      url: url(locale, path),
      lastModified: updated.get(path),
      alternates: { languages: { en: url("en", path), cy: url("cy", path), "x-default": url("en", path) } },
    })),
  );
}

/** The portal's languages. English is served at the root, Welsh under /cy. */
export const locales = ["en", "cy"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "cy" : "en";
}

/**
 * Public address of `path` (which starts with "/" and carries no locale) in `locale`:
 * localePath("cy", "/faqs") === "/cy/faqs"; localePath("en", "/") === "/".
 */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === defaultLocale) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** Removes a leading /cy (or /en) from a site path: stripLocale("/cy/faqs") === "/faqs". */
export function stripLocale(path: string): string {
  const match = /^\/(en|cy)(?=\/|$|#|\?)/.exec(path);
  if (!match) return path;
  const rest = path.slice(match[0].length);
  return rest === "" ? "/" : rest.startsWith("/") ? rest : `/${rest}`;
}

/** Long date in the reader's language, e.g. "26 November 2026" / "26 Tachwedd 2026". */
export function formatDate(iso: string, locale: Locale, options?: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locale === "cy" ? "cy-GB" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
    ...options,
  }).format(new Date(iso));
}

import type { Locale } from "./locales";

/** Request header the proxy sets (never trusting a client's) with the language of the address. */
export const LOCALE_HEADER = "x-site-locale";

/** The language of a public address: Welsh under /cy, English everywhere else. */
export function localeOfPath(pathname: string): Locale {
  return pathname === "/cy" || pathname.startsWith("/cy/") ? "cy" : "en";
}

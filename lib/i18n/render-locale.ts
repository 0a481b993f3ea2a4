import { cache } from "react";
import type { Locale } from "./locales";

/**
 * The language of the page being rendered, for the few server components Next renders without
 * route params (not-found.tsx). The [locale] layout sets it before its children render; it lives
 * for one render only (React's cache), so two requests never share it.
 */
const current = cache(() => ({ locale: "en" as Locale }));

export function setRenderLocale(locale: Locale) {
  current().locale = locale;
}

export function renderLocale(): Locale {
  return current().locale;
}

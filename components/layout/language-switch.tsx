"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { locales, localePath, type Locale } from "@/lib/i18n";

/** Locale-free path of the current page, from the route segments below [locale]. */
export function useLocaleFreePath(): string {
  const segments = useSelectedLayoutSegments().filter(
    (s) => !s.startsWith("(") && !s.startsWith("__"),
  );
  return `/${segments.join("/")}`;
}

/**
 * GOV.UK-style language navigation: the current language is plain text, the other links to the
 * same page in that language and is marked with its own `lang` and `hreflang`.
 */
export function LanguageSwitch({
  locale,
  label,
  names,
}: {
  locale: Locale;
  label: string;
  names: Record<Locale, string>;
}) {
  const path = useLocaleFreePath();
  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {locales.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" lang={code}>
                {names[code]}
              </span>
            ) : (
              <a href={localePath(code, path)} hrefLang={code} lang={code} rel="alternate">
                {names[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

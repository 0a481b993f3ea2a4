"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { useEffect, useState } from "react";
import { locales, localePath, type Locale } from "@/lib/i18n";

/** Locale-free path of the current page, from the route segments below [locale]. */
export function useLocaleFreePath(): string {
  const segments = useSelectedLayoutSegments().filter(
    (s) => !s.startsWith("(") && !s.startsWith("__"),
  );
  return `/${segments.join("/")}`;
}

/**
 * The query and fragment of the address the reader is at (`?nation=wales`, `#how-much-do-they-cost`),
 * kept up to date as they move between anchors. Empty until scripts run: the server's link goes
 * to the same page without them.
 */
function useQueryAndFragment(path: string): string {
  const [suffix, setSuffix] = useState("");
  useEffect(() => {
    const update = () => setSuffix(window.location.search + window.location.hash);
    update();
    window.addEventListener("hashchange", update);
    window.addEventListener("popstate", update);
    return () => {
      window.removeEventListener("hashchange", update);
      window.removeEventListener("popstate", update);
    };
  }, [path]);
  return suffix;
}

/**
 * GOV.UK-style language navigation: the current language is plain text, the other links to the
 * same page in that language, with the same filters and anchor, and is marked with its own
 * `lang` and `hreflang`. A page with no counterpart (the not-found page) names the one to go to
 * instead, in `to`.
 */
export function LanguageSwitch({
  locale,
  label,
  names,
  to,
}: {
  locale: Locale;
  label: string;
  names: Record<Locale, string>;
  to?: string;
}) {
  const current = useLocaleFreePath();
  const path = to ?? current;
  const kept = useQueryAndFragment(path);
  const suffix = to ? "" : kept;
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
              <a href={`${localePath(code, path)}${suffix}`} hrefLang={code} lang={code} rel="alternate">
                {names[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n";
import { useLocaleFreePath } from "./language-switch";

/** The header's main navigation; the section the reader is in is marked for everyone. */
export function MainNav({
  locale,
  label,
  items,
}: {
  locale: Locale;
  label: string;
  items: ReadonlyArray<{ href: string; text: string }>;
}) {
  const path = useLocaleFreePath();
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map((item) => {
          const current =
            item.href === "/" ? path === "/" : path === item.href || path.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={localePath(locale, item.href)}
                aria-current={current ? (path === item.href ? "page" : "true") : undefined}
              >
                {item.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

"use client";

import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n";
import { useLocaleFreePath } from "./language-switch";

type Item = { href: string; text: string };

/**
 * The header's main navigation; the section the reader is in is marked for everyone. It is drawn
 * twice: in full from 40rem, and behind a "Menu" disclosure on a phone. The stylesheet displays
 * one of them, so screen readers and the keyboard meet only one.
 */
export function MainNav({ locale, label, menu, items }: { locale: Locale; label: string; menu: string; items: readonly Item[] }) {
  const path = useLocaleFreePath();
  const list = (
    <ul>
      {items.map((item) => {
        const current = item.href === "/" ? path === "/" : path === item.href || path.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link href={localePath(locale, item.href)} aria-current={current ? (path === item.href ? "page" : "true") : undefined}>
              {item.text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      <nav aria-label={label} className="main-nav main-nav-wide">
        {list}
      </nav>
      <details className="nav-menu">
        <summary>{menu}</summary>
        <nav aria-label={label} className="main-nav">
          {list}
        </nav>
      </details>
    </>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";

const SECTIONS = [
  { href: "/staff", label: "Overview" },
  { href: "/staff/organisations", label: "Organisations" },
  { href: "/staff/micro-credentials", label: "Micro-credentials" },
  { href: "/staff/uptake", label: "Fact sheet uptake" },
  { href: "/staff/feedback", label: "Feedback" },
] as const;

/** The staff area's sections; the one the page belongs to is marked as current. */
export function StaffNav({ locale }: { locale: Locale }) {
  const path = usePathname();
  const bare = locale === "en" ? path : path.replace(/^\/cy(?=\/|$)/, "");
  const current = [...SECTIONS].reverse().find((s) => bare === s.href || bare.startsWith(`${s.href}/`))?.href;
  return (
    <nav aria-label="Staff area" className="tabs">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={localePath(locale, s.href)} aria-current={current === s.href ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

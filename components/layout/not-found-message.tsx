"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, localePath, type Messages } from "@/lib/i18n";

type Pick = { notFound: Messages["notFound"] };

export function NotFoundMessage({ messages }: { messages: { en: Pick; cy: Pick } }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params.locale) ? params.locale : "en";
  const t = messages[locale].notFound;
  return (
    <div className="narrow">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <Link href={localePath(locale, "/")}>{t.home}</Link>
      </p>
    </div>
  );
}

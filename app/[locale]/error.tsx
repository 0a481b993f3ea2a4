"use client";

import { useParams } from "next/navigation";
import cy from "@/content/messages/cy.json";
import en from "@/content/messages/en.json";
import { isLocale } from "@/lib/i18n/locales";

// Shown when a page throws. Production builds never send the error's message or stack here:
// the reader gets a plain explanation and a way to try again.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const t = (isLocale(params.locale) && params.locale === "cy" ? cy : en).error;
  return (
    <div className="narrow">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t.retry}
        </button>
      </p>
    </div>
  );
}

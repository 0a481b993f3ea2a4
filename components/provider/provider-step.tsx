import Link from "next/link";
import type { ReactNode } from "react";
import { fill, localePath, type Locale, type Messages } from "@/lib/i18n";

/**
 * One numbered step of the provider's path (contact details, logo): the way back, "Step n of 4"
 * and the heading; a suspended organisation sees why it cannot change anything instead of the form.
 */
export function ProviderStep({
  locale,
  t,
  step,
  title,
  suspended,
  children,
}: {
  locale: Locale;
  t: Messages["provider"];
  step: number;
  title: string;
  suspended: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <p>
        <Link href={localePath(locale, "/provider")}>{t.back}</Link>
      </p>
      <p className="caption">{fill(t.stepOf, { step })}</p>
      <h1 id="step-heading">{title}</h1>
      {suspended ? (
        <div className="notice notice-warning">
          <p>{t.errors.logo.suspended}.</p>
        </div>
      ) : (
        children
      )}
    </>
  );
}

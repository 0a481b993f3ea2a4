import type { ReactNode } from "react";
import { getMessages, type Locale } from "@/lib/i18n";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The whole document around a page: language, skip link, header, main and footer. The locale
 * layout and the not-found page for unknown addresses (which has no layout) both use it.
 */
export function SiteDocument({
  locale,
  fontClass,
  switchTo,
  children,
}: {
  locale: Locale;
  fontClass: string;
  switchTo?: string;
  children: ReactNode;
}) {
  const t = getMessages(locale);
  return (
    <html lang={locale} className={fontClass}>
      <body>
        <a href="#main-content" className="skip-link">
          {t.skipLink}
        </a>
        <SiteHeader locale={locale} switchTo={switchTo} />
        <main id="main-content" tabIndex={-1} className="container main" data-pagefind-body="">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}

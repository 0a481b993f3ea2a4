import type { ReactNode } from "react";
import { FallbackNotice } from "@/components/layout/fallback-notice";
import { PageMeta } from "@/components/layout/page-meta";
import type { Localised } from "@/lib/content";
import type { Locale } from "@/lib/i18n";

/**
 * Frame for one content document: the Welsh notice and an English `lang` when the text is a
 * fallback, then the page's own parts, then "last updated" and the edit link.
 */
export function LocalisedArticle({
  locale,
  item,
  updated,
  children,
}: {
  locale: Locale;
  item: Pick<Localised<unknown>, "fallback" | "lang" | "sourcePath">;
  updated: string;
  children: ReactNode;
}) {
  return (
    <article>
      {item.fallback ? <FallbackNotice locale={locale} /> : null}
      <div lang={item.fallback ? item.lang : undefined}>{children}</div>
      <PageMeta locale={locale} updated={updated} sourcePath={item.sourcePath} />
    </article>
  );
}

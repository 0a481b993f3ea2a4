import { getMessages, type Locale } from "@/lib/i18n";

/** The public sources a document cites, as a list of external links, each title in its own language. */
export function SourceList({
  locale,
  sources,
}: {
  locale: Locale;
  sources?: ReadonlyArray<{ title: string; url: string; lang?: string }>;
}) {
  if (!sources?.length) return null;
  const t = getMessages(locale).page;
  return (
    <section aria-labelledby="sources-heading" className="prose">
      <h2 id="sources-heading">{t.sources}</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener" lang={source.lang === locale ? undefined : (source.lang ?? "en")}>
              {source.title}
              <span className="sr-only"> {t.externalLink}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

import Link from "next/link";
import { Mdx } from "@/components/mdx/mdx";
import { getResources } from "@/lib/content";
import { RESOURCE_TYPES, type ResourceType } from "@/lib/vocabulary";
import { fill, formatDate, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { FocusResults } from "@/components/ui/focus-results";

type Props = PageProps<"/[locale]/resources">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).resources;
  return pageMetadata({ locale, path: "/resources", title: t.title, description: t.description });
}

export default async function ResourcesPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const requested = queryValue((await searchParams).type);
  const type = RESOURCE_TYPES.find((r) => r === requested) as ResourceType | undefined;
  const t = getMessages(locale).resources;
  const all = getResources(locale);
  const shown = type ? all.filter((r) => r.doc.resourceType === type) : all;
  const base = localePath(locale, "/resources");

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {/* Plain links: each filtered list is its own document, the same with or without JavaScript. */}
      <nav aria-label={t.filterLabel} className="tabs">
        <ul>
          <li>
            <a href={`${base}#results`} aria-current={type ? undefined : "page"}>
              {t.all}
            </a>
          </li>
          {RESOURCE_TYPES.map((r) => (
            <li key={r}>
              <a href={`${base}?type=${r}#results`} aria-current={type === r ? "page" : undefined}>
                {t.types[r]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="result-count" id="results" tabIndex={-1}>
        {fill(t.count, { count: shown.length })}
      </p>
      <FocusResults id="results" />
      {shown.length === 0 ? <p>{t.none}</p> : null}
      <ul className="result-list">
        {shown.map(({ doc, fallback, lang, titleLang }) => {
          const href = doc.url ?? doc.file;
          return (
            <li key={doc.slug} id={doc.slug} lang={fallback ? lang : undefined}>
              <h2 className="result-title" lang={titleLang === locale ? undefined : titleLang}>
                {href ? (
                  <Link href={href.startsWith("/") ? localePath(locale, href) : href}>{doc.title}</Link>
                ) : (
                  doc.title
                )}
              </h2>
              <p className="caption" lang={locale}>
                {t.type[doc.resourceType]} · {t.publisher}: <span lang={fallback ? lang : undefined}>{doc.publisher}</span>
                {doc.published ? (
                  <>
                    {" "}
                    · {t.published} <time dateTime={doc.published.slice(0, 10)}>{formatDate(doc.published, locale)}</time>
                  </>
                ) : null}
              </p>
              <p>{doc.summary}</p>
              <details>
                <summary lang={locale}>{t.more}</summary>
                <Mdx code={doc.body.code} locale={locale} idPrefix={`${doc.slug}-`} />
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}

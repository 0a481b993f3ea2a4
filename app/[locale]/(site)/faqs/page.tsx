import { JsonLd } from "@/components/content/json-ld";
import { Mdx } from "@/components/mdx/mdx";
import { PageMeta } from "@/components/layout/page-meta";
import { FallbackNotice } from "@/components/layout/fallback-notice";
import { getFaqsByCategory } from "@/lib/content";
import { slugify } from "@/lib/content/slug";
import { getMessages, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { anchors } from "@/lib/vocabulary";

type Props = PageProps<"/[locale]/faqs">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).faqs;
  return pageMetadata({ locale, path: "/faqs", title: t.title, description: t.description });
}

export default async function FaqsPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).faqs;
  const groups = getFaqsByCategory(locale);
  const all = groups.flatMap((g) => g.items);
  const updated = all.map((f) => f.doc.updated).sort().at(-1) ?? new Date().toISOString();
  // Question anchors come from the file name, so they stay the same in both languages.
  const anchor = (slug: string) => slugify(slug);

  return (
    <>
      <h1>{t.title}</h1>
      {all.some((f) => f.fallback) ? <FallbackNotice locale={locale} /> : null}
      <nav aria-labelledby="faq-contents" className="prose">
        <h2 id="faq-contents">{t.contents}</h2>
        {groups.map((group) => (
          <div key={group.category}>
            <h3>{t.categories[group.category]}</h3>
            <ul>
              {group.items.map(({ doc, fallback, lang }) => (
                <li key={doc.slug} lang={fallback ? lang : undefined}>
                  <a href={`#${anchor(doc.slug)}`}>{doc.question}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={anchors.faqCategory(group.category)}>
          <h2 id={anchors.faqCategory(group.category)}>{t.categories[group.category]}</h2>
          {group.items.map(({ doc, fallback, lang }) => (
            <div key={doc.slug} className="faq" lang={fallback ? lang : undefined}>
              <h3 id={anchor(doc.slug)}>{doc.question}</h3>
              <Mdx code={doc.body.code} locale={locale} />
            </div>
          ))}
        </section>
      ))}
      <PageMeta locale={locale} updated={updated} />
      <JsonLd
        data={{
          "@type": "FAQPage",
          inLanguage: locale,
          mainEntity: all.map(({ doc }) => ({
            "@type": "Question",
            name: doc.question,
            acceptedAnswer: { "@type": "Answer", text: doc.body.raw.trim() },
          })),
        }}
      />
    </>
  );
}

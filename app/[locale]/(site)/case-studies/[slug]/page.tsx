import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalisedArticle } from "@/components/content/localised-article";
import { SourceList } from "@/components/content/source-list";
import { Mdx } from "@/components/mdx/mdx";
import { getCaseStudies, getCaseStudy } from "@/lib/content";
import { getMessages, localePath, locales, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { article, breadcrumbList } from "@/lib/site/structured-data";
import { JsonLd } from "@/components/content/json-ld";

type Props = PageProps<"/[locale]/case-studies/[slug]">;

export function generateStaticParams() {
  return locales.flatMap((locale) => getCaseStudies(locale).map(({ doc }) => ({ locale, slug: doc.slug })));
}
export const dynamicParams = false;

async function load({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const item = getCaseStudy(locale, slug) ?? notFound();
  return { locale, item };
}

export async function generateMetadata(props: Props) {
  const { locale, item } = await load(props);
  return pageMetadata({
    locale,
    path: `/case-studies/${item.doc.slug}`,
    title: item.doc.title,
    description: item.doc.description,
  });
}

export default async function CaseStudyPage(props: Props) {
  const { locale, item } = await load(props);
  const messages = getMessages(locale);
  const t = messages.caseStudies;
  const { doc } = item;
  return (
    <LocalisedArticle locale={locale} item={item} updated={doc.updated}>
      <p className="no-print">
        <Link href={localePath(locale, "/case-studies")}>{t.back}</Link>
      </p>
      <h1>{doc.title}</h1>
      <p className="lead">{doc.summary}</p>
      <dl className="facts">
        <dt lang={locale}>{t.provider}</dt>
        <dd>{doc.provider}</dd>
        <dt lang={locale}>{t.nation}</dt>
        <dd lang={locale}>{messages.nations[doc.nation]}</dd>
        <dt lang={locale}>{t.providerType}</dt>
        <dd lang={locale}>{messages.providerTypes[doc.providerType]}</dd>
        <dt lang={locale}>{t.themes}</dt>
        <dd lang={locale}>{doc.themes.map((theme) => messages.caseStudyThemes[theme]).join(", ")}</dd>
      </dl>
      <Mdx code={doc.body.code} locale={locale} />
      <SourceList locale={locale} sources={doc.sources} />
      <JsonLd data={breadcrumbList(locale, [{ name: t.title, path: "/case-studies" }, { name: doc.title, path: `/case-studies/${doc.slug}` }])} />
      <JsonLd
        data={article(locale, {
          title: doc.title,
          description: doc.description,
          path: `/case-studies/${doc.slug}`,
          updated: doc.updated.slice(0, 10),
          published: doc.published?.slice(0, 10),
          lang: item.lang,
        })}
      />
    </LocalisedArticle>
  );
}

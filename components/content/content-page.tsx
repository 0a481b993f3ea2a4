import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Mdx } from "@/components/mdx/mdx";
import { getPage } from "@/lib/content";
import { isLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { EnglishOnlyPages } from "./english-only-pages";
import { LocalisedArticle } from "./localised-article";
import { SourceList } from "./source-list";

type LocaleParams = { params: Promise<{ locale: string }> };

function resolve(locale: string, slug: string) {
  if (!isLocale(locale)) notFound();
  const page = getPage(locale, slug);
  if (!page) notFound();
  return { locale, page };
}

/** Metadata for a standalone content page at `/<slug>`. */
export async function contentPageMetadata({ params }: LocaleParams, slug: string): Promise<Metadata> {
  const { locale, page } = resolve((await params).locale, slug);
  return pageMetadata({ locale, path: `/${slug}`, title: page.doc.title, description: page.doc.description });
}

/** A standalone page from content/pages/<locale>/<slug>.mdx. */
export async function ContentPage({ params, slug }: LocaleParams & { slug: string }) {
  const { locale, page } = resolve((await params).locale, slug);
  return (
    <LocalisedArticle locale={locale} item={page} updated={page.doc.updated}>
      <h1>{page.doc.title}</h1>
      <Mdx code={page.doc.body.code} locale={locale} blocks={{ EnglishOnlyPages: () => <EnglishOnlyPages locale={locale} /> }} />
      <SourceList locale={locale} sources={page.doc.sources} />
    </LocalisedArticle>
  );
}


import Link from "next/link";
import { SiteSearch } from "@/components/search/site-search";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/search">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).search;
  // Results pages are kept out of search engines; the site itself is in the sitemap.
  return privatePageMetadata({ locale, path: "/search", title: t.title, description: t.description });
}

/**
 * Site search: the results come from the Pagefind index, in the browser. The page itself is
 * static; without JavaScript (or before it loads) it says so and offers the main lists instead.
 */
export default async function SearchPage({ params }: Props) {
  const locale = await routeLocale(params);
  const messages = getMessages(locale);
  const { title, description: _d, noScript, ...strings } = messages.search;
  return (
    <>
      <h1>{title}</h1>
      <SiteSearch locale={locale} action={localePath(locale, "/search")} t={strings}>
        <div className="notice notice-warning">
          <p>{noScript}</p>
          <ul>
            <li>
              <Link href={localePath(locale, "/faqs")}>{messages.faqs.title}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/case-studies")}>{messages.caseStudies.title}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/resources")}>{messages.resources.title}</Link>
            </li>
          </ul>
        </div>
      </SiteSearch>
    </>
  );
}

import { getFeedItems } from "@/lib/content";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { atomFeed } from "@/lib/site/feed";
import { siteUrl } from "@/lib/site/env";

export const dynamic = "force-static";

export function generateStaticParams() {
  return [{ locale: "en" }, { locale: "cy" }];
}

/** /feed.xml and /cy/feed.xml: case studies, webinars, reports and resources, newest first (Atom). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const locale = await routeLocale(params);
  const messages = getMessages(locale);
  const t = messages.feed;
  const xml = atomFeed({
    site: siteUrl(),
    selfPath: localePath(locale, "/feed.xml"),
    homePath: localePath(locale, "/"),
    lang: locale,
    title: t.title,
    subtitle: t.subtitle,
    author: messages.site.name,
    typeName: (type) => t.types[type],
    items: getFeedItems(locale),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}

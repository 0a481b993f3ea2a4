import { listPublicRecords } from "@/lib/directory";
import { localised } from "@/lib/directory/present";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { atomFeed } from "@/lib/site/feed";
import { siteUrl } from "@/lib/site/env";

export const dynamic = "force-dynamic";

/** How many entries the feed holds: the latest changes, newest first. */
const ENTRIES = 50;

/**
 * /micro-credentials/feed.xml and /cy/…: micro-credentials published, changed or withdrawn, newest
 * change first (Atom). An entry's id is its page, so a reader sees a change as the same entry
 * updated; it changes whenever a provider changes something, so on any day with changes.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/micro-credentials/feed.xml">) {
  const locale = await routeLocale(params);
  const messages = getMessages(locale);
  const t = messages.directory;
  const rows = await listPublicRecords(ENTRIES);
  const xml = atomFeed({
    site: siteUrl(),
    selfPath: localePath(locale, "/micro-credentials/feed.xml"),
    homePath: localePath(locale, "/micro-credentials"),
    lang: locale,
    title: t.openData.feedTitle,
    subtitle: t.openData.feedSubtitle,
    author: messages.site.name,
    typeName: (type) => (type === "withdrawn" ? t.result.withdrawn : t.feedCategory),
    items: rows.map((row) => {
      const text = localised(row, locale);
      return {
        type: row.status === "withdrawn" ? "withdrawn" : "micro-credential",
        title: text.title,
        titleLang: text.lang,
        lang: locale,
        summary: `${row.organisation.name}: ${text.description}`.slice(0, 500),
        path: localePath(locale, `/micro-credentials/${row.slug}`),
        published: row.publishedAt?.toISOString(),
        updated: row.updatedAt.toISOString(),
      };
    }),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-cache" } });
}

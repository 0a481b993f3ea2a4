import type { FeedItem } from "@/lib/content";

/** Escapes text for XML content and attribute values. */
export function xmlText(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** A content date (YYYY-MM-DD, or a full ISO date) as an RFC 3339 timestamp. */
const timestamp = (date: string) => new Date(date.length === 10 ? `${date}T00:00:00Z` : date).toISOString();

/**
 * An Atom 1.0 feed (RFC 4287). Each entry's id is its address on this site, so it never changes
 * while the page stays; the feed's `updated` is that of its newest entry.
 */
export function atomFeed<Item extends Omit<FeedItem, "type" | "date"> & { type: string }>({
  site,
  selfPath,
  homePath,
  lang,
  title,
  subtitle,
  author,
  typeName,
  items,
}: {
  site: URL;
  selfPath: string;
  homePath: string;
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  typeName: (type: Item["type"]) => string;
  items: Item[];
}): string {
  const url = (path: string) => xmlText(new URL(path, site).href);
  const updated = items.map((i) => timestamp(i.updated)).sort().at(-1) ?? new Date(0).toISOString();
  const entries = items.map(
    (item) => `  <entry xml:lang="${item.lang}">
    <id>${url(item.path)}</id>
    <title${item.titleLang === item.lang ? "" : ` xml:lang="${item.titleLang}"`}>${xmlText(item.title)}</title>
    <link rel="alternate" type="text/html" href="${url(item.path)}"/>
    <category term="${item.type}" label="${xmlText(typeName(item.type))}"/>
${item.published ? `    <published>${timestamp(item.published)}</published>\n` : ""}    <updated>${timestamp(item.updated)}</updated>
    <summary>${xmlText(item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${url(selfPath)}</id>
  <title>${xmlText(title)}</title>
  <subtitle>${xmlText(subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${url(selfPath)}"/>
  <link rel="alternate" type="text/html" href="${url(homePath)}"/>
  <author><name>${xmlText(author)}</name></author>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}

import { listForSitemap } from "@/lib/directory";
import { localePath } from "@/lib/i18n/locales";
import { xmlText } from "@/lib/site/feed";
import { siteUrl } from "@/lib/site/env";

export const dynamic = "force-dynamic";

/**
 * /directory-sitemap.xml: the micro-credentials directory, each organisation's page and every
 * published micro-credential, in English and in Welsh with their hreflang alternates, dated by
 * their last change. Made per request from the database (robots.txt names it next to the site's
 * own sitemap); withdrawn micro-credentials keep their pages but leave this list.
 */
export async function GET() {
  const base = siteUrl();
  const rows = await listForSitemap();
  const newest = new Map<string, Date>();
  const touch = (path: string, date: Date) => {
    const seen = newest.get(path);
    if (!seen || seen < date) newest.set(path, date);
  };
  for (const row of rows) {
    touch("/micro-credentials", row.updatedAt);
    touch(`/micro-credentials/providers/${row.organisation.slug}`, row.updatedAt);
    touch(`/micro-credentials/${row.slug}`, row.updatedAt);
  }
  if (!newest.has("/micro-credentials")) newest.set("/micro-credentials", new Date(0));
  const url = (locale: "en" | "cy", path: string) => xmlText(new URL(localePath(locale, path), base).href);
  const entries = [...newest].flatMap(([path, date]) =>
    (["en", "cy"] as const).map(
      (locale) => `  <url>
    <loc>${url(locale, path)}</loc>
    <xhtml:link rel="alternate" hreflang="en" href="${url("en", path)}"/>
    <xhtml:link rel="alternate" hreflang="cy" href="${url("cy", path)}"/>
    <xhtml:link rel="alternate" hreflang="x-default" href="${url("en", path)}"/>
    <lastmod>${date.toISOString()}</lastmod>
  </url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "no-cache" } });
}

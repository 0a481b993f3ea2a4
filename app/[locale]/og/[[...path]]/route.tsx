import { notFound } from "next/navigation";
import { pageTitle } from "@/lib/content";
import { indexablePaths } from "@/lib/content/files";
import { getMessages, routeLocale } from "@/lib/i18n";
import { siteUrl } from "@/lib/site/env";
import { socialImage } from "@/lib/site/social-image";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One image per public page and language, drawn at build time. */
export function generateStaticParams() {
  return indexablePaths(process.cwd()).flatMap((p) =>
    ["en", "cy"].map((locale) => ({ locale, path: p === "/" ? [] : p.slice(1).split("/") })),
  );
}

/** /og/<page path> and /cy/og/<page path>: the page's social image (PNG, 1200 × 630). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/og/[[...path]]">) {
  const locale = await routeLocale(params);
  const { path = [] } = await params;
  const messages = getMessages(locale);
  const title = pageTitle(locale, `/${path.join("/")}`, messages) ?? notFound();
  return socialImage({ title, siteName: messages.site.name, shortName: messages.site.shortName, host: siteUrl().host });
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { inter } from "./fonts/inter";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteDocument } from "@/components/layout/site-document";
import { getMessages, type Locale } from "@/lib/i18n";
import { LOCALE_HEADER } from "@/lib/i18n/path-locale";

// Every address no route matches, answered 404 by the server with the site's header and footer
// in the language of the address (/cy/… in Welsh): readable without JavaScript. The proxy
// passes the language in a request header it always sets itself.
async function locale(): Promise<Locale> {
  return (await headers()).get(LOCALE_HEADER) === "cy" ? "cy" : "en";
}

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages(await locale());
  return { title: `${t.notFound.title} – ${t.site.shortName}`, robots: { index: false } };
}

export default async function GlobalNotFound() {
  const current = await locale();
  return (
    // No page here has a counterpart in the other language: the switch goes to its home page.
    <SiteDocument locale={current} fontClass={inter.variable} switchTo="/">
      <NotFoundMessage locale={current} />
    </SiteDocument>
  );
}

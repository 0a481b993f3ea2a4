import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import "../globals.css";
import { inter } from "../fonts/inter";
import { ErrorStringsProvider } from "@/components/errors/error-strings";
import { SiteDocument } from "@/components/layout/site-document";
import { getMessages, isLocale, locales } from "@/lib/i18n";
import { setRenderLocale } from "@/lib/i18n/render-locale";
import { siteUrl } from "@/lib/site/env";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = getMessages(isLocale(locale) ? locale : "en");
  return {
    metadataBase: siteUrl(),
    title: { template: `%s – ${t.site.shortName}`, default: t.site.name },
    applicationName: t.site.name,
    // app/icon.svg is linked by Next; these are for browsers and phones that want a bitmap.
    icons: { icon: [{ url: "/favicon.ico", sizes: "16x16 32x32 48x48" }], apple: "/apple-touch-icon.png" },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = {
  themeColor: "#0b3d4f",
  width: "device-width",
  initialScale: 1,
};

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRenderLocale(locale);
  return (
    <SiteDocument locale={locale} fontClass={inter.variable}>
      <ErrorStringsProvider strings={getMessages(locale).error}>{children}</ErrorStringsProvider>
    </SiteDocument>
  );
}

import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages, isLocale } from "@/lib/i18n";
import { renderLocale } from "@/lib/i18n/render-locale";

// Shown when a page calls notFound() (an organisation's shareable page that does not exist); an
// address no route matches gets app/global-not-found.tsx. It gets no params: the [locale] layout
// has set the language. Only its few strings are in each page's payload.
// Known limit: on a dynamic page Next 16 answers 404 with an empty HTML shell and draws this
// page from the payload once scripts run (https://github.com/vercel/next.js/issues/62228).
export default function NotFound() {
  return <NotFoundMessage locale={renderLocale()} />;
}

export async function generateMetadata({ params }: { params?: Promise<{ locale?: string }> }): Promise<Metadata> {
  const fromParams = (await params)?.locale;
  const t = getMessages(isLocale(fromParams) ? fromParams : renderLocale());
  return { title: t.notFound.title, robots: { index: false } };
}

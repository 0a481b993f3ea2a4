import { notFound } from "next/navigation";
import { BrandedSheet } from "@/components/fact-sheet/branded-sheet";
import { brandOf, lockedText } from "@/lib/fact-sheet";
import { fill, getMessages, routeLocale } from "@/lib/i18n";
import { getPublicBrand } from "@/lib/organisations";
import { pageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/fact-sheet/[slug]">;

async function find({ params }: Props) {
  const locale = await routeLocale(params);
  const found = await getPublicBrand((await params).slug);
  return found && { locale, ...found };
}

// notFound() is called by the page, never here: thrown from metadata, it would leave the server's
// HTML empty (the not-found page then appears only once scripts run).
export async function generateMetadata(props: Props) {
  const found = await find(props);
  if (!found) return {};
  const { locale, organisation } = found;
  const t = getMessages(locale).brandedSheet;
  return pageMetadata({
    locale,
    path: `/fact-sheet/${organisation.slug}`,
    imagePath: "/fact-sheet",
    title: fill(t.pageTitle, { organisation: organisation.name }),
    description: lockedText(locale).description,
  });
}

/** The shareable page: the same branded sheet as HTML, for approved organisations only. */
export default async function SharedFactSheetPage(props: Props) {
  const { locale, organisation, profile } = (await find(props)) ?? notFound();
  const t = getMessages(locale).brandedSheet;
  const sheet = lockedText(locale);
  return (
    <>
      <h1>{fill(t.pageTitle, { organisation: organisation.name })}</h1>
      <p className="caption">{fill(t.sharedBy, { organisation: organisation.name })}</p>
      <div className="sheet-preview">
        <BrandedSheet
          sheet={sheet}
          locale={locale}
          brand={brandOf(organisation.name, profile, locale)}
          logoSrc={`/api/organisations/${organisation.slug}/logo?v=${profile?.version ?? 0}`}
          includeQr
        />
      </div>
    </>
  );
}

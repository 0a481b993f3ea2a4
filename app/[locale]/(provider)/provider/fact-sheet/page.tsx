import Link from "next/link";
import { redirect } from "next/navigation";
import { BrandedSheet } from "@/components/fact-sheet/branded-sheet";
import { requireActor } from "@/lib/auth/session";
import { brandOf, isSheetChoice, lockedText, sheetChoices, sheetLocales, type SheetChoice } from "@/lib/fact-sheet";
import { getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { siteUrl } from "@/lib/site/env";
import { privatePageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/provider/fact-sheet">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/fact-sheet", title: getMessages(locale).brandedSheet.title });
}

export default async function ProviderFactSheetPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/fact-sheet");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.brandedSheet;
  const query = await searchParams;
  const requested = queryValue(query.locale);
  const choice: SheetChoice = isSheetChoice(requested) ? requested : locale;
  const hasQrUrl = Boolean(mine.profile?.findOutMoreUrl);
  const includeQr = hasQrUrl && queryValue(query.qr) !== "0";
  const brand = brandOf(mine.organisation.name, mine.profile);
  const approved = mine.organisation.status === "approved";
  const download = `/api/fact-sheet?locale=${choice}${includeQr ? "" : "&qr=0"}`;
  const shareUrl = new URL(localePath(locale, `/fact-sheet/${mine.organisation.slug}`), siteUrl()).href;

  return (
    <>
      <p>
        <Link href={localePath(locale, "/provider")}>{messages.provider.back}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="narrow">{t.intro}</p>
      {approved ? null : (
        <div className="notice notice-warning" role="note">
          <p>{mine.organisation.status === "pending" ? t.pendingNotice : t.suspendedNotice}</p>
        </div>
      )}
      {/* A GET form: the choices are in the address, so the preview and download work without JavaScript. */}
      <form method="get" action={localePath(locale, "/provider/fact-sheet")} className="form sheet-options">
        <fieldset className="fieldset form-group">
          <legend className="form-label">{t.languageLegend}</legend>
          <div className="radios">
            {sheetChoices.map((c) => (
              <div className="radio" key={c}>
                <input type="radio" id={`locale-${c}`} name="locale" value={c} defaultChecked={c === choice} />
                <label htmlFor={`locale-${c}`} lang={c === "en" ? "en" : c === "cy" ? "cy" : undefined}>
                  {t.languages[c]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {hasQrUrl ? (
          <div className="form-group checkbox">
            <input type="hidden" name="qr" value="0" />
            <input type="checkbox" id="qr" name="qr" value="1" defaultChecked={includeQr} />
            <label htmlFor="qr">{t.includeQr}</label>
          </div>
        ) : (
          <p className="form-hint">
            {t.noQrUrl} <Link href={localePath(locale, "/provider/profile")}>{t.editBrand}</Link>
          </p>
        )}
        <button type="submit" className="button button-secondary">
          {t.show}
        </button>
      </form>
      {approved ? (
        <p>
          <a className="button" href={download} download>
            {t.download}
          </a>
        </p>
      ) : null}

      <h2>{t.previewHeading}</h2>
      <div className="sheet-preview">
        {sheetLocales(choice).map((l) => (
          <BrandedSheet key={l} sheet={lockedText(l)} locale={l} brand={brand} logoSrc={`/api/provider/logo?org=${mine.organisation.id}&v=${mine.profile?.version ?? 0}`} includeQr={includeQr} />
        ))}
      </div>

      {approved ? (
        <section aria-labelledby="share">
          <h2 id="share">{t.shareHeading}</h2>
          <p>
            {t.shareText} <a href={shareUrl}>{shareUrl}</a>
          </p>
        </section>
      ) : null}
      <p>
        <Link href={localePath(locale, "/provider/profile")}>{t.editBrand}</Link>
      </p>
    </>
  );
}

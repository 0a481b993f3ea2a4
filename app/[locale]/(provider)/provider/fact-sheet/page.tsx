import Link from "next/link";
import { redirect } from "next/navigation";
import { BrandedSheet } from "@/components/fact-sheet/branded-sheet";
import { FeedbackForm } from "@/components/fact-sheet/feedback-form";
import { requireActor } from "@/lib/auth/session";
import { hasDirectoryPage } from "@/lib/directory";
import { brandOf, isSheetChoice, lockedText, qrChosen, qrTarget, sheetChoices, sheetLocales, type SheetChoice } from "@/lib/fact-sheet";
import { getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { siteUrl } from "@/lib/site/env";
import { feedbackFormText } from "@/lib/feedback/strings";
import { privatePageMetadata } from "@/lib/site/metadata";
import { sendFeedbackAction } from "../../../(site)/feedback/actions";

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
  const available = { website: Boolean(mine.profile?.findOutMoreUrl), directory: await hasDirectoryPage(mine.organisation.id) };
  const target = qrTarget(queryValue(query.qrTo), available);
  const hasQrUrl = target !== undefined;
  const qrValues = [query.qr ?? []].flat();
  const includeQr = hasQrUrl && qrChosen(qrValues);
  const directorySlug = includeQr && target === "directory" ? mine.organisation.slug : undefined;
  const approved = mine.organisation.status === "approved";
  const noContact = !mine.profile?.contactName && !mine.profile?.email && !mine.profile?.phone;
  const downloadUrl = `/api/fact-sheet?locale=${choice}&qr=${includeQr ? "1" : "0"}${directorySlug ? "&qrTo=directory" : ""}${locale === "cy" ? "&ui=cy" : ""}`;
  const confirming = approved && noContact && queryValue(query.confirm) === "download";
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
      {confirming ? (
        <div className="notice notice-warning" role="alert" aria-labelledby="no-contact-heading">
          <h2 id="no-contact-heading">{t.noContactHeading}</h2>
          <p>{t.noContactText}</p>
          <div className="button-group">
            <Link className="button" href={localePath(locale, "/provider/profile")}>
              {t.addContact}
            </Link>
            <a className="button button-secondary" href={downloadUrl} download>
              {t.downloadAnyway}
            </a>
          </div>
        </div>
      ) : null}
      {/*
        One GET form for both buttons, so what is downloaded is always what the form shows at that
        moment: "Update the preview" reloads this page, "Download the PDF" sends the same fields to
        the PDF route. The choices travel in the address, so both work without JavaScript.
      */}
      <form method="get" action={`${localePath(locale, "/provider/fact-sheet")}#preview`} className="form sheet-options">
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
        {available.website && available.directory ? (
          <fieldset className="fieldset form-group">
            <legend className="form-label">{t.qrTargetLegend}</legend>
            <div className="radios">
              {(["website", "directory"] as const).map((value) => (
                <div className="radio" key={value}>
                  <input type="radio" id={`qrTo-${value}`} name="qrTo" value={value} defaultChecked={target === value} />
                  <label htmlFor={`qrTo-${value}`}>{value === "website" ? t.qrTargetWebsite : t.qrTargetDirectory}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        {/* The page's language, for the downloaded file's name. */}
        {locale === "cy" ? <input type="hidden" name="ui" value="cy" /> : null}
        {hasQrUrl ? (
          <div className="form-group checkbox">
            {/* Sent first; a ticked box adds qr=1 after it, and the last value wins (qrChosen). */}
            <input type="hidden" name="qr" value="0" />
            <input type="checkbox" id="qr" name="qr" value="1" defaultChecked={includeQr} />
            <label htmlFor="qr">{available.website ? t.includeQr : t.includeQrDirectory}</label>
          </div>
        ) : (
          <p className="form-hint">
            {t.noQrUrl} <Link href={localePath(locale, "/provider/profile")}>{t.editBrand}</Link>
          </p>
        )}
        <div className="button-group">
          <button type="submit" className="button button-secondary">
            {t.show}
          </button>
          {approved ? (
            noContact ? (
              <button type="submit" className="button" name="confirm" value="download">
                {t.download}
              </button>
            ) : (
              <button type="submit" className="button" formAction="/api/fact-sheet">
                {t.download}
              </button>
            )
          ) : null}
        </div>
      </form>

      <h2 id="preview" tabIndex={-1}>
        {t.previewHeading}
      </h2>
      <div className="sheet-preview">
        {sheetLocales(choice).map((l) => (
          <BrandedSheet key={l} sheet={lockedText(l)} locale={l} brand={brandOf(mine.organisation.name, mine.profile, l, directorySlug)} logoSrc={`/api/provider/logo?org=${mine.organisation.id}&v=${mine.profile?.version ?? 0}`} includeQr={includeQr} />
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
      <FeedbackForm
        submit={sendFeedbackAction}
        locale={locale}
        source="provider"
        permalink={localePath(locale, "/provider/fact-sheet")}
        {...feedbackFormText(messages)}
      />
    </>
  );
}

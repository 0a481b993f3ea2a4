import Link from "next/link";
import { ProviderStep } from "@/components/provider/provider-step";
import { redirect } from "next/navigation";
import { LogoForm } from "@/components/provider/logo-form";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import type { LogoErrorCode } from "@/lib/logo/normalise";
import { getMyOrganisation } from "@/lib/organisations";
import { describeErrors } from "@/lib/organisations/messages";
import { privatePageMetadata } from "@/lib/site/metadata";
import { removeLogoAction } from "../actions";

type Props = PageProps<"/[locale]/provider/logo">;

// The outcome codes /api/provider/logo may put in the address: only these become a message.
const LOGO_ERROR_CODES = new Set<string>([
  ...(["empty", "tooBig", "type", "corrupt", "animated", "dimensions", "svgUnsafe", "timeout"] satisfies LogoErrorCode[]),
  "missing",
  "tooMany",
  "suspended",
]);
const ALT_ERROR_CODES = new Set(["tooLong", "unsafeText"]);

/** Width to height beyond which the logo is a sliver, or below which it is small, in the sheet's band. */
const WIDE = 6;
const TALL = 1;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/logo", title: getMessages(locale).provider.logoHeading });
}

/** Step 3: the logo and its description. */
export default async function LogoPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/logo");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.provider;
  const query = await searchParams;
  const { organisation, profile } = mine;
  const logoCode = queryValue(query.logoError);
  const altCode = queryValue(query.altError);
  const logoError = logoCode && LOGO_ERROR_CODES.has(logoCode) ? describeErrors({ logo: `logo.${logoCode}` }, locale).logo : undefined;
  const altError = altCode && ALT_ERROR_CODES.has(altCode) ? describeErrors({ logoAlt: altCode }, locale).logoAlt : undefined;
  const outcome = queryValue(query.logo);
  const notice = queryValue(query.notice);
  const typedAlt = logoError || altError ? queryValue(query.logoAlt) : undefined;
  const ratio = profile?.logoWidth && profile.logoHeight ? profile.logoWidth / profile.logoHeight : undefined;

  return (
    <ProviderStep locale={locale} t={t} step={3} title={t.logoHeading} suspended={organisation.status === "suspended"}>
      <p className="narrow">{t.logoIntro}</p>
      <StatusNotice
        text={outcome === "saved" ? t.logoSaved : outcome === "described" ? t.logoDescribed : notice === "logoRemoved" ? t.logoRemoved : undefined}
      />
      {outcome === "saved" || outcome === "described" ? (
        <p>
          <Link className="button" href={localePath(locale, "/provider/fact-sheet")}>
            {t.continue}
          </Link>
        </p>
      ) : null}
      {profile?.logoWidth && profile.logoHeight ? (
        <>
          {/* The same box as the PDF's: the logo is shown at the size and shape it has on the sheet. */}
          <figure className="logo-preview">
            <div className="sheet-band">
              <div className="sheet-logo-box">
                {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route */}
                <img
                  className="sheet-logo"
                  src={`/api/provider/logo?org=${organisation.id}&v=${profile.version}`}
                  alt={profile.logoAlt || `${organisation.name} logo`}
                  width={profile.logoWidth}
                  height={profile.logoHeight}
                />
              </div>
            </div>
            <figcaption>{t.logoPreviewCaption}</figcaption>
          </figure>
          {ratio && ratio > WIDE ? <p className="notice notice-warning">{t.logoShapeWide}</p> : null}
          {ratio && ratio < TALL ? <p className="notice notice-warning">{t.logoShapeTall}</p> : null}
        </>
      ) : (
        <p>{t.noLogo}</p>
      )}
      <LogoForm
        locale={locale}
        organisationId={organisation.id}
        t={t}
        forms={messages.forms}
        alt={typedAlt ?? profile?.logoAlt ?? ""}
        logoError={logoError}
        altError={altError}
      />
      {profile?.logoWidth ? (
        <form action={removeLogoAction} className="form-after">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="organisationId" value={organisation.id} />
          <button type="submit" className="button button-secondary">
            {t.removeLogo}
          </button>
        </form>
      ) : null}
    </ProviderStep>
  );
}

import Link from "next/link";
import { redirect } from "next/navigation";
import { LogoForm } from "@/components/provider/logo-form";
import { ProfileForm } from "@/components/provider/profile-form";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import type { LogoErrorCode } from "@/lib/logo/normalise";
import { getMyOrganisation } from "@/lib/organisations";
import { describeErrors } from "@/lib/organisations/messages";
import { privatePageMetadata } from "@/lib/site/metadata";
import { removeLogoAction } from "../actions";

type Props = PageProps<"/[locale]/provider/profile">;

const LOGO_ERROR_CODES = new Set<string>([
  ...(["empty", "tooBig", "type", "corrupt", "animated", "dimensions", "svgUnsafe", "timeout"] satisfies LogoErrorCode[]),
  "missing",
  "tooMany",
  "suspended",
]);

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/profile", title: getMessages(locale).provider.profileTitle });
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/profile");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.provider;
  const query = await searchParams;
  const notice = queryValue(query.notice);
  // The upload's outcome, from /api/provider/logo's redirect: only known codes become a message.
  const logoCode = queryValue(query.logoError);
  const logoError = logoCode && LOGO_ERROR_CODES.has(logoCode) ? describeErrors({ logo: `logo.${logoCode}` }, locale).logo : undefined;
  const { organisation, profile } = mine;
  const initial = {
    contactName: profile?.contactName ?? "",
    jobTitle: profile?.jobTitle ?? "",
    email: profile?.email ?? "",
    phone: profile?.phone ?? "",
    website: profile?.website ?? "",
    address: (profile?.addressLines ?? []).join("\n"),
    findOutMoreUrl: profile?.findOutMoreUrl ?? "",
    logoAlt: profile?.logoAlt ?? "",
    publicContact: profile?.publicContact ? "on" : "",
  };
  if (organisation.status === "suspended") {
    return (
      <>
        <h1>{t.profileTitle}</h1>
        <div className="notice notice-warning">
          <p>{t.errors.logo.suspended}.</p>
        </div>
      </>
    );
  }
  return (
    <>
      <p>
        <Link href={localePath(locale, "/provider")}>{t.back}</Link>
      </p>
      <h1>{t.profileTitle}</h1>
      <p className="caption">{organisation.name}</p>
      <p className="narrow">{t.profileIntro}</p>
      <div className="two-columns">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="sr-only">
            {t.profileTitle}
          </h2>
          <ProfileForm locale={locale} organisationId={organisation.id} initial={initial} t={t} forms={messages.forms} />
        </section>
        <section aria-labelledby="logo-heading">
          <h2 id="logo-heading">{t.logoHeading}</h2>
          <StatusNotice text={notice === "logoRemoved" ? t.logoRemoved : undefined} />
          {profile?.logoWidth ? (
            <figure className="logo-preview">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route */}
              <img
                src={`/api/provider/logo?org=${organisation.id}&v=${profile.version}`}
                alt={profile.logoAlt || `${organisation.name} logo`}
                width={profile.logoWidth}
                height={profile.logoHeight ?? undefined}
              />
              <figcaption>{t.currentLogo}</figcaption>
            </figure>
          ) : (
            <p>{t.noLogo}</p>
          )}
          <LogoForm locale={locale} organisationId={organisation.id} t={t} forms={messages.forms} saved={queryValue(query.logo) === "saved"} error={logoError} />
          {profile?.logoWidth ? (
            <form action={removeLogoAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="organisationId" value={organisation.id} />
              <button type="submit" className="button button-secondary">
                {t.removeLogo}
              </button>
            </form>
          ) : null}
        </section>
      </div>
    </>
  );
}

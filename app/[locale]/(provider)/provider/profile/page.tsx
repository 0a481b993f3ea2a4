import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/provider/profile-form";
import { ProviderStep } from "@/components/provider/provider-step";
import { requireActor } from "@/lib/auth/session";
import { getMessages, localePath, pick, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";
import { saveProfileAction } from "../actions";

type Props = PageProps<"/[locale]/provider/profile">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/profile", title: getMessages(locale).provider.profileTitle });
}

/** Step 2: the contact details printed in the sheet's contact strip. */
export default async function ProfilePage({ params }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/profile");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.provider;
  const { organisation, profile } = mine;
  const initial = {
    contactName: profile?.contactName ?? "",
    jobTitle: profile?.jobTitle ?? "",
    email: profile?.email ?? "",
    phone: profile?.phone ?? "",
    website: profile?.website ?? "",
    address: (profile?.addressLines ?? []).join("\n"),
    findOutMoreUrl: profile?.findOutMoreUrl ?? "",
    organisationNameCy: profile?.organisationNameCy ?? "",
    jobTitleCy: profile?.jobTitleCy ?? "",
    addressCy: (profile?.addressLinesCy ?? []).join("\n"),
    publicContact: profile?.publicContact ? "on" : "",
  };
  return (
    <ProviderStep locale={locale} t={t} step={2} title={t.profileTitle} suspended={organisation.status === "suspended"}>
      <p className="caption">{organisation.name}</p>
      <p className="narrow">{t.profileIntro}</p>
      <ProfileForm
        submit={saveProfileAction}
        locale={locale}
        organisationId={organisation.id}
        initial={initial}
        t={pick(t, ["fields", "continue", "profileSaved", "saveProfile", "welshHint", "welshLegend"])}
        forms={messages.forms}
        continueHref={localePath(locale, "/provider/logo")}
      />
    </ProviderStep>
  );
}

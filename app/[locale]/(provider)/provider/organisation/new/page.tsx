import { redirect } from "next/navigation";
import { OrganisationForm } from "@/components/provider/organisation-form";
import { parseEmailAddress } from "@/lib/auth/email-address";
import { requireActor } from "@/lib/auth/session";
import { isAutoApproved } from "@/lib/auth/settings";
import { fill, getMessages, localePath, pick, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";
import { createOrganisationAction } from "../../actions";

type Props = PageProps<"/[locale]/provider/organisation/new">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/organisation/new", title: getMessages(locale).provider.createTitle });
}

export default async function NewOrganisationPage({ params }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/organisation/new");
  if (await getMyOrganisation(actor)) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.provider;
  // Said before the form, not after: someone whose address is not on an auto-approved domain
  // (AUTO_APPROVE_DOMAINS) will wait for staff, and is told how long that usually takes.
  const domain = parseEmailAddress(actor.email)?.domain;
  const reviewed = !domain || !isAutoApproved(domain);
  return (
    <div className="narrow">
      <h1>{t.createTitle}</h1>
      <p>{t.createIntro}</p>
      {reviewed ? (
        <div className="notice notice-warning" role="note">
          <p>{fill(t.reviewNotice, { time: t.reviewTime })}</p>
        </div>
      ) : null}
      <OrganisationForm submit={createOrganisationAction} locale={locale} t={{ ...pick(t, ["fields", "create"]), ...pick(messages, ["nations", "providerTypes"]) }} forms={messages.forms} />
    </div>
  );
}

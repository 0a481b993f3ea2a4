import { redirect } from "next/navigation";
import { OrganisationForm } from "@/components/provider/organisation-form";
import { requireActor } from "@/lib/auth/session";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";

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
  return (
    <div className="narrow">
      <h1>{messages.provider.createTitle}</h1>
      <p>{messages.provider.createIntro}</p>
      <OrganisationForm locale={locale} t={messages.provider} forms={messages.forms} />
    </div>
  );
}

import { notFound, redirect } from "next/navigation";
import { EditMicroCredentialPage } from "@/components/directory/edit-page";
import { requireActor } from "@/lib/auth/session";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";
import { saveMicroCredentialAction } from "../actions";

type Props = PageProps<"/[locale]/provider/micro-credentials/new">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/micro-credentials/new", title: getMessages(locale).directory.manage.addTitle });
}

/** A new micro-credential, with the organisation's nation and name as the first guesses. */
export default async function NewMicroCredentialPage({ params }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/micro-credentials/new");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  if (mine.organisation.status === "suspended") notFound();
  const { organisation } = mine;
  return (
    <EditMicroCredentialPage
      locale={locale}
      organisationName={organisation.name}
      organisationId={organisation.id}
      title={getMessages(locale).directory.manage.addTitle}
      status="new"
      initial={{ awardingBody: organisation.name, nation: organisation.nation }}
      warnings={[]}
      submit={saveMicroCredentialAction}
    />
  );
}

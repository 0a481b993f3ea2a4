import { notFound, redirect } from "next/navigation";
import { EditMicroCredentialPage } from "@/components/directory/edit-page";
import { requireActor } from "@/lib/auth/session";
import { getOwnMicroCredential, storedFields } from "@/lib/directory";
import { describeDirectoryWarnings } from "@/lib/directory/messages";
import { checkMicroCredential } from "@/lib/directory/rules";
import { fill, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { NotFoundError } from "@/lib/organisations/errors";
import { privatePageMetadata } from "@/lib/site/metadata";
import { saveMicroCredentialAction } from "../actions";

type Props = PageProps<"/[locale]/provider/micro-credentials/[id]">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const { id } = await params;
  return privatePageMetadata({ locale, path: `/provider/micro-credentials/${id}`, title: getMessages(locale).directory.manage.editHeading });
}

/** One of the organisation's micro-credentials (anyone else's is 404), with the warnings it has now. */
export default async function EditMicroCredential({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale, `/provider/micro-credentials/${id}`);
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const { organisation } = mine;
  let row: Awaited<ReturnType<typeof getOwnMicroCredential>>;
  try {
    row = await getOwnMicroCredential(actor, organisation.id, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (row.status === "withdrawn" || organisation.status === "suspended") redirect(localePath(locale, "/provider/micro-credentials"));
  const initial = storedFields(row) as Record<string, string>;
  const today = new Date().toISOString().slice(0, 10);
  const stored = initial.startDates ? initial.startDates.split(", ") : [];
  const checked = checkMicroCredential(initial, { forPublication: false, today, storedDates: stored });
  const warnings = Object.values(describeDirectoryWarnings(checked.warnings, row, locale));
  return (
    <EditMicroCredentialPage
      locale={locale}
      organisationName={organisation.name}
      organisationId={organisation.id}
      title={fill(getMessages(locale).directory.manage.editTitle, { title: row.title })}
      id={row.id}
      status={row.status}
      initial={initial}
      notice={queryValue((await searchParams).notice)}
      warnings={warnings}
      submit={saveMicroCredentialAction}
    />
  );
}

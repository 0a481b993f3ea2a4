import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/staff/decision-form";
import { requireStaff } from "@/lib/auth/session";
import { fill, localePath, routeLocale } from "@/lib/i18n";
import { NotFoundError } from "@/lib/organisations/errors";
import { DECISION_RULES, DECISIONS, type Decision } from "@/lib/organisations/staff";
import { privatePageMetadata } from "@/lib/site/metadata";
import { getOrganisationForStaff } from "@/lib/staff/organisations";
import { decisionText, statusName } from "@/lib/staff/text";
import { decideAction } from "../../../../actions";

type Props = PageProps<"/[locale]/staff/organisations/[id]/decide/[decision]">;

async function load(props: Props) {
  const locale = await routeLocale(props.params);
  const { id, decision } = await props.params;
  const actor = await requireStaff(locale, `/staff/organisations/${id}`);
  if (!DECISIONS.includes(decision as Decision)) notFound();
  try {
    const { organisation } = await getOrganisationForStaff(actor, id);
    return { locale, organisation, decision: decision as Decision };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props) {
  const { locale, organisation, decision } = await load(props);
  return privatePageMetadata({
    locale,
    path: `/staff/organisations/${organisation.id}/decide/${decision}`,
    title: fill(decisionText[decision].question, { name: organisation.name }),
  });
}

/** Asks staff to confirm a decision (and give its reason) before it is taken. */
export default async function DecidePage(props: Props) {
  const { locale, organisation, decision } = await load(props);
  const text = decisionText[decision];
  const rule = DECISION_RULES[decision];
  const back = localePath(locale, `/staff/organisations/${organisation.id}`);
  const path = `${back}/decide/${decision}`;
  return (
    <>
      <h1>{fill(text.question, { name: organisation.name })}</h1>
      {organisation.status === rule.from ? (
        <>
          <p>{text.effect}</p>
          <DecisionForm
            submit={decideAction}
            permalink={path}
            locale={locale}
            organisationId={organisation.id}
            decision={decision}
            needsReason={rule.needsReason}
            requestLanguage={organisation.locale === "cy" ? "Welsh" : "English"}
            confirm={`${text.action} ${organisation.name}`}
            cancelHref={back}
          />
        </>
      ) : (
        <div className="notice notice-warning">
          <p>
            This decision is not open: the organisation is now {statusName[organisation.status].toLowerCase()}.{" "}
            <a href={back}>Back to {organisation.name}</a>
          </p>
        </div>
      )}
    </>
  );
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withActor } from "@/lib/auth/guard-action";
import type { FormState } from "@/lib/forms/state";
import { localePath } from "@/lib/i18n";
import { sendRejectionMail } from "@/lib/organisations/decision-mail";
import { AlreadyDecidedError, decideOrganisation, DECISIONS, DomainHeldError, ReasonError, REASON_MAX, type Decision } from "@/lib/organisations/staff";
import { assertStaff } from "@/lib/organisations/access";

/**
 * A staff decision on an organisation, confirmed on its own page: approve, reject (a reason is
 * required and e-mailed to the requester), suspend (a reason is required) or reinstate. The data
 * layer checks the person is staff and that the organisation is still in the state the decision
 * is for; a decision someone else took first, or a domain another organisation holds, is said on
 * the organisation's page and nothing changes.
 */
export const decideAction = withActor<FormState>(async (actor, locale, formData): Promise<FormState> => {
  assertStaff(actor);
  const organisationId = String(formData.get("organisationId") ?? "");
  const decision = String(formData.get("decision") ?? "") as Decision;
  const reason = String(formData.get("reason") ?? "");
  if (!DECISIONS.includes(decision)) return { errors: { form: "Choose a decision." } };
  const page = localePath(locale, `/staff/organisations/${encodeURIComponent(organisationId)}`);
  let notice: string = decision;
  try {
    const outcome = await decideOrganisation(actor, organisationId, decision, reason);
    // The decision stands even when the mail cannot go: staff are told to reach the requester.
    if (decision === "reject") {
      await sendRejectionMail(outcome).catch((error: unknown) => {
        console.error("The rejection e-mail could not be sent:", error);
        notice = "rejectedMailFailed";
      });
    }
  } catch (error) {
    if (error instanceof ReasonError) {
      return {
        errors: { reason: error.problem === "missing" ? "Enter the reason for your decision" : `The reason must be ${REASON_MAX} characters or fewer` },
        values: { reason },
      };
    }
    if (error instanceof AlreadyDecidedError) notice = "alreadyDecided";
    else if (error instanceof DomainHeldError) notice = "domainHeld";
    else throw error;
  }
  revalidatePath("/[locale]/staff", "layout");
  redirect(`${page}?notice=${notice}`);
});

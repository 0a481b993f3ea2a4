"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { parseEmailAddress } from "@/lib/auth/email-address";
import { withActor, withActorForm } from "@/lib/auth/guard-action";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/state";
import { fill, getMessages, localePath, type Locale } from "@/lib/i18n";
import {
  acceptInvitation,
  declineInvitation,
  withdrawInvitation,
  createOrganisation,
  decideJoinRequest,
  getMyOrganisation,
  inviteMember,
  removeLogo,
  removeMember,
  requestToJoin,
  transferOwnership,
  updateBrandProfile,
} from "@/lib/organisations";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";
import { BRAND_PROFILE_FIELDS, ORGANISATION_FIELDS } from "@/lib/organisations/fields";
import { sendInvitationMail } from "@/lib/organisations/invitation-mail";
import { describeErrors } from "@/lib/organisations/messages";
import { consume } from "@/lib/rate-limit";
import { invitationLimits } from "@/lib/rate-limit/settings";
import { brandProfileSchema, inviteSchema, organisationSchema } from "@/lib/organisations/validation";

const back = (locale: Locale, path: string, notice?: string) =>
  redirect(`${localePath(locale, path)}${notice ? `?notice=${encodeURIComponent(notice)}` : ""}`);

/** The organisation the person acts for: the id in the form must be theirs (forged ids get 404). */
async function myOrganisationId(actor: Parameters<typeof getMyOrganisation>[0], formData: FormData) {
  const mine = await getMyOrganisation(actor);
  const claimed = String(formData.get("organisationId") ?? "");
  if (!mine || mine.organisation.id !== claimed) throw new NotFoundError();
  return claimed;
}

export const createOrganisationAction = withActor<FormState>(async (actor, locale, formData) => {
  const values = formValues(formData, ORGANISATION_FIELDS);
  const parsed = organisationSchema.safeParse(values);
  if (!parsed.success) return { errors: describeErrors(fieldErrors(parsed.error), locale), values };
  try {
    await createOrganisation(actor, parsed.data, locale);
  } catch (error) {
    if (error instanceof ForbiddenError) return { errors: { name: describeErrors({ name: "alreadyMember" }, locale).name! }, values };
    throw error;
  }
  revalidatePath("/[locale]/provider", "layout");
  back(locale, "/provider", "created");
  return {};
});

export const saveProfileAction = withActor<FormState>(async (actor, locale, formData) => {
  const organisationId = await myOrganisationId(actor, formData);
  const values = formValues(formData, BRAND_PROFILE_FIELDS);
  // An unticked checkbox sends nothing; formValues reads that as "".
  const parsed = brandProfileSchema.safeParse({ ...values, publicContact: values.publicContact === "on" ? "on" : undefined });
  if (!parsed.success) return { errors: describeErrors(fieldErrors(parsed.error), locale), values };
  await updateBrandProfile(actor, organisationId, parsed.data);
  revalidatePath("/[locale]/provider", "layout");
  return { ok: true, values };
});

export const removeLogoAction = withActorForm(async (actor, locale, formData) => {
  await removeLogo(actor, await myOrganisationId(actor, formData));
  revalidatePath("/[locale]/provider", "layout");
  back(locale, "/provider/logo", "logoRemoved");
});

export const acceptInvitationAction = withActorForm(async (actor, locale, formData) => {
  await acceptInvitation(actor, String(formData.get("invitationId") ?? ""));
  back(locale, "/provider", "joined");
});

export const declineInvitationAction = withActorForm(async (actor, locale, formData) => {
  await declineInvitation(actor, String(formData.get("invitationId") ?? ""));
  back(locale, "/provider", "declined");
});

export const requestToJoinAction = withActorForm(async (actor, locale, formData) => {
  await requestToJoin(actor, String(formData.get("organisationId") ?? ""));
  back(locale, "/provider", "requested");
});

/** Owners invite a colleague: the invitation is recorded and e-mailed (within an hourly limit). */
export const inviteAction = withActor<FormState>(async (actor, locale, formData) => {
  const organisationId = await myOrganisationId(actor, formData);
  const values = { email: String(formData.get("inviteEmail") ?? "") };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) {
    return { errors: describeErrors({ inviteEmail: fieldErrors(parsed.error).email ?? "email" }, locale), values: { inviteEmail: values.email } };
  }
  const email = parsed.data.email;
  const limit = await consume(invitationLimits(actor.userId, parseEmailAddress(email)!.mailbox));
  if (!limit.ok) {
    const t = getMessages(locale).provider;
    const message = limit.key.startsWith("invitation-to:") ? fill(t.tooManyForAddress, { email }) : t.tooManyInvitations;
    return { errors: { inviteEmail: message }, values: { inviteEmail: values.email } };
  }
  let invited: Awaited<ReturnType<typeof inviteMember>>;
  try {
    invited = await inviteMember(actor, organisationId, email);
  } catch (error) {
    if (error instanceof ForbiddenError) return { message: "ownerOnly" };
    throw error;
  }
  if (!invited) return { message: "alreadyInOrganisation", values: { inviteEmail: email } };
  await sendInvitationMail({ to: email, inviter: actor.email, organisationName: invited.organisationName, expiresAt: invited.expiresAt, inviterLocale: locale });
  revalidatePath("/[locale]/provider/members", "page");
  return { ok: true, message: email };
});

/** Owner-only member changes; a member who tries gets the "only an owner" notice, nothing changes. */
function ownerAction(run: (organisationId: string, formData: FormData, actor: Parameters<typeof removeMember>[0]) => Promise<unknown>) {
  return withActorForm(async (actor, locale, formData) => {
    const organisationId = await myOrganisationId(actor, formData);
    try {
      await run(organisationId, formData, actor);
    } catch (error) {
      if (error instanceof ForbiddenError) back(locale, "/provider/members", "ownerOnly");
      throw error;
    }
    back(locale, "/provider/members", "updated");
  });
}

export const removeMemberAction = ownerAction((org, formData, actor) => removeMember(actor, org, String(formData.get("userId") ?? "")));
export const transferOwnershipAction = ownerAction((org, formData, actor) =>
  transferOwnership(actor, org, String(formData.get("userId") ?? "")),
);
export const withdrawInvitationAction = ownerAction((org, formData, actor) =>
  withdrawInvitation(actor, org, String(formData.get("invitationId") ?? "")),
);
export const decideJoinRequestAction = ownerAction((org, formData, actor) =>
  decideJoinRequest(actor, org, String(formData.get("requestId") ?? ""), formData.get("decision") === "accept"),
);

export async function signOutAction(formData: FormData) {
  const locale = formData.get("locale") === "cy" ? "cy" : "en";
  await signOut({ redirectTo: localePath(locale, "/") });
}

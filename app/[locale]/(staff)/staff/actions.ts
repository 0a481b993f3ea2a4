"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withActorForm } from "@/lib/auth/guard-action";
import { localePath } from "@/lib/i18n";
import { setOrganisationStatus } from "@/lib/organisations/staff";
import { ConflictError } from "@/lib/organisations/errors";

/**
 * Staff approve, suspend or reinstate an organisation (checked again in the data layer). An
 * approval that would give a domain to a second organisation is refused and said so.
 */
export const setStatusAction = withActorForm(async (actor, locale, formData) => {
  const status = formData.get("status") === "suspended" ? "suspended" : "approved";
  const organisationId = String(formData.get("organisationId") ?? "");
  let notice: string = status;
  try {
    await setOrganisationStatus(actor, organisationId, status);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    notice = "domainHeld";
  }
  revalidatePath("/[locale]/staff", "page");
  redirect(`${localePath(locale, "/staff")}?notice=${notice}&org=${encodeURIComponent(organisationId)}`);
});

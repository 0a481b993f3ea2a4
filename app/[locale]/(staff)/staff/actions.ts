"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withActorForm } from "@/lib/auth/guard-action";
import { localePath } from "@/lib/i18n";
import { setOrganisationStatus } from "@/lib/organisations";

/** Staff approve, suspend or reinstate an organisation (checked again in the data layer). */
export const setStatusAction = withActorForm(async (actor, locale, formData) => {
  const status = formData.get("status") === "suspended" ? "suspended" : "approved";
  const organisationId = String(formData.get("organisationId") ?? "");
  await setOrganisationStatus(actor, organisationId, status);
  revalidatePath("/[locale]/staff", "page");
  redirect(`${localePath(locale, "/staff")}?notice=${status}&org=${encodeURIComponent(organisationId)}`);
});

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withActorForm } from "@/lib/auth/guard-action";
import { decideReview, setReviewFirstPublication } from "@/lib/directory";
import { localePath } from "@/lib/i18n";
import { assertStaff } from "@/lib/organisations/access";
import { NotFoundError } from "@/lib/organisations/errors";

const PAGE = "/staff/micro-credentials";

/** Staff turn the review of first publications on or off. */
export const reviewSettingAction = withActorForm(async (actor, locale, formData) => {
  assertStaff(actor);
  const on = formData.get("review") === "on";
  await setReviewFirstPublication(actor, on);
  revalidatePath("/[locale]/staff", "layout");
  redirect(`${localePath(locale, PAGE)}?notice=${on ? "reviewOn" : "reviewOff"}`);
});

/** Publish a micro-credential that waited for review, or send it back to its draft. */
export const reviewDecisionAction = withActorForm(async (actor, locale, formData) => {
  assertStaff(actor);
  const decision = formData.get("decision") === "publish" ? "publish" : "return";
  let notice: string = decision === "publish" ? "published" : "returned";
  try {
    await decideReview(actor, String(formData.get("id") ?? ""), decision);
  } catch (error) {
    // Someone else decided first, or the provider changed it: nothing to do here.
    if (!(error instanceof NotFoundError)) throw error;
    notice = "alreadyDecided";
  }
  revalidatePath("/[locale]/micro-credentials", "layout");
  revalidatePath("/[locale]/staff", "layout");
  redirect(`${localePath(locale, PAGE)}?notice=${notice}`);
});

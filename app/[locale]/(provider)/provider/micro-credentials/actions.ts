"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withActor, withActorForm } from "@/lib/auth/guard-action";
import type { Actor } from "@/lib/auth/session";
import {
  MicroCredentialInvalid,
  duplicateMicroCredential,
  publishMicroCredential,
  saveMicroCredential,
  withdrawMicroCredential,
} from "@/lib/directory";
import { submittedFields } from "@/lib/directory/form";
import { describeDirectoryErrors } from "@/lib/directory/messages";
import { checkMicroCredential } from "@/lib/directory/rules";
import type { FormState } from "@/lib/forms/state";
import { localePath, type Locale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";

const LIST = "/provider/micro-credentials";

const to = (locale: Locale, path: string, notice: string) => redirect(`${localePath(locale, path)}?notice=${notice}`);

/** The organisation the person acts for: the id in the form must be theirs (a forged id is 404). */
async function myOrganisationId(actor: Actor, formData: FormData) {
  const mine = await getMyOrganisation(actor);
  const claimed = String(formData.get("organisationId") ?? "");
  if (!mine || mine.organisation.id !== claimed) throw new NotFoundError();
  return claimed;
}

/** The pages that show micro-credentials, after a change a reader should see at once. */
function refreshPublicPages() {
  revalidatePath("/[locale]/micro-credentials", "layout");
  revalidatePath("/[locale]/provider/micro-credentials", "layout");
}

/**
 * Saves the form: as a draft, or (intent "publish") saved and then published. A draft is kept
 * even when publishing is refused, and the refusal lists what is missing.
 */
export const saveMicroCredentialAction = withActor<FormState>(async (actor, locale, formData) => {
  const organisationId = await myOrganisationId(actor, formData);
  const fields = submittedFields(formData);
  const id = String(formData.get("id") ?? "") || undefined;
  const publish = formData.get("intent") === "publish";
  let saved: Awaited<ReturnType<typeof saveMicroCredential>>;
  try {
    saved = await saveMicroCredential(actor, organisationId, fields, id);
  } catch (error) {
    if (error instanceof MicroCredentialInvalid) {
      // Asked to publish: list everything publication needs, not only what stopped the draft.
      const all = publish ? checkMicroCredential(fields, { forPublication: true, today: new Date().toISOString().slice(0, 10) }) : error.result;
      return { errors: describeDirectoryErrors(all.ok ? error.result.errors : { ...all.errors, ...error.result.errors }, locale), values: fields };
    }
    if (error instanceof ForbiddenError) to(locale, LIST, "cannotChange");
    throw error;
  }
  refreshPublicPages();
  if (!publish) to(locale, `${LIST}/${saved.id}`, id ? "saved" : "created");
  let published: Awaited<ReturnType<typeof publishMicroCredential>>;
  try {
    published = await publishMicroCredential(actor, organisationId, saved.id);
  } catch (error) {
    if (error instanceof MicroCredentialInvalid) {
      // The draft is saved; the form stays on its own address so the next save updates it.
      return { errors: describeDirectoryErrors(error.result.errors, locale), values: fields, id: saved.id };
    }
    if (error instanceof ForbiddenError) to(locale, `${LIST}/${saved.id}`, "cannotPublish");
    throw error;
  }
  refreshPublicPages();
  to(locale, LIST, published.status === "review" ? "submitted" : "published");
  return {};
});

/** Publish, withdraw or copy from the list: a button per row, each a plain form. */
function listAction(run: (actor: Actor, organisationId: string, id: string) => Promise<unknown>, done: string | ((result: never) => string)) {
  return withActorForm(async (actor, locale, formData) => {
    const organisationId = await myOrganisationId(actor, formData);
    let notice: string;
    try {
      const result = await run(actor, organisationId, String(formData.get("id") ?? ""));
      notice = typeof done === "string" ? done : done(result as never);
    } catch (error) {
      if (error instanceof MicroCredentialInvalid) to(locale, `${LIST}/${String(formData.get("id"))}`, "incomplete");
      if (error instanceof ForbiddenError) to(locale, LIST, "cannotChange");
      throw error;
    }
    refreshPublicPages();
    to(locale, LIST, notice);
  });
}

export const publishAction = listAction(publishMicroCredential, (result: Awaited<ReturnType<typeof publishMicroCredential>>) =>
  result.status === "review" ? "submitted" : "published",
);
export const withdrawAction = listAction(withdrawMicroCredential, "withdrawn");
export const duplicateAction = listAction(duplicateMicroCredential, "duplicated");

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { checkSignInLimit, clientIp } from "@/lib/auth/rate-limit";
import { signInSchema } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { fieldErrors, formValues, safeReturnPath, type FormState } from "@/lib/forms/state";
import { getMessages, isLocale, localePath } from "@/lib/i18n";

/** Sends a one-time sign-in link, within the per-address and per-network limits. */
export async function requestSignIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const rawLocale = formData.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const t = getMessages(locale).auth;
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema(t.errors).safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };

  const email = parsed.data.email;
  const limit = await checkSignInLimit(await getDb(), email, clientIp(await headers()));
  if (!limit.ok) {
    return { errors: { email: limit.reason === "address" ? t.errors.tooManyAddress : t.errors.tooManyIp }, values };
  }
  const returnTo = safeReturnPath(formData.get("returnTo"), localePath(locale, "/provider"));
  await signIn("nodemailer", { email, redirectTo: returnTo, redirect: false });
  redirect(localePath(locale, "/sign-in/check-email"));
}

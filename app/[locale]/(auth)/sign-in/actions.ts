"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { SIGN_IN_ADDRESS_COOKIE, signInAddressCookie } from "@/lib/auth/check-email";
import { signInSchema } from "@/lib/auth/schemas";
import { requestSignInLink } from "@/lib/auth/sign-in";
import { safeReturnPath } from "@/lib/auth/return-path";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/state";
import { getMessages, isLocale, localePath } from "@/lib/i18n";
import { clientAddress } from "@/lib/rate-limit/client-address";

/**
 * Sends a one-time sign-in link (within the limits, silently), then shows "check your e-mail";
 * if the mail server could not take the message, says so on the form instead.
 */
export async function requestSignIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const rawLocale = formData.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const t = getMessages(locale).auth;
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema(t.errors).safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };

  const returnTo = safeReturnPath(formData.get("returnTo"), localePath(locale, "/provider"));
  const result = await requestSignInLink({ email: parsed.data.email, clientAddress: clientAddress(await headers()), returnTo });
  if ("mailFailed" in result) return { errors: { email: t.errors.mailFailed }, values };
  // The next page shows the address, so a typing mistake can be seen and put right.
  (await cookies()).set(SIGN_IN_ADDRESS_COOKIE, parsed.data.email.address, signInAddressCookie());
  redirect(localePath(locale, "/sign-in/check-email"));
}

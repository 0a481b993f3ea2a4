"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/forms/state";
import { FEEDBACK_FIELDS, submitFeedback } from "@/lib/feedback";
import { getMessages, isLocale, localePath } from "@/lib/i18n";
import { clientAddress } from "@/lib/rate-limit/client-address";

/** Feedback on the fact sheet from anyone (public): checked, limited per network, then thanked. */
export async function sendFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const rawLocale = formData.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const t = getMessages(locale).feedback;
  const values = formValues(formData, [...FEEDBACK_FIELDS, "source", "website"]);
  const result = await submitFeedback(
    { ...values, consent: values.consent || undefined, locale, honeypot: values.website },
    clientAddress(await headers()),
  );
  if (!result.ok) {
    const { website: _honeypot, ...shown } = values;
    if ("tooMany" in result) return { message: t.errors.tooMany, values: shown };
    return { errors: Object.fromEntries(result.errors.map((f) => [f, t.errors[f]])), values: shown };
  }
  redirect(localePath(locale, "/feedback/thank-you"));
}

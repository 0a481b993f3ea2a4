import "server-only";
import { fill, getMessages, isLocale, localePath } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { siteUrl } from "@/lib/site/env";
import type { DecisionOutcome } from "./staff";

/**
 * Tells the people who asked for an organisation that staff rejected it, with the reason, in the
 * language they made the request in, linking to the provider area in that language.
 */
export async function sendRejectionMail(outcome: DecisionOutcome) {
  const locale = isLocale(outcome.organisation.locale) ? outcome.organisation.locale : "en";
  const t = getMessages(locale).provider;
  const url = new URL(localePath(locale, "/provider"), siteUrl()).href;
  const text = fill(t.rejectionMailBody, { organisation: outcome.organisation.name, reason: outcome.reason ?? "", url });
  for (const to of outcome.owners) {
    await sendMail({ to, subject: t.rejectionMailSubject, text, language: locale });
  }
}

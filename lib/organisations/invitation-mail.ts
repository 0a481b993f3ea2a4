import "server-only";
import { fill, formatDate, getMessages, localePath, type Locale } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { siteUrl } from "@/lib/site/env";

/**
 * The invitation e-mail, in Welsh and English: the portal does not know which the colleague
 * reads, so both are sent, the inviter's language first. Each part links to the provider area in
 * its own language.
 */
export async function sendInvitationMail({
  to,
  inviter,
  organisationName,
  expiresAt,
  inviterLocale,
}: {
  to: string;
  inviter: string;
  organisationName: string;
  expiresAt: Date;
  inviterLocale: Locale;
}) {
  const order: Locale[] = inviterLocale === "cy" ? ["cy", "en"] : ["en", "cy"];
  const parts = order.map((locale) => {
    const t = getMessages(locale).provider;
    const url = new URL(localePath(locale, "/provider"), siteUrl()).href;
    return {
      // The subject names no organisation: its name is typed by the inviter, and subjects are
      // where phishing text would work best.
      subject: t.invitationMailSubject,
      body: fill(t.invitationMailBody, { inviter, organisation: organisationName, url, date: formatDate(expiresAt.toISOString(), locale) }),
    };
  });
  await sendMail({
    to,
    subject: parts[0]!.subject,
    text: parts.map((p) => p.body).join("\n\n———\n\n"),
    language: "cy, en",
  });
}

import "server-only";
import { fill, getMessages, type Locale } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";

/** The language of a sign-in, from where the person is going after it (a /cy address is Welsh). */
export function localeOfCallback(url: string): Locale {
  try {
    const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
    const path = callback.startsWith("http") ? new URL(callback).pathname : callback;
    return /^\/cy(\/|$)/.test(path) ? "cy" : "en";
  } catch {
    return "en";
  }
}

/** Sends the one-time sign-in link in the reader's language, as plain text. */
export async function sendSignInLink({ to, url }: { to: string; url: string }) {
  const locale = localeOfCallback(url);
  const t = getMessages(locale).auth;
  await sendMail({ to, subject: t.mailSubject, text: fill(t.mailBody, { url }), language: locale });
}

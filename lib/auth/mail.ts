import "server-only";
import nodemailer from "nodemailer";
import { fill, getMessages, type Locale } from "@/lib/i18n";
import { mailSettings } from "./settings";

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

let transport: nodemailer.Transporter | undefined;

/**
 * Sends the one-time sign-in link in the reader's language, as plain text. Without EMAIL_SERVER
 * (allowed outside production only) the link is written to the server log instead.
 */
export async function sendSignInLink({ to, url }: { to: string; url: string }) {
  const locale = localeOfCallback(url);
  const t = getMessages(locale).auth;
  const { server, from, logLinks } = mailSettings();
  if (!server) {
    if (!logLinks) throw new Error("EMAIL_SERVER is not set: cannot send the sign-in link.");
    console.log(`[sign-in] No EMAIL_SERVER: sign-in link for ${to}: ${url}`);
    return;
  }
  transport ??= nodemailer.createTransport(server);
  await transport.sendMail({
    to,
    from,
    subject: t.mailSubject,
    text: fill(t.mailBody, { url }),
    headers: { "Content-Language": locale === "cy" ? "cy" : "en" },
  });
}

import "server-only";
import nodemailer from "nodemailer";
import { mailSettings } from "@/lib/auth/settings";

/**
 * The portal's one way out to e-mail (sign-in links, invitations). Plain text only. Without
 * EMAIL_SERVER (allowed outside production, or with SIGN_IN_LINKS_TO_LOG=1 for a local trial) the
 * message is written to the server log instead.
 */

let transport: nodemailer.Transporter | undefined;

export type Mail = { to: string; subject: string; text: string; language: "en" | "cy" | "cy, en" };

export async function sendMail({ to, subject, text, language }: Mail) {
  const { server, from, logLinks } = mailSettings();
  if (!server) {
    if (!logLinks) throw new Error("EMAIL_SERVER is not set: cannot send e-mail.");
    console.log(`[mail] No EMAIL_SERVER: message for ${to}: ${subject}\n${text}`);
    return;
  }
  transport ??= nodemailer.createTransport(server);
  await transport.sendMail({ to, from, subject, text, headers: { "Content-Language": language } });
}

/** Sign-in and access settings from the environment (see README). */

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/** Addresses of the group's staff, who approve organisations and see usage. */
export function staffEmails(): string[] {
  return list(process.env.STAFF_EMAILS);
}

export function isStaffEmail(email: string | null | undefined): boolean {
  return !!email && staffEmails().includes(email.toLowerCase());
}

/** Domains whose organisations are approved at once (default ac.uk, i.e. any *.ac.uk address). */
export function autoApproveDomains(): string[] {
  return process.env.AUTO_APPROVE_DOMAINS === undefined ? ["ac.uk"] : list(process.env.AUTO_APPROVE_DOMAINS);
}

/** Whether `domain` (e.g. cardiffmet.ac.uk) is, or is under, an auto-approved domain. */
export function isAutoApproved(domain: string): boolean {
  const d = domain.toLowerCase();
  return autoApproveDomains().some((a) => d === a || d.endsWith(`.${a}`));
}

export type MailSettings = { server?: string; from: string; logLinks: boolean };

/** SMTP settings. In production the server refuses to start without EMAIL_SERVER. */
export function mailSettings(): MailSettings {
  const server = process.env.EMAIL_SERVER?.trim() || undefined;
  return {
    server,
    from: process.env.EMAIL_FROM?.trim() || "MIC.SIG <no-reply@localhost>",
    // Links go to the server log only without a mail server, and only outside production
    // (a local `npm run quickstart` counts as outside: it sets SIGN_IN_LINKS_TO_LOG=1).
    logLinks: !server && (process.env.NODE_ENV !== "production" || process.env.SIGN_IN_LINKS_TO_LOG === "1"),
  };
}

/** Sign-in requests allowed per window, per e-mail address and per client IP. */
export function signInLimits() {
  const int = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v) ? Number(v) : fallback);
  return {
    perAddress: int(process.env.SIGNIN_LIMIT_PER_ADDRESS, 5),
    perIp: int(process.env.SIGNIN_LIMIT_PER_IP, 20),
    windowMs: 15 * 60 * 1000,
  };
}

/** How long a sign-in link works: 15 minutes, once. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 15 * 60;

/** Stops a production server that could not send sign-in links. */
export function assertMailConfigured() {
  const { server, logLinks } = mailSettings();
  if (!server && !logLinks) {
    throw new Error(
      "EMAIL_SERVER is not set. In production the portal needs an SMTP server to send sign-in links " +
        "(EMAIL_SERVER=smtp://user:pass@host:587). For a local trial set SIGN_IN_LINKS_TO_LOG=1 instead.",
    );
  }
}

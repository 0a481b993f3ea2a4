import { siteUrl } from "@/lib/site/env";
import { normaliseEmail } from "./email-address";

/**
 * The address a sign-in link was asked for, kept for 15 minutes in a cookie of the person's own
 * browser (never in the address bar or the server's logs), for the "check your e-mail" page.
 */
export const SIGN_IN_ADDRESS_COOKIE = "micsig-sign-in-address";

export function signInAddressCookie() {
  return { httpOnly: true, sameSite: "lax" as const, secure: siteUrl().protocol === "https:", path: "/", maxAge: 15 * 60 };
}

/** The address to show, if the cookie holds one plain address (anything else is ignored). */
export function shownAddress(value: string | undefined): string | undefined {
  return normaliseEmail(value);
}

import "server-only";
import { consume } from "@/lib/rate-limit";
import type { EmailAddress } from "./email-address";
import { discardIfUnsent, signIn } from "./index";
import { signInLimitsFor } from "./sign-in-limits";

/**
 * Sends a one-time sign-in link, within the limits per mailbox (sub-address tags removed, so
 * a+1@ and a+2@ count as one) and per client network. Over a limit nothing is sent and nothing
 * is said: the caller shows "check your e-mail" either way, so the answer reveals neither the
 * limit nor whether the address has an account. When the mail server refuses or cannot be
 * reached, the link's token is deleted and the caller says so: nobody waits for a link that
 * will never come, and no working link exists that nobody received.
 */
export async function requestSignInLink({ email, clientAddress, returnTo }: { email: EmailAddress; clientAddress: string; returnTo: string }) {
  const limit = await consume(signInLimitsFor(email, clientAddress));
  if (!limit.ok) {
    console.warn(`[sign-in] limit reached for ${limit.key.startsWith("sign-in:network:") ? "a client network" : "a mailbox"}: no link sent`);
    return { sent: false } as const;
  }
  await signIn("nodemailer", { email: email.address, redirectTo: returnTo, redirect: false });
  if (await discardIfUnsent(email.address)) return { sent: false, mailFailed: true } as const;
  return { sent: true } as const;
}

import type { Limit } from "@/lib/rate-limit";
import { networkKey } from "@/lib/rate-limit/client-address";
import type { EmailAddress } from "./email-address";
import { signInLimits } from "./settings";

/**
 * The limits one sign-in request counts against: its mailbox (sub-address tags removed, so
 * a+1@ and a+2@ are one mailbox) and its client network.
 */
export function signInLimitsFor(email: EmailAddress, clientAddress: string): Limit[] {
  const { perAddress, perIp, windowMs } = signInLimits();
  return [
    { key: `sign-in:mailbox:${email.mailbox}`, max: perAddress, windowMs },
    { key: `sign-in:network:${networkKey(clientAddress)}`, max: perIp, windowMs },
  ];
}

import type { Limit } from "@/lib/rate-limit";
import { networkKey, siteKey } from "@/lib/rate-limit/client-address";
import type { EmailAddress } from "./email-address";
import { signInLimits } from "./settings";

/**
 * The limits one sign-in request counts against. The mailbox (sub-address tags removed, so a+1@
 * and a+2@ are one mailbox) is counted per client network, so someone flooding a named person's
 * address from one network does not stop that person asking from theirs; a ceiling of four times
 * as many across all networks still bounds the mail one mailbox gets. The client network has its
 * own limit, and an IPv6 client's /48 a larger one (a /48 holds 65,536 /64 networks).
 */
export function signInLimitsFor(email: EmailAddress, clientAddress: string): Limit[] {
  const { perAddress, perIp, windowMs } = signInLimits();
  const network = networkKey(clientAddress);
  const limits: Limit[] = [
    { key: `sign-in:mailbox:${email.mailbox}|${network}`, max: perAddress, windowMs },
    { key: `sign-in:mailbox:${email.mailbox}`, max: perAddress * 4, windowMs },
    { key: `sign-in:network:${network}`, max: perIp, windowMs },
  ];
  const site = siteKey(clientAddress);
  if (site) limits.push({ key: `sign-in:network:${site}`, max: perIp * 5, windowMs });
  return limits;
}

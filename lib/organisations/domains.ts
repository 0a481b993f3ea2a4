import { getPublicSuffix } from "tldts";
import { isAutoApproved } from "@/lib/auth/settings";

/**
 * Which e-mail domains an organisation may hold, and when holding them is approved at once.
 * Public suffixes come from the Public Suffix List (bundled by `tldts`), private entries included,
 * so `ac.uk`, `co.uk`, `gov.uk` and `github.io` are never one organisation's domain.
 */

/** Whether a domain is a public suffix (shared by many owners), such as ac.uk. */
export function isPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, { allowPrivateDomains: true }) === domain;
}

/** Whether `domain` is `own` or a parent of it, e.g. cardiff.ac.uk for staff.cardiff.ac.uk. */
export function isOwnOrParent(own: string, domain: string): boolean {
  return own === domain || own.endsWith(`.${domain}`);
}

/**
 * Auto-approval: every claimed domain is the creator's own domain or a parent of it, none is a
 * public suffix, and each is on an auto-approved domain (AUTO_APPROVE_DOMAINS, default ac.uk).
 * Whether another organisation already holds a domain is checked in the database.
 */
export function qualifiesForAutoApproval(creatorDomain: string | undefined, claimed: readonly string[]): boolean {
  if (!creatorDomain || claimed.length === 0) return false;
  return claimed.every((d) => isOwnOrParent(creatorDomain, d) && !isPublicSuffix(d) && isAutoApproved(d));
}

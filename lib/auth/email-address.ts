import { domainToASCII } from "node:url";

/**
 * The one e-mail address parser of the portal. Every address that can receive a sign-in link or an
 * invitation, or whose domain decides which organisation a person may join, goes through it.
 *
 * It accepts only a bare `local@domain`: exactly one `@`, no display name, comment, quotes, list,
 * route or whitespace, a dot-atom local part of at most 64 characters, and a domain of DNS labels
 * that is IDNA-normalised to lower-case ASCII (punycode). Mail libraries accept far more (nodemailer
 * reads `a@b.ac.uk@ <c@evil.com>` as an address for evil.com): anything they might read
 * differently from us is refused here.
 */

export type EmailAddress = {
  /** `local@domain`, lower-case, domain in ASCII (punycode): the identifier stored and mailed. */
  address: string;
  local: string;
  domain: string;
  /** The mailbox behind the address: sub-address tags (`+anything`) removed. Used for rate limits. */
  mailbox: string;
};

export const EMAIL_MAX_LENGTH = 254;
const LOCAL_MAX_LENGTH = 64;
const DOMAIN_MAX_LENGTH = 253;

// Letters, digits and . _ ' + - only: RFC 5322 allows more, but "%" and "!" still route mail
// elsewhere on some servers (victim%evil.com@college.ac.uk), and no college address needs the rest.
const LOCAL_PART = /^[a-z0-9_'+-]+(?:\.[a-z0-9_'+-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Parses an address; undefined when it is anything but one plain address. */
export function parseEmailAddress(input: unknown): EmailAddress | undefined {
  if (typeof input !== "string") return undefined;
  const value = input.trim();
  if (value.length === 0 || value.length > EMAIL_MAX_LENGTH) return undefined;
  // Any whitespace or control character inside, or a second "@", is never part of a plain address.
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(value)) return undefined;
  const parts = value.split("@");
  if (parts.length !== 2) return undefined;
  const [rawLocal, rawDomain] = parts as [string, string];
  const local = rawLocal.toLowerCase();
  if (local.length === 0 || local.length > LOCAL_MAX_LENGTH || !LOCAL_PART.test(local)) return undefined;

  const domain = normaliseDomain(rawDomain);
  if (!domain) return undefined;
  const address = `${local}@${domain}`;
  if (address.length > EMAIL_MAX_LENGTH) return undefined;
  const mailbox = `${local.split("+")[0] || local}@${domain}`;
  return { address, local, domain, mailbox };
}

/**
 * A host name as lower-case ASCII (IDNA, punycode for non-ASCII labels), or undefined when it is
 * not a plain DNS name with at least two labels: no IP literals, ports, trailing dots or empty labels.
 */
export function normaliseDomain(input: string): string | undefined {
  if (!input || input.length > DOMAIN_MAX_LENGTH || /[\s[\]:/\\@]/.test(input)) return undefined;
  // domainToASCII applies UTS #46 mapping (so "CAERDYDD.ac.uk" and full-width dots normalise) and
  // returns "" for anything it cannot map.
  const ascii = domainToASCII(input).toLowerCase();
  if (!ascii || ascii.length > DOMAIN_MAX_LENGTH) return undefined;
  const labels = ascii.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  // The top-level label is letters (or an IDNA xn-- label): this also refuses IPv4 addresses.
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels.at(-1)!)) return undefined;
  return ascii;
}

/** The normalised address, or undefined (a shortcut for callers that need only the string). */
export function normaliseEmail(input: unknown): string | undefined {
  return parseEmailAddress(input)?.address;
}

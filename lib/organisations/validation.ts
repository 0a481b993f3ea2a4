import { z } from "zod";
import { EMAIL_MAX_LENGTH, normaliseDomain, parseEmailAddress } from "@/lib/auth/email-address";
import { NATIONS, ORGANISATION_TYPES } from "@/lib/vocabulary";
import { isPublicSuffix } from "./domains";
import { BRAND_PROFILE_FIELDS, ORGANISATION_FIELDS } from "./fields";

/**
 * Field rules for organisations and brand profiles. Lengths are sized so the longest allowed
 * values still fit the fact sheet's brand band. Messages are keys into the messages files.
 */

export const LIMITS = {
  orgName: 80,
  contactName: 60,
  jobTitle: 60,
  email: 100,
  website: 100,
  addressLine: 50,
  addressLines: 4,
  findOutMoreUrl: 200,
  logoAlt: 120,
  domains: 5,
} as const;

// Names are printed on PDFs and pages. Refused: control characters (Cc), angle brackets, every
// invisible format character (Cf: bidirectional overrides and isolates, zero-width characters,
// soft hyphens, word joiners, BOM, tag characters), variation selectors, the line and paragraph
// separators, and the blank lookalikes (combining grapheme joiner, Hangul fillers, braille blank)
// that can make one name look like another.
export const UNSAFE_TEXT = /[\p{Cc}\p{Cf}<>\u034f\u115f\u1160\u17b4\u17b5\u2028\u2029\u2800\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

export type ErrorKey =
  | "required"
  | "tooLong"
  | "unsafeText"
  | "httpsUrl"
  | "email"
  | "phone"
  | "domain"
  | "tooManyDomains"
  | "publicSuffix"
  | "choose"
  | "tooManyLines";

/** A plain one-line text value: trimmed, no control characters or markup. */
export function plainText(max: number, required: boolean) {
  const base = z
    .string()
    .transform((v) => v.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .max(max, "tooLong")
        .refine((v) => !UNSAFE_TEXT.test(v), "unsafeText"),
    );
  return required ? base.pipe(z.string().min(1, "required")) : base;
}

/** An https address (http:, javascript: and anything else refused), normalised by URL. */
export function httpsUrl(max: number) {
  return z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((v, ctx) => {
      if (v === "") return "";
      try {
        const url = new URL(v);
        if (url.protocol !== "https:" || !url.hostname.includes(".") || url.username || url.password) throw new Error();
        return url.toString();
      } catch {
        ctx.addIssue({ code: "custom", message: "httpsUrl" });
        return z.NEVER;
      }
    });
}

/** An e-mail address through the portal's one strict parser (lib/auth/email-address), lower-cased. */
export function emailAddress(required: boolean) {
  return z
    .string()
    .trim()
    .max(Math.min(LIMITS.email, EMAIL_MAX_LENGTH), "tooLong")
    .transform((v, ctx) => {
      if (v === "") {
        if (required) ctx.addIssue({ code: "custom", message: "required" });
        return "";
      }
      const parsed = parseEmailAddress(v);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message: "email" });
        return z.NEVER;
      }
      return parsed.address;
    });
}

/**
 * A UK telephone number, normalised to national format with the usual grouping:
 * 029 2018 0123, 01234 567890, 07700 900123, 0300 123 4567. +44 and (0) are accepted.
 */
export function normaliseUkPhone(input: string): string | undefined {
  let digits = input.replace(/[\s\-().]/g, "");
  if (!/^\+?\d+$/.test(digits)) return undefined;
  if (digits.startsWith("+44")) digits = `0${digits.slice(3).replace(/^0/, "")}`;
  else if (digits.startsWith("0044")) digits = `0${digits.slice(4).replace(/^0/, "")}`;
  if (!/^0[1-9]\d{8,9}$/.test(digits)) return undefined;
  if (digits.length === 10) return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  if (digits.startsWith("02")) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0[389]/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

export function ukPhone() {
  return z
    .string()
    .trim()
    .max(25, "tooLong")
    .transform((v, ctx) => {
      if (v === "") return "";
      const phone = normaliseUkPhone(v);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "phone" });
        return z.NEVER;
      }
      return phone;
    });
}

/**
 * E-mail domains an organisation uses, comma or space separated: "cardiffmet.ac.uk, met.ac.uk".
 * Each is IDNA-normalised like the domain of an address; public suffixes (ac.uk) are refused.
 */
export function domainList() {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      const raw = v.split(/[\s,]+/).map((d) => d.replace(/^@/, "")).filter(Boolean);
      const normalised = raw.map((d) => normaliseDomain(d));
      if (normalised.some((d) => d === undefined || d.length < 4 || d.length > 100)) {
        ctx.addIssue({ code: "custom", message: "domain" });
        return z.NEVER;
      }
      const domains = [...new Set(normalised as string[])];
      if (domains.length === 0) {
        ctx.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      if (domains.length > LIMITS.domains) {
        ctx.addIssue({ code: "custom", message: "tooManyDomains" });
        return z.NEVER;
      }
      if (domains.some(isPublicSuffix)) {
        ctx.addIssue({ code: "custom", message: "publicSuffix" });
        return z.NEVER;
      }
      return domains;
    });
}

/** Each form's schema has exactly the fields the form shows (the compiler checks both ways). */
type Shape<Fields extends readonly string[]> = Record<Fields[number], z.ZodType>;

export const organisationSchema = z.object({
  name: plainText(LIMITS.orgName, true),
  type: z.enum(ORGANISATION_TYPES, { message: "choose" }),
  nation: z.enum(NATIONS, { message: "choose" }),
  website: httpsUrl(LIMITS.website),
  domains: domainList(),
} satisfies Shape<typeof ORGANISATION_FIELDS>);
export type OrganisationInput = z.output<typeof organisationSchema>;

/** Postal address lines, one per line of the text area. */
function addressLines() {
  return z
    .string()
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(LIMITS.addressLine, "tooLong").refine((l) => !UNSAFE_TEXT.test(l), "unsafeText"))
        .max(LIMITS.addressLines, "tooManyLines"),
    );
}

export const brandProfileSchema = z.object({
  contactName: plainText(LIMITS.contactName, true),
  jobTitle: plainText(LIMITS.jobTitle, false),
  // Welsh versions, where they differ (the Welsh sheet falls back to the English ones).
  organisationNameCy: plainText(LIMITS.orgName, false),
  jobTitleCy: plainText(LIMITS.jobTitle, false),
  addressCy: addressLines(),
  email: emailAddress(true),
  phone: ukPhone(),
  website: httpsUrl(LIMITS.website),
  address: addressLines(),
  findOutMoreUrl: httpsUrl(LIMITS.findOutMoreUrl),
  // A checkbox: present ("on") when ticked.
  publicContact: z.string().optional().transform((v) => v === "on"),
} satisfies Shape<typeof BRAND_PROFILE_FIELDS>);
export type BrandProfileInput = z.output<typeof brandProfileSchema>;

/** The logo's description (alternative text), sent with the logo upload form. */
export const logoAltSchema = z.object({ logoAlt: plainText(LIMITS.logoAlt, false) });

export const inviteSchema = z.object({ email: emailAddress(true) });

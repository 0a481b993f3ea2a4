import { fill, getMessages, type Locale } from "@/lib/i18n";
import { LIMITS } from "./validation";

type FieldKey = keyof ReturnType<typeof getMessages>["provider"]["fields"];

const MAX: Partial<Record<string, number>> = {
  name: LIMITS.orgName,
  contactName: LIMITS.contactName,
  jobTitle: LIMITS.jobTitle,
  email: LIMITS.email,
  inviteEmail: LIMITS.email,
  website: LIMITS.website,
  address: LIMITS.addressLine,
  addressCy: LIMITS.addressLine,
  organisationNameCy: LIMITS.orgName,
  jobTitleCy: LIMITS.jobTitle,
  findOutMoreUrl: LIMITS.findOutMoreUrl,
  logoAlt: LIMITS.logoAlt,
  phone: 25,
};

/** Turns validation keys ("required", "tooLong"…) into GOV.UK-style messages in the reader's language. */
export function describeErrors(errors: Record<string, string>, locale: Locale, rename: Record<string, FieldKey> = {}) {
  const t = getMessages(locale).provider;
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(errors)) {
    const fieldKey = (rename[field] ?? field) as FieldKey;
    const name = t.fields[fieldKey]?.error ?? field;
    // Keys may be nested, e.g. "logo.tooBig".
    const template = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], t.errors);
    const text = typeof template === "string" ? template : key;
    out[field] = fill(text, {
      field: name,
      Field: name.charAt(0).toUpperCase() + name.slice(1),
      max: MAX[fieldKey] ?? "",
    });
  }
  return out;
}

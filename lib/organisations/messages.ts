import { fill, getMessages, type Locale } from "@/lib/i18n";
import { LIMITS } from "./validation";

type ProviderMessages = ReturnType<typeof getMessages>["provider"];
type FieldKey = keyof ProviderMessages["fieldErrors"];

const MAX: Partial<Record<FieldKey, number>> = {
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

function lookup(node: unknown, key: string): string | undefined {
  const found = key.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], node);
  return typeof found === "string" ? found : undefined;
}

/**
 * Turns validation keys ("required", "tooLong"…) into GOV.UK-style messages in the reader's language.
 * Each field has its own whole sentence per error (`provider.fieldErrors`), so Welsh mutations are
 * written, not spliced; errors that do not name a field ("tooManyDomains", "logo.tooBig") come from
 * `provider.errors`. Only a number (the maximum length) is filled in.
 */
export function describeErrors(errors: Record<string, string>, locale: Locale) {
  const t = getMessages(locale).provider;
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(errors)) {
    const sentence = lookup(t.fieldErrors[field as FieldKey], key) ?? lookup(t.errors, key);
    if (!sentence) throw new Error(`No message for the error "${key}" of the field "${field}" in content/messages/${locale}.json`);
    out[field] = fill(sentence, { max: MAX[field as FieldKey] ?? "" });
  }
  return out;
}

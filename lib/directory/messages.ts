import { fill, getMessages, type Locale } from "@/lib/i18n";
import { HOURS_PER_CREDIT } from "./frameworks";
import type { DirectoryErrorKey, DirectoryWarningKey, Field } from "./rules";

/**
 * The directory's problems as sentences in the reader's language: one whole sentence per field
 * and problem (`directory.errors.<field>.<key>`), so nothing is spliced into a template. A key
 * with no sentence is a mistake in the messages, and says so rather than showing nothing.
 */
export function describeDirectoryErrors(errors: Partial<Record<Field, DirectoryErrorKey>>, locale: Locale): Record<string, string> {
  const t = getMessages(locale).directory.errors as Record<string, Record<string, string> | undefined>;
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(errors)) {
    const sentence = t[field]?.[key!];
    if (!sentence) throw new Error(`No message for the error "${key}" of the field "${field}" in content/messages/${locale}.json (directory.errors)`);
    out[field] = sentence;
  }
  return out;
}

/** Warnings (they do not stop publication) with their figures filled in. */
export function describeDirectoryWarnings(
  warnings: Partial<Record<Field, DirectoryWarningKey>>,
  values: { credits?: number | null },
  locale: Locale,
): Record<string, string> {
  const t = getMessages(locale).directory.warnings;
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(warnings)) {
    const credits = values.credits ?? 0;
    out[field] = fill(t[key!], { credits, hours: credits * HOURS_PER_CREDIT });
  }
  return out;
}

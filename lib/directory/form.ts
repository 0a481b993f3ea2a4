import type { Messages } from "@/lib/i18n";
import { NATIONS } from "@/lib/vocabulary";
import { FRAMEWORKS } from "./frameworks";
import { DELIVERY_LANGUAGES, FUNDING_SCHEMES, MODES, PACES, STACKABILITY, SUBJECTS, type Field } from "./rules";

/**
 * The provider's micro-credential form: its fields in the order it shows them (the error summary
 * lists problems in the same order), the choices each list offers in the reader's language, and
 * the submitted values read back as the text fields `checkMicroCredential` takes.
 */

export const FORM_ORDER: Field[] = [
  "title",
  "description",
  "learningOutcomes",
  "awardingBody",
  "subject",
  "titleCy",
  "descriptionCy",
  "learningOutcomesCy",
  "welshAbsentReason",
  "framework",
  "level",
  "credits",
  "notionalHours",
  "mode",
  "pace",
  "location",
  "nation",
  "deliveryLanguage",
  "assessment",
  "qualityAssurance",
  "supervisionAndIdentity",
  "prerequisites",
  "stackability",
  "stacksTowards",
  "anyTimeStart",
  "startDates",
  "durationWeeks",
  "price",
  "fundingSchemes",
  "bookingUrl",
  "lastChecked",
];

type Option = { value: string; label: string };
export type FormOptions = {
  nation: Option[];
  mode: Option[];
  pace: Option[];
  framework: Option[];
  deliveryLanguage: Option[];
  stackability: Option[];
  subject: Option[];
  fundingSchemes: Option[];
  chooseSubject: string;
};

/** Every list's choices, labelled in the reader's language. */
export function formOptions(messages: Messages): FormOptions {
  const t = messages.directory;
  const list = <V extends string>(values: readonly V[], names: Record<V, string>) => values.map((value) => ({ value, label: names[value] }));
  return {
    nation: list(NATIONS, messages.nations),
    mode: list(MODES, t.modes),
    pace: list(PACES, t.paces),
    framework: list(FRAMEWORKS, t.frameworks),
    deliveryLanguage: list(DELIVERY_LANGUAGES, t.languages),
    stackability: list(STACKABILITY, t.stackability),
    subject: list(SUBJECTS, t.subjects),
    fundingSchemes: list(FUNDING_SCHEMES, t.fundingSchemes),
    chooseSubject: t.chooseSubject,
  };
}

/** The submitted form as text fields; ticked funding schemes are joined with commas. */
export function submittedFields(formData: FormData): Record<Field, string> {
  const values = Object.fromEntries(FORM_ORDER.map((field) => [field, String(formData.get(field) ?? "")])) as Record<Field, string>;
  values.fundingSchemes = formData
    .getAll("fundingSchemes")
    .map((v) => String(v))
    .join(",");
  return values;
}

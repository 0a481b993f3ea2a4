import { z } from "zod";
import { httpsUrl, UNSAFE_TEXT } from "@/lib/organisations/validation";
import { NATIONS } from "@/lib/vocabulary";
import { CREDITS_IN_A_YEAR, FRAMEWORKS, hoursDisagreeWithCredits, isLevelOf } from "./frameworks";

/**
 * What a provider gives for a micro-credential, and the rules it must meet to be published: the
 * EU Council Recommendation's (2022) standard elements (Annex I) plus what a UK reader needs. The
 * form and the CSV import both go through `checkMicroCredential`, so a rule cannot hold in one and
 * not the other. Problems are keys into the messages (`directory.errors.*`), per field; warnings
 * (`directory.warnings.*`) are shown but do not stop publication.
 */

export const MODES = ["online", "in-person", "blended"] as const;
export const PACES = ["synchronous", "asynchronous", "both"] as const;
export const DELIVERY_LANGUAGES = ["en", "cy", "bilingual"] as const;
export const STACKABILITY = ["standalone", "towards-award"] as const;
/** ISCED-F 2013 broad fields of education and training, by code. */
export const SUBJECTS = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"] as const;
/**
 * Public funding schemes a learner or employer may use, by nation (sources in SOURCES.md §6):
 * Wales's Personal Learning Accounts, Northern Ireland's Skill Up, and Scotland's Flexible
 * Workforce Development Fund and Individual Training Accounts.
 */
export const FUNDING_SCHEMES = ["pla-wales", "skill-up-ni", "fwdf-scotland", "ita-scotland"] as const;

export const DIRECTORY_LIMITS = {
  title: 150,
  description: 3000,
  reason: 300,
  shortText: 300,
  outcome: 300,
  outcomes: 12,
  startDates: 12,
  url: 300,
  maxPricePounds: 20_000,
  maxWeeks: 104,
} as const;

export type DirectoryErrorKey =
  | "required"
  | "tooLong"
  | "unsafeText"
  | "choose"
  | "httpsUrl"
  | "levelNotInFramework"
  | "wholeNumber"
  | "creditsRange"
  | "hoursRange"
  | "price"
  | "date"
  | "pastDate"
  | "futureDate"
  | "tooMany"
  | "welshMissing"
  | "welshNeededForWelshDelivery"
  | "startNeeded"
  | "awardNeeded";

export type DirectoryWarningKey = "hoursVersusCredits";

// Markup anywhere in a text field is refused (the pages escape everything, but a listing copied
// elsewhere should not carry it): a "<" that starts a tag or a comment, plus invisible and
// control characters. A "<" followed by a space or a digit ("< 5 years") is ordinary text.
const MARKUP = /<\s*[a-z!/?]/i;
const INVISIBLE = new RegExp(UNSAFE_TEXT.source.replace("<>", ""), "u");

function text(max: number, { multiline = false } = {}) {
  return z
    .string()
    .transform((v) => (multiline ? v.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim() : v.trim().replace(/\s+/g, " ")))
    .pipe(
      z
        .string()
        .max(max, "tooLong")
        .refine((v) => !MARKUP.test(v), "unsafeText")
        .refine((v) => !INVISIBLE.test(multiline ? v.replace(/\n/g, "") : v), "unsafeText"),
    );
}

/** One item per line (learning outcomes), blank lines dropped. */
function lines(maxEach: number, maxCount: number) {
  return z
    .string()
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/^[-*•]\s*/, ""))
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(maxEach, "tooLong").refine((v) => !MARKUP.test(v) && !INVISIBLE.test(v), "unsafeText"))
        .max(maxCount, "tooMany"),
    );
}

/** One of the values, or "" (not chosen yet: a draft may leave it; publication may not). */
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .refine((v): v is T[number] | "" => v === "" || (values as readonly string[]).includes(v), "choose");

const wholeNumber = (min: number, max: number, rangeKey: DirectoryErrorKey) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return undefined;
      if (!/^\d+$/.test(v)) {
        ctx.addIssue({ code: "custom", message: "wholeNumber" });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: rangeKey });
        return z.NEVER;
      }
      return n;
    });

/** A price in pounds ("250", "250.00", "£1,200"), kept in pence; empty means not given. */
const pounds = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const plain = v.replace(/^£/, "").replace(/,(?=\d{3}\b)/g, "");
    if (plain === "") return undefined;
    if (!/^\d+(\.\d{1,2})?$/.test(plain) || Number(plain) > DIRECTORY_LIMITS.maxPricePounds) {
      ctx.addIssue({ code: "custom", message: "price" });
      return z.NEVER;
    }
    return Math.round(Number(plain) * 100);
  });

/** A real calendar date written YYYY-MM-DD (not 2027-02-30). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Dates as YYYY-MM-DD, one per line or comma separated, real calendar dates only. */
const dates = z
  .string()
  .transform((v, ctx) => {
    const parts = v.split(/[\s,]+/).filter(Boolean);
    const out: string[] = [];
    for (const part of parts) {
      if (!isCalendarDate(part)) {
        ctx.addIssue({ code: "custom", message: "date" });
        return z.NEVER;
      }
      out.push(part);
    }
    return [...new Set(out)].sort();
  })
  .pipe(z.array(z.string()).max(DIRECTORY_LIMITS.startDates, "tooMany"));

/** Several values of a list, comma separated (a form's ticked boxes are joined the same way), each once. */
const several = <T extends readonly string[]>(values: T) =>
  z
    .string()
    .transform((v) => [...new Set(v.split(",").map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.string().refine((v) => (values as readonly string[]).includes(v), "choose")));

/** One calendar date as YYYY-MM-DD, or "" for none. */
const oneDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDate(v), "date");

const checkbox = z.string().transform((v) => v === "on" || v === "true" || v === "1" || v === "yes");

/** The fields as text, the way a form or a CSV row gives them. */
export const microCredentialFields = z.object({
  title: text(DIRECTORY_LIMITS.title),
  titleCy: text(DIRECTORY_LIMITS.title),
  description: text(DIRECTORY_LIMITS.description, { multiline: true }),
  descriptionCy: text(DIRECTORY_LIMITS.description, { multiline: true }),
  welshAbsentReason: text(DIRECTORY_LIMITS.reason),
  learningOutcomes: lines(DIRECTORY_LIMITS.outcome, DIRECTORY_LIMITS.outcomes),
  learningOutcomesCy: lines(DIRECTORY_LIMITS.outcome, DIRECTORY_LIMITS.outcomes),
  awardingBody: text(DIRECTORY_LIMITS.shortText),
  nation: choice(NATIONS),
  location: text(DIRECTORY_LIMITS.shortText),
  mode: choice(MODES),
  pace: choice(PACES),
  framework: choice(FRAMEWORKS),
  level: z.string().trim().toUpperCase(),
  credits: wholeNumber(1, CREDITS_IN_A_YEAR - 1, "creditsRange"),
  notionalHours: wholeNumber(1, (CREDITS_IN_A_YEAR - 1) * 10 * 2, "hoursRange"),
  assessment: text(DIRECTORY_LIMITS.shortText),
  qualityAssurance: text(DIRECTORY_LIMITS.shortText),
  deliveryLanguage: choice(DELIVERY_LANGUAGES),
  prerequisites: text(DIRECTORY_LIMITS.shortText),
  supervisionAndIdentity: text(DIRECTORY_LIMITS.shortText),
  stackability: choice(STACKABILITY),
  stacksTowards: text(DIRECTORY_LIMITS.shortText),
  subject: z.string().trim().refine((v) => v === "" || (SUBJECTS as readonly string[]).includes(v), "choose"),
  anyTimeStart: checkbox,
  startDates: dates,
  durationWeeks: wholeNumber(1, DIRECTORY_LIMITS.maxWeeks, "wholeNumber"),
  price: pounds,
  fundingSchemes: several(FUNDING_SCHEMES),
  bookingUrl: httpsUrl(DIRECTORY_LIMITS.url),
  lastChecked: oneDate,
});

export type MicroCredentialInput = z.input<typeof microCredentialFields>;
export type MicroCredentialValues = z.output<typeof microCredentialFields>;
export type Field = keyof MicroCredentialInput;

export type CheckResult =
  | { ok: true; values: MicroCredentialValues; warnings: Partial<Record<Field, DirectoryWarningKey>> }
  | { ok: false; errors: Partial<Record<Field, DirectoryErrorKey>>; warnings: Partial<Record<Field, DirectoryWarningKey>> };

/** The fields publication always needs (others are needed in some cases: see `checkMicroCredential`). */
export const REQUIRED_TO_PUBLISH: readonly Field[] = [
  "title",
  "description",
  "awardingBody",
  "nation",
  "mode",
  "pace",
  "framework",
  "level",
  "credits",
  "notionalHours",
  "assessment",
  "qualityAssurance",
  "deliveryLanguage",
];

/**
 * Checks a micro-credential's fields. A draft only needs a title and well-formed values; to
 * publish, every required element must be there (`forPublication`). `today` (YYYY-MM-DD) is when
 * a new start date must not be before; dates already stored (`storedDates`) may have passed.
 */
export function checkMicroCredential(
  input: Partial<Record<Field, string>>,
  { forPublication, today, storedDates = [] }: { forPublication: boolean; today: string; storedDates?: string[] },
): CheckResult {
  const raw = Object.fromEntries(Object.keys(microCredentialFields.shape).map((k) => [k, input[k as Field] ?? ""]));
  const parsed = microCredentialFields.safeParse(raw);
  const errors: Partial<Record<Field, DirectoryErrorKey>> = {};
  const warnings: Partial<Record<Field, DirectoryWarningKey>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field;
      errors[field] ??= (issue.message as DirectoryErrorKey) ?? "required";
    }
  }
  const v = parsed.success ? parsed.data : undefined;
  const given = (field: Field) => (input[field] ?? "").trim() !== "";

  if (!given("title")) errors.title ??= "required";
  const framework = (input.framework ?? "").trim();
  const level = (input.level ?? "").trim().toUpperCase();
  if (level && (FRAMEWORKS as readonly string[]).includes(framework) && !isLevelOf(framework as (typeof FRAMEWORKS)[number], level)) {
    errors.level ??= "levelNotInFramework";
  }

  if (v?.credits !== undefined && v.notionalHours !== undefined && hoursDisagreeWithCredits(v.credits, v.notionalHours)) {
    warnings.notionalHours = "hoursVersusCredits";
  }
  // Dates are checked against today even when other fields fail, so every problem shows at once.
  const dates = microCredentialFields.shape.startDates.safeParse(raw.startDates);
  if (dates.success && dates.data.some((d) => d < today && !storedDates.includes(d))) errors.startDates ??= "pastDate";
  const checkedOn = microCredentialFields.shape.lastChecked.safeParse(raw.lastChecked);
  if (checkedOn.success && checkedOn.data > today) errors.lastChecked ??= "futureDate";

  if (forPublication) {
    for (const field of REQUIRED_TO_PUBLISH) if (!given(field)) errors[field] ??= "required";
    if (v && v.learningOutcomes.length === 0) errors.learningOutcomes ??= "required";
    if (v && v.mode && v.mode !== "online" && !v.location) errors.location ??= "required";
    if (v && !v.anyTimeStart && v.startDates.length === 0) errors.startDates ??= "startNeeded";
    if (v && v.stackability === "towards-award" && !v.stacksTowards) errors.stacksTowards ??= "awardNeeded";
    // Welsh is given in full, or its absence is explained; never silently empty.
    const welshGiven = Boolean(v?.titleCy && v.descriptionCy && v.learningOutcomesCy.length);
    const welshStarted = Boolean(v?.titleCy || v?.descriptionCy || v?.learningOutcomesCy.length);
    if (v && v.deliveryLanguage && v.deliveryLanguage !== "en" && !welshGiven) errors.titleCy ??= "welshNeededForWelshDelivery";
    else if (v && !welshGiven && (welshStarted || !v.welshAbsentReason)) errors.titleCy ??= "welshMissing";
  }

  if (Object.keys(errors).length > 0 || !v) return { ok: false, errors, warnings };
  return { ok: true, values: v, warnings };
}

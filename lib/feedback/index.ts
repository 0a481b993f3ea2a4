import "server-only";
import { z } from "zod";
import { parseEmailAddress } from "@/lib/auth/email-address";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { FeedbackRole } from "@/lib/db/generated/enums";
import { assertStaff } from "@/lib/organisations/access";
import { consume, type Limit } from "@/lib/rate-limit";
import { networkKey, siteKey } from "@/lib/rate-limit/client-address";

/**
 * Feedback on the employer fact sheet, from the short form under it: stored for the group's staff,
 * who list and export it. A bot that fills the hidden field is thanked and nothing is stored; one
 * network may send a few an hour. The text is kept as typed (pages show it as text, the CSV
 * neutralises formulas); control and invisible characters are removed.
 */

export const FEEDBACK_ROLES: readonly FeedbackRole[] = ["employer", "provider", "psrb", "other"];
export const FEEDBACK_SOURCES = ["public", "provider"] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export const IMPROVEMENT_MAX = 2000;
/** The fields of the form, by their ids (errors are keyed by them). */
export const FEEDBACK_FIELDS = ["usefulness", "improvement", "role", "email", "consent"] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

// Control characters except tab and line breaks, invisible format characters (bidirectional
// overrides, zero-width characters) and the line and paragraph separators.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

const schema = z
  .object({
    usefulness: z.enum(["1", "2", "3", "4", "5"], { message: "usefulness" }).transform(Number),
    improvement: z
      .string()
      .default("")
      .transform((v) => v.replace(INVISIBLE, "").replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().max(IMPROVEMENT_MAX, "improvement")),
    role: z.enum(FEEDBACK_ROLES as [FeedbackRole, ...FeedbackRole[]], { message: "role" }),
    email: z
      .string()
      .default("")
      .transform((v) => v.trim())
      .refine((v) => v === "" || parseEmailAddress(v) !== undefined, "email")
      .transform((v) => (v ? parseEmailAddress(v)!.address : "")),
    consent: z
      .string()
      .optional()
      .transform((v) => v === "yes"),
    source: z.enum(FEEDBACK_SOURCES).catch("public"),
    locale: z.enum(["en", "cy"]).catch("en"),
  })
  .superRefine((v, ctx) => {
    if (v.email && !v.consent) ctx.addIssue({ code: "custom", path: ["consent"], message: "consent" });
  });

/** What the form sends: every value as text, any of them missing or wrong. */
export type FeedbackInput = Partial<Record<FeedbackField | "source" | "locale", string>>;

/** Feedback sent from one network (an IPv4 address or an IPv6 /64) and one IPv6 /48 in an hour. */
export function feedbackLimits(address: string): Limit[] {
  const max = Number(process.env.FEEDBACK_PER_HOUR) || 5;
  const HOUR = 60 * 60 * 1000;
  const site = siteKey(address);
  return [
    { key: `feedback:${networkKey(address)}`, max, windowMs: HOUR },
    ...(site ? [{ key: `feedback-site:${site}`, max: max * 4, windowMs: HOUR }] : []),
  ];
}

export type SubmitResult = { ok: true } | { ok: false; errors: FeedbackField[] } | { ok: false; tooMany: true };

/**
 * Checks and stores one piece of feedback. `honeypot` is the hidden field people never see: when
 * it holds anything, the sender is told it worked and nothing is kept.
 */
export async function submitFeedback(input: FeedbackInput & { honeypot?: string }, clientAddress: string): Promise<SubmitResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.message as FeedbackField));
    return { ok: false, errors: FEEDBACK_FIELDS.filter((f) => fields.has(f)) };
  }
  if (input.honeypot) return { ok: true };
  const limit = await consume(feedbackLimits(clientAddress));
  if (!limit.ok) return { ok: false, tooMany: true };
  const { usefulness, improvement, role, email, consent, source, locale } = parsed.data;
  await (await getDb()).feedback.create({
    data: { usefulness, improvement: improvement || null, role, email: consent && email ? email : null, source, locale },
  });
  return { ok: true };
}

export type FeedbackFilters = { role?: FeedbackRole; usefulness?: number; source?: FeedbackSource; page: number };
export const FEEDBACK_PAGE_SIZE = 25;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Reads the staff list's filters from the query string, ignoring unknown values. */
export function parseFeedbackFilters(query: Record<string, string | string[] | undefined>): FeedbackFilters {
  const role = one(query.role);
  const usefulness = Number(one(query.usefulness));
  const source = one(query.source);
  const page = Number(one(query.page));
  return {
    role: (FEEDBACK_ROLES as readonly string[]).includes(role) ? (role as FeedbackRole) : undefined,
    usefulness: Number.isInteger(usefulness) && usefulness >= 1 && usefulness <= 5 ? usefulness : undefined,
    source: (FEEDBACK_SOURCES as readonly string[]).includes(source) ? (source as FeedbackSource) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

const whereOf = (f: FeedbackFilters) => ({
  ...(f.role ? { role: f.role } : {}),
  ...(f.usefulness ? { usefulness: f.usefulness } : {}),
  ...(f.source ? { source: f.source } : {}),
});

/** One page of feedback, newest first, with the average usefulness of everything matching. */
export async function listFeedback(actor: Actor, filters: FeedbackFilters) {
  assertStaff(actor);
  const db = await getDb();
  const where = whereOf(filters);
  const [total, average] = await Promise.all([db.feedback.count({ where }), db.feedback.aggregate({ where, _avg: { usefulness: true } })]);
  const pages = Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const items = await db.feedback.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * FEEDBACK_PAGE_SIZE,
    take: FEEDBACK_PAGE_SIZE,
  });
  return { items, total, page, pages, averageUsefulness: average._avg.usefulness };
}

/** Everything matching the filters, newest first, for the CSV export. */
export async function exportFeedback(actor: Actor, filters: FeedbackFilters) {
  assertStaff(actor);
  return (await getDb()).feedback.findMany({ where: whereOf(filters), orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { Nation as DatabaseNation, OrganisationType } from "@/lib/db/generated/enums";
import { assertStaff } from "@/lib/organisations/access";
import { fromDatabaseNation } from "@/lib/organisations/nation";
import { NATIONS, ORGANISATION_TYPES, SHEET_CHOICES, type Nation, type SheetChoice } from "@/lib/vocabulary";

/**
 * How the branded fact sheet is used: the one place its downloads are counted, for the staff's
 * uptake page, its charts, its tables and its CSV files alike. A download is a row of
 * FactSheetDownload: one per person, organisation, sheet version and language a day, so a
 * person who downloads the same sheet ten times in a day counts once.
 */

/** A range of whole days (UTC), both ends included. */
export type DayRange = { from: string; to: string };

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366 * 5;

/** A date typed as YYYY-MM-DD that is a real day, or undefined. */
function parseDay(text: string): Date | undefined {
  if (!DAY_PATTERN.test(text)) return undefined;
  const day = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text ? undefined : day;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The default range: the last twelve months, from the first day of the month eleven months ago. */
export function defaultRange(today: Date): DayRange {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: isoDay(from), to: isoDay(today) };
}

export type RangeProblem = "from" | "to" | "order" | "tooLong";

/**
 * Reads the range from the query string (`from`, `to`, as the date inputs send them). A missing
 * end takes the default's; a wrong one is reported (and the default used) so the page can say so.
 */
export function parseRange(query: { from?: string; to?: string }, today: Date): { range: DayRange; problems: RangeProblem[] } {
  const fallback = defaultRange(today);
  const problems: RangeProblem[] = [];
  const from = query.from ? parseDay(query.from) : parseDay(fallback.from);
  const to = query.to ? parseDay(query.to) : parseDay(fallback.to);
  if (!from) problems.push("from");
  if (!to) problems.push("to");
  if (from && to && from > to) problems.push("order");
  if (from && to && (to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) problems.push("tooLong");
  return problems.length ? { range: fallback, problems } : { range: { from: isoDay(from!), to: isoDay(to!) }, problems };
}

/** Every month a range touches, as YYYY-MM, so months without downloads show as 0. */
export function monthsOf(range: DayRange): string[] {
  const months: string[] = [];
  const [fy, fm] = range.from.split("-").map(Number) as [number, number];
  const [ty, tm] = range.to.split("-").map(Number) as [number, number];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? (y++, (m = 1)) : m++) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

export type Count<K extends string> = { key: K; downloads: number };
export type Uptake = {
  range: DayRange;
  downloads: number;
  organisations: number;
  byMonth: Count<string>[];
  byNation: Count<Nation>[];
  byType: Count<OrganisationType>[];
  byLanguage: Count<SheetChoice>[];
};
export type Breakdown = "month" | "nation" | "type" | "language";
export const BREAKDOWNS: readonly Breakdown[] = ["month", "nation", "type", "language"];

type Row = { month: string; nation: DatabaseNation; type: OrganisationType; locale: string; downloads: number };

/** The downloads in a range, in total and by month, nation, kind of organisation and language. */
export async function getUptake(actor: Actor, range: DayRange): Promise<Uptake> {
  assertStaff(actor);
  const db = await getDb();
  const from = new Date(`${range.from}T00:00:00.000Z`);
  const to = new Date(`${range.to}T00:00:00.000Z`);
  const [rows, [distinct]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT to_char(d."day", 'YYYY-MM') AS "month", o."nation"::text AS "nation", o."type"::text AS "type",
             d."locale" AS "locale", count(*)::int AS "downloads"
      FROM "FactSheetDownload" d JOIN "Organisation" o ON o."id" = d."organisationId"
      WHERE d."day" >= ${from}::date AND d."day" <= ${to}::date
      GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<{ organisations: number }[]>`
      SELECT count(DISTINCT d."organisationId")::int AS "organisations"
      FROM "FactSheetDownload" d WHERE d."day" >= ${from}::date AND d."day" <= ${to}::date`,
  ]);
  const sum = (pick: (r: Row) => boolean) => rows.filter(pick).reduce((n, r) => n + r.downloads, 0);
  return {
    range,
    downloads: sum(() => true),
    organisations: distinct?.organisations ?? 0,
    byMonth: monthsOf(range).map((key) => ({ key, downloads: sum((r) => r.month === key) })),
    byNation: NATIONS.map((key) => ({ key, downloads: sum((r) => fromDatabaseNation(r.nation) === key) })),
    byType: ORGANISATION_TYPES.map((key) => ({ key, downloads: sum((r) => r.type === key) })),
    byLanguage: SHEET_CHOICES.map((key) => ({ key, downloads: sum((r) => r.locale === key) })),
  };
}

/** One breakdown's rows, for its table and its CSV file. */
export function breakdownRows(uptake: Uptake, by: Breakdown): Count<string>[] {
  return { month: uptake.byMonth, nation: uptake.byNation, type: uptake.byType, language: uptake.byLanguage }[by];
}

/**
 * The credit and qualifications frameworks a micro-credential's level and credit are given in,
 * and what follows from them: the indicative EQF level and the ECTS credit. Imports nothing, so
 * forms, pages, the CSV import and the database layer share it.
 *
 * Sources (checked 2026-11-28):
 * - EQF levels: the comparison table on Pearson's "Scottish Credit and Qualifications Framework"
 *   support page (SCQF, QCF/RQF and EQF side by side): SCQF 12 → 8, 11 → 7, 9–10 → 6, 7–8 → 5,
 *   6 → 4, 5 → 3, 4 → 2, 3 → 1, SCQF 1–2 not referenced; RQF/QCF 8 → 8, 7 → 7, 6 → 6, 4–5 → 5,
 *   3 → 4, 2 → 3, 1 → 2, Entry 3 → 1. The CQFW and the FHEQ use the same level numbers as the RQF
 *   (nidirect, "Qualifications: what the different levels mean").
 * - Credit: one UK credit stands for ten notional hours of learning (Imperial College's page on
 *   national frameworks and credit systems, after the UK Credit Accumulation and Transfer
 *   Scheme), and "practice in the UK equates one ECTS credit with two UK credits" (Heythrop
 *   College's page on UK course structure); a full-time year is 120 UK credits.
 * - The joint UK and Ireland leaflet "Qualifications can cross boundaries" gives the same EQF table.
 */

export const FRAMEWORKS = ["cqfw", "scqf", "rqf", "fheq"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** Each framework's levels, lowest first, as they are written ("E3" is Entry 3). */
export const LEVELS: Record<Framework, readonly string[]> = {
  cqfw: ["E1", "E2", "E3", "1", "2", "3", "4", "5", "6", "7", "8"],
  rqf: ["E1", "E2", "E3", "1", "2", "3", "4", "5", "6", "7", "8"],
  fheq: ["4", "5", "6", "7", "8"],
  scqf: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
};

/** Levels of the CQFW, RQF and FHEQ (one numbering) against the EQF. */
const EQF_BY_UK_LEVEL: Record<string, number> = { E3: 1, "1": 2, "2": 3, "3": 4, "4": 5, "5": 5, "6": 6, "7": 7, "8": 8 };
const EQF_BY_SCQF_LEVEL: Record<string, number> = { "3": 1, "4": 2, "5": 3, "6": 4, "7": 5, "8": 5, "9": 6, "10": 6, "11": 7, "12": 8 };

export function isFramework(value: string): value is Framework {
  return (FRAMEWORKS as readonly string[]).includes(value);
}

export function isLevelOf(framework: Framework, level: string): boolean {
  return LEVELS[framework].includes(level);
}

/** The indicative EQF level, or undefined where the framework's level is below EQF level 1. */
export function eqfLevel(framework: Framework, level: string): number | undefined {
  if (!isLevelOf(framework, level)) return undefined;
  return framework === "scqf" ? EQF_BY_SCQF_LEVEL[level] : EQF_BY_UK_LEVEL[level];
}

/** Notional hours of learning one UK credit stands for. */
export const HOURS_PER_CREDIT = 10;

/** A full-time academic year in UK credits: a micro-credential is smaller than this. */
export const CREDITS_IN_A_YEAR = 120;

/** The ECTS credit a UK credit value comes to (two UK credits to one ECTS credit). */
export function ectsCredits(ukCredits: number): number {
  return ukCredits / 2;
}

/**
 * Whether hours and credits disagree enough to ask the provider to check: more than a quarter
 * away from ten hours a credit either way ("10 credits is usually about 100 hours").
 */
export function hoursDisagreeWithCredits(credits: number, hours: number): boolean {
  const expected = credits * HOURS_PER_CREDIT;
  return hours < expected * 0.75 || hours > expected * 1.25;
}

/** The levels of the UK frameworks (CQFW, RQF, FHEQ share one numbering) and of the SCQF at an EQF level. */
export function levelsAtEqf(eqf: number): { uk: string[]; scqf: string[] } {
  const at = (table: Record<string, number>) => Object.keys(table).filter((level) => table[level] === eqf);
  return { uk: at(EQF_BY_UK_LEVEL), scqf: at(EQF_BY_SCQF_LEVEL) };
}

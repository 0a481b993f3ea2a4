import type { Framework } from "./index";

export const frameworkColumns = ["region", "framework", "year", "sizeRule", "lastReviewed"] as const;
export type FrameworkColumn = (typeof frameworkColumns)[number];
export type SortDirection = "asc" | "desc";

/** Reads ?sort=&dir= with safe defaults (region, A to Z). */
export function readSort(sort?: string, dir?: string): { column: FrameworkColumn; direction: SortDirection } {
  const column = frameworkColumns.find((c) => c === sort) ?? "region";
  return { column, direction: dir === "desc" ? "desc" : "asc" };
}

/** Sorts framework rows by one column; ties fall back to region so the order is stable. */
export function sortFrameworks<T extends { doc: Framework }>(rows: T[], column: FrameworkColumn, direction: SortDirection): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.doc[column];
    const y = b.doc[column];
    const primary = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en");
    return sign * primary || a.doc.region.localeCompare(b.doc.region, "en");
  });
}

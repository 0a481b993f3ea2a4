import { readdirSync } from "node:fs";
import path from "node:path";

/** Slugs of the English documents in content/<folder>/en. */
export function slugs(folder: string): string[] {
  return readdirSync(path.join("content", folder, "en"))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.replace(/\.mdx$/, ""))
    .sort();
}

/** Every public page, without a language prefix: the same list feeds the render and axe tests. */
export const publicPaths: string[] = [
  "/",
  "/about",
  "/accessibility",
  "/privacy",
  "/contact",
  "/fact-sheet",
  "/faqs",
  "/case-studies",
  "/webinars",
  "/resources",
  "/global-summary",
  "/reports",
  "/reports/employer-psrb-survey-2025",
  "/sign-in",
  "/sign-in/check-email",
  ...slugs("case-studies").map((s) => `/case-studies/${s}`),
  ...slugs("webinars").map((s) => `/webinars/${s}`),
];

/** The address of a locale-free path in a language. */
export function inLocale(locale: "en" | "cy", p: string) {
  if (locale === "en") return p;
  return p === "/" ? "/cy" : `/cy${p}`;
}

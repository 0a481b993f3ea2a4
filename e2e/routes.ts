import { readdirSync } from "node:fs";
import path from "node:path";
import { publicPaths as listPublicPaths } from "@/lib/content/files";

/** Slugs of the English documents in content/<folder>/en. */
export function slugs(folder: string): string[] {
  return readdirSync(path.join("content", folder, "en"))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.replace(/\.mdx$/, ""))
    .sort();
}

/**
 * Every public page, without a language prefix, from the pages on disk and the content index
 * (lib/content/files.ts): the same list feeds the render and axe tests, so a new page or document
 * is tested without anyone adding it here.
 */
export const publicPaths: string[] = listPublicPaths(process.cwd());

/** The address of a locale-free path in a language. */
export function inLocale(locale: "en" | "cy", p: string) {
  if (locale === "en") return p;
  return p === "/" ? "/cy" : `/cy${p}`;
}

import { EDUCATION_PROVIDER_TYPES, NATIONS, type CaseStudyTheme, type EducationProviderType, type Nation } from "@/lib/vocabulary";
import type { CaseStudy } from "./index";

/** Case-study filters as read from the query string; unknown values are ignored, not errors. */
export type CaseStudyFilters = { nation?: Nation; providerType?: EducationProviderType; theme?: CaseStudyTheme };

/** Keeps only values that exist, so a hand-edited address never breaks the page. */
export function readCaseStudyFilters(
  query: Record<string, string | undefined>,
  themes: readonly CaseStudyTheme[],
): CaseStudyFilters {
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  return {
    nation: pick(query.nation, NATIONS),
    providerType: pick(query.type, EDUCATION_PROVIDER_TYPES),
    theme: pick(query.theme, themes),
  };
}

/** Case studies matching every filter that is set. */
export function filterCaseStudies<T extends { doc: Pick<CaseStudy, "nation" | "providerType" | "themes"> }>(
  items: T[],
  filters: CaseStudyFilters,
): T[] {
  return items.filter(
    ({ doc }) =>
      (!filters.nation || doc.nation === filters.nation) &&
      (!filters.providerType || doc.providerType === filters.providerType) &&
      (!filters.theme || doc.themes.includes(filters.theme)),
  );
}

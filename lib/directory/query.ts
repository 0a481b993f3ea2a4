import { NATIONS } from "@/lib/vocabulary";
import { DELIVERY_LANGUAGES, FUNDING_SCHEMES, MODES, SUBJECTS } from "./rules";
import { COST_BANDS, CREDIT_BANDS, FACET_NAMES, SORTS, STARTS, type DirectoryQuery, type Facet } from "./search-options";

/**
 * The directory's address as a query: only known values are taken from it, so a forged or
 * stale link shows the directory with that filter left out rather than an error.
 */
const ALLOWED: Record<Facet, readonly string[]> = {
  eqf: ["1", "2", "3", "4", "5", "6", "7", "8"],
  credits: CREDIT_BANDS,
  subject: SUBJECTS,
  mode: MODES,
  language: DELIVERY_LANGUAGES,
  nation: NATIONS,
  provider: [],
  start: STARTS,
  cost: COST_BANDS,
  funding: FUNDING_SCHEMES,
  stackable: ["true", "false"],
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function readDirectoryQuery(params: Record<string, string | string[] | undefined>): Required<DirectoryQuery> {
  const filters: Partial<Record<Facet, string>> = {};
  for (const facet of FACET_NAMES) {
    const value = first(params[facet]).trim();
    if (!value) continue;
    // Providers are slugs: letters, digits and hyphens only.
    if (facet === "provider" ? /^[a-z0-9-]{1,80}$/.test(value) : ALLOWED[facet].includes(value)) filters[facet] = value;
  }
  const sort = first(params.sort);
  const page = Number.parseInt(first(params.page), 10);
  return {
    q: first(params.q).trim().slice(0, 200),
    filters,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as DirectoryQuery["sort"] & string) : "relevance",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

/** The query as address parameters (for pagination links and the language switch). */
export function queryParams(query: Required<DirectoryQuery>): Record<string, string> {
  return {
    ...(query.q ? { q: query.q } : {}),
    ...query.filters,
    ...(query.sort !== "relevance" ? { sort: query.sort } : {}),
  };
}

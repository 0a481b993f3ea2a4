/** The directory search's vocabulary, shared by the query (server) and the pages and forms. */

export const DIRECTORY_PAGE_SIZE = 20;

export const CREDIT_BANDS = ["1-10", "11-20", "21-40", "41-plus"] as const;
export const COST_BANDS = ["free", "under-250", "250-999", "1000-plus", "not-given"] as const;
export const STARTS = ["any-time", "set-dates"] as const;
export const SORTS = ["relevance", "title", "newest", "credits"] as const;

/** The facets, in the order the filter form shows them. */
export const FACET_NAMES = ["eqf", "credits", "subject", "mode", "language", "nation", "provider", "start", "cost", "funding", "stackable"] as const;
export type Facet = (typeof FACET_NAMES)[number];

export type DirectoryQuery = {
  q?: string;
  filters?: Partial<Record<Facet, string>>;
  sort?: (typeof SORTS)[number];
  page?: number;
};

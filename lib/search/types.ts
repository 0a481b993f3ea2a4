/**
 * The kinds of page the site search tells apart (the results' type and filter), from a page's
 * locale-free address. Imports nothing: the index script and the search page both use it.
 */
export const SEARCH_TYPES = ["page", "fact-sheet", "faq", "case-study", "webinar", "report", "resource", "framework"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export function searchType(path: string): SearchType {
  const [, first = ""] = path.split("/");
  const byFolder: Record<string, SearchType> = {
    "case-studies": "case-study",
    webinars: "webinar",
    reports: "report",
    resources: "resource",
    faqs: "faq",
    "fact-sheet": "fact-sheet",
    "global-summary": "framework",
  };
  return byFolder[first] ?? "page";
}

/**
 * Content folders whose documents each have their own page at /<folder>/<slug>, and which of
 * their documents do. The page files' generateStaticParams, content:check's link targets and the
 * tests' list of public pages all ask this one rule. Imports nothing, so pages can use it.
 */
const DOCUMENT_PAGES: Record<string, (data: { status?: unknown }) => boolean> = {
  "case-studies": () => true,
  webinars: () => true,
  // A survey that has closed is listed on /reports; it gets a page when its report is published.
  reports: (data) => data.status === "published",
};

export function hasOwnPage(folder: string, data: { status?: unknown }): boolean {
  return DOCUMENT_PAGES[folder]?.(data) ?? false;
}

/**
 * Previous and next links for a long list, keeping the list's filters (GOV.UK pagination). Plain
 * links, so every page of results has an address and works without JavaScript.
 */
export function Pagination({
  base,
  query,
  page,
  pages,
  label,
  text,
}: {
  base: string;
  query: Record<string, string | number | undefined>;
  page: number;
  pages: number;
  label: string;
  text: { previous: string; next: string; pageOf: (page: number, pages: number) => string };
}) {
  if (pages <= 1) return null;
  const href = (to: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") params.set(k, String(v));
    if (to > 1) params.set("page", String(to));
    const search = params.toString();
    return search ? `${base}?${search}` : base;
  };
  return (
    <nav className="pagination" aria-label={label}>
      <p>{text.pageOf(page, pages)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {text.previous}
            </a>
          </li>
        ) : null}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {text.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

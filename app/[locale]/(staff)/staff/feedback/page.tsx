import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { formatDate, localePath, routeLocale } from "@/lib/i18n";
import { FEEDBACK_ROLES, FEEDBACK_SOURCES, listFeedback, parseFeedbackFilters } from "@/lib/feedback";
import { privatePageMetadata } from "@/lib/site/metadata";
import { pageText, roleName, sourceName, usefulnessName } from "@/lib/staff/text";

type Props = PageProps<"/[locale]/staff/feedback">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/staff/feedback", title: "Feedback on the fact sheet" });
}

/** What readers said about the fact sheet: filtered (a GET form), newest first, and as CSV. */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireStaff(locale, "/staff/feedback");
  const filters = parseFeedbackFilters(await searchParams);
  const { items, total, page, pages, averageUsefulness } = await listFeedback(actor, filters);
  const base = localePath(locale, "/staff/feedback");
  const query = { role: filters.role, usefulness: filters.usefulness, source: filters.source };
  const csv = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) csv.set(k, String(v));
  const filtered = Boolean(filters.role || filters.usefulness || filters.source);
  return (
    <>
      <h1>Feedback on the fact sheet</h1>
      <form method="get" action={`${base}#results`} className="filters" aria-labelledby="filter-heading">
        <h2 id="filter-heading">Filter the feedback</h2>
        <div className="filter-fields">
          <FilterSelect id="filter-role" name="role" label="Who they are" any="Anyone" value={filters.role} options={FEEDBACK_ROLES.map((r) => [r, roleName[r]])} />
          <FilterSelect
            id="filter-usefulness"
            name="usefulness"
            label="How useful"
            any="Any"
            value={filters.usefulness}
            options={(["1", "2", "3", "4", "5"] as const).map((n) => [n, `${n}: ${usefulnessName[n]}`])}
          />
          <FilterSelect id="filter-source" name="source" label="Sent from" any="Anywhere" value={filters.source} options={FEEDBACK_SOURCES.map((v) => [v, sourceName[v]])} />
        </div>
        <p className="filter-actions">
          <button type="submit" className="button">
            Apply
          </button>
          {filtered ? <Link href={base}>Clear filters</Link> : null}
        </p>
      </form>
      <p className="result-count" id="results" tabIndex={-1}>
        {total === 1 ? "1 response" : `${total} responses`}
        {averageUsefulness ? `; average usefulness ${averageUsefulness.toFixed(1)} out of 5` : ""}
      </p>
      {total ? (
        <p>
          <a href={`/api/staff/feedback${csv.size ? `?${csv}` : ""}`} download>
            Download {filtered ? "these responses" : "all responses"} (CSV)
          </a>
        </p>
      ) : (
        <p>No feedback matches.</p>
      )}
      <ul className="result-list">
        {items.map((f) => (
          <li key={f.id}>
            <h2 className="result-title">
              {`${f.usefulness} out of 5: ${usefulnessName[String(f.usefulness) as keyof typeof usefulnessName]}`}
            </h2>
            <p className="caption">
              {roleName[f.role]} · {sourceName[f.source as keyof typeof sourceName] ?? f.source} · {f.locale === "cy" ? "Welsh" : "English"} page ·{" "}
              <time dateTime={f.createdAt.toISOString()}>{formatDate(f.createdAt.toISOString(), "en", { hour: "2-digit", minute: "2-digit" })}</time>
            </p>
            {f.improvement ? (
              <blockquote lang={f.locale}>
                <p className="quote-text">{f.improvement}</p>
              </blockquote>
            ) : (
              <p>No suggestion given.</p>
            )}
            {f.email ? <p className="break-anywhere">May be contacted at {f.email}</p> : null}
          </li>
        ))}
      </ul>
      <Pagination base={base} query={query} page={page} pages={pages} label="Pages of feedback" text={pageText} />
    </>
  );
}

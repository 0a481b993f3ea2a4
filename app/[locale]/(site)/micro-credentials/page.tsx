import Link from "next/link";
import { DirectoryResults } from "@/components/directory/results";
import { FilterSelect } from "@/components/ui/filter-select";
import { FocusResults } from "@/components/ui/focus-results";
import { Pagination } from "@/components/ui/pagination";
import { readDirectoryQuery, queryParams } from "@/lib/directory/query";
import { eqfLabel } from "@/lib/directory/present";
import { searchDirectory } from "@/lib/directory/search";
import { COST_BANDS, CREDIT_BANDS, FACET_NAMES, SORTS, STARTS, type Facet } from "@/lib/directory/search-options";
import { DELIVERY_LANGUAGES, FUNDING_SCHEMES, MODES, SUBJECTS } from "@/lib/directory/rules";
import { fill, getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { NATIONS } from "@/lib/vocabulary";

type Props = PageProps<"/[locale]/micro-credentials">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).directory;
  return pageMetadata({ locale, path: "/micro-credentials", title: t.title, description: t.description });
}

/**
 * The public directory: free text, a filter per facet with how many each choice would give, sort
 * and pages, all in one GET form, so every search has an address and works without JavaScript.
 */
export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const messages = getMessages(locale);
  const t = messages.directory;
  const query = readDirectoryQuery(await searchParams);
  const found = await searchDirectory(query);
  const base = localePath(locale, "/micro-credentials");

  // Each facet's choices, named in the reader's language, with their counts; a chosen value stays
  // on the list even when nothing matches it now, so the reader can see it and undo it.
  const names: Record<Facet, [value: string, label: string][]> = {
    eqf: ["1", "2", "3", "4", "5", "6", "7", "8"].map((v) => [v, eqfLabel(t, Number(v))]),
    credits: CREDIT_BANDS.map((v) => [v, t.creditBands[v]]),
    subject: SUBJECTS.map((v) => [v, t.subjects[v]]),
    mode: MODES.map((v) => [v, t.modes[v]]),
    language: DELIVERY_LANGUAGES.map((v) => [v, t.languages[v]]),
    nation: NATIONS.map((v) => [v, messages.nations[v]]),
    provider: Object.entries(found.providers).sort((a, b) => a[1].localeCompare(b[1], locale)),
    start: STARTS.map((v) => [v, t.starts[v]]),
    cost: COST_BANDS.map((v) => [v, t.costBands[v]]),
    funding: FUNDING_SCHEMES.map((v) => [v, t.fundingSchemes[v]]),
    stackable: (["true", "false"] as const).map((v) => [v, t.stackableOptions[v]]),
  };
  const options = (facet: Facet) =>
    names[facet]
      .filter(([value]) => found.facets[facet][value] || query.filters[facet] === value)
      .map(([value, label]) => [value, fill(t.optionWithCount, { label, count: found.facets[facet][value] ?? 0 })] as const);
  const searched = Boolean(query.q || Object.keys(query.filters).length);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <form method="get" action={`${base}#results`} className="directory" aria-label={t.title}>
        <div className="directory-search">
          <label htmlFor="directory-q" className="form-label">
            {t.searchLabel}
          </label>
          <p id="directory-q-hint" className="form-hint">
            {t.searchHint}
          </p>
          <div className="search-row">
            <input type="search" id="directory-q" name="q" defaultValue={query.q} aria-describedby="directory-q-hint" maxLength={200} />
            <button type="submit" className="button">
              {messages.search.button}
            </button>
          </div>
        </div>

        {/* On a phone the filters come first and are long: a way straight to what was found. */}
        <p className="skip-to-results">
          <a href="#results">{fill(t.skipToResults, { count: found.total })}</a>
        </p>
        <div className="directory-columns">
          <div className="filters directory-filters" role="group" aria-labelledby="filter-heading">
            <h2 id="filter-heading">{t.filterHeading}</h2>
            {FACET_NAMES.map((facet) => (
              <FilterSelect key={facet} id={`filter-${facet}`} name={facet} label={t.facets[facet]} any={t.any} value={query.filters[facet]} options={options(facet)} />
            ))}
            <FilterSelect id="filter-sort" name="sort" label={t.sortLabel} any={t.sorts.relevance} value={query.sort === "relevance" ? "" : query.sort} options={SORTS.filter((s) => s !== "relevance").map((s) => [s, t.sorts[s]])} />
            <p className="filter-actions">
              <button type="submit" className="button">
                {t.apply}
              </button>
              {searched ? <Link href={`${base}#results`}>{t.clear}</Link> : null}
            </p>
          </div>

          <section className="directory-results" aria-labelledby="results">
            <h2 className="result-count" id="results" tabIndex={-1}>
              {fill(t.count, { count: found.total })}
            </h2>
            <FocusResults id="results" />
            {found.total === 0 ? <p>{t.none}</p> : null}
            <DirectoryResults locale={locale} results={found.results} />
            <Pagination
              base={base}
              query={queryParams(query)}
              page={found.page}
              pages={found.pages}
              label={t.pagination.label}
              text={{ previous: t.pagination.previous, next: t.pagination.next, pageOf: (page, pages) => fill(t.pagination.pageOf, { page, pages }) }}
            />
          </section>
        </div>
      </form>

      <section aria-labelledby="open-data">
        <h2 id="open-data">{t.openData.heading}</h2>
        <p>{t.openData.intro}</p>
        <ul className="link-list">
          <li>
            <a href="/micro-credentials.csv" download>
              {t.openData.csv}
            </a>
          </li>
          <li>
            <a href="/micro-credentials.json">{t.openData.json}</a>
          </li>
          <li>
            <a href={localePath(locale, "/micro-credentials/feed.xml")}>{t.openData.feed}</a>
          </li>
        </ul>
      </section>
    </>
  );
}

import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { getCaseStudies } from "@/lib/content";
import { filterCaseStudies, readCaseStudyFilters } from "@/lib/content/filters";
import { EDUCATION_PROVIDER_TYPES, NATIONS } from "@/lib/vocabulary";
import { fill, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { FocusResults } from "@/components/ui/focus-results";

type Props = PageProps<"/[locale]/case-studies">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).caseStudies;
  return pageMetadata({ locale, path: "/case-studies", title: t.title, description: t.description });
}

export default async function CaseStudiesPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const query = await searchParams;
  const messages = getMessages(locale);
  const t = messages.caseStudies;
  const all = getCaseStudies(locale);
  const themeName = messages.caseStudyThemes;
  const themes = [...new Set(all.flatMap((c) => c.doc.themes))].sort((a, b) => themeName[a].localeCompare(themeName[b], locale));
  const filters = readCaseStudyFilters(
    { nation: queryValue(query.nation), type: queryValue(query.type), theme: queryValue(query.theme) },
    themes,
  );
  const shown = filterCaseStudies(all, filters);
  const filtered = Boolean(filters.nation || filters.providerType || filters.theme);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      {/* A plain GET form: filtering works without JavaScript and every result has an address. */}
      <form method="get" action={`${localePath(locale, "/case-studies")}#results`} className="filters" aria-labelledby="filter-heading">
        <h2 id="filter-heading">{t.filterHeading}</h2>
        <div className="filter-fields">
          <FilterSelect id="filter-nation" name="nation" label={t.nation} any={t.any} value={filters.nation} options={NATIONS.map((n) => [n, messages.nations[n]])} />
          <FilterSelect
            id="filter-type"
            name="type"
            label={t.providerType}
            any={t.any}
            value={filters.providerType}
            options={EDUCATION_PROVIDER_TYPES.map((p) => [p, messages.providerTypes[p]])}
          />
          <FilterSelect id="filter-theme" name="theme" label={t.theme} any={t.any} value={filters.theme} options={themes.map((theme) => [theme, themeName[theme]])} />
        </div>
        <p className="filter-actions">
          <button type="submit" className="button">
            {t.apply}
          </button>
          {filtered ? <Link href={`${localePath(locale, "/case-studies")}#results`}>{t.clear}</Link> : null}
        </p>
      </form>

      <p className="result-count" id="results" tabIndex={-1}>
        {fill(t.count, { count: shown.length, total: all.length })}
      </p>
      <FocusResults id="results" />
      {shown.length === 0 ? <p>{t.none}</p> : null}
      <ul className="result-list">
        {shown.map(({ doc, fallback, lang }) => (
          <li key={doc.slug} lang={fallback ? lang : undefined}>
            <h2 className="result-title">
              <Link href={localePath(locale, `/case-studies/${doc.slug}`)}>{doc.title}</Link>
            </h2>
            <p className="caption">
              {doc.provider} · <span lang={locale}>{messages.nations[doc.nation]}</span> ·{" "}
              <span lang={locale}>{messages.providerTypes[doc.providerType]}</span>
            </p>
            <p>{doc.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { ScrollTable } from "@/components/ui/scroll-table";
import { requireStaff } from "@/lib/auth/session";
import { formatDate, localePath, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";
import { parseOrganisationFilters, searchOrganisations, STATUSES } from "@/lib/staff/organisations";
import { nationName, pageText, statusName, typeName } from "@/lib/staff/text";
import { NATIONS, ORGANISATION_TYPES } from "@/lib/vocabulary";

type Props = PageProps<"/[locale]/staff/organisations">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/staff/organisations", title: "Organisations" });
}

/** Every organisation: search by name or domain, filter by status, nation and type (a GET form). */
export default async function StaffOrganisationsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireStaff(locale, "/staff/organisations");
  const filters = parseOrganisationFilters(await searchParams);
  const { organisations, total, page, pages } = await searchOrganisations(actor, filters);
  const base = localePath(locale, "/staff/organisations");
  const filtered = Boolean(filters.q || filters.status || filters.nation || filters.type);
  return (
    <>
      <h1>Organisations</h1>
      <form method="get" action={`${base}#results`} className="filters" aria-labelledby="filter-heading" role="search">
        <h2 id="filter-heading">Find organisations</h2>
        <div className="filter-fields">
          <div className="field">
            <label htmlFor="filter-q">Name or e-mail domain</label>
            <input id="filter-q" name="q" type="search" defaultValue={filters.q} spellCheck={false} />
          </div>
          <FilterSelect id="filter-status" name="status" label="Status" any="Any" value={filters.status} options={STATUSES.map((v) => [v, statusName[v]])} />
          <FilterSelect id="filter-nation" name="nation" label="Nation" any="Any" value={filters.nation} options={NATIONS.map((v) => [v, nationName[v]])} />
          <FilterSelect id="filter-type" name="type" label="Type" any="Any" value={filters.type} options={ORGANISATION_TYPES.map((v) => [v, typeName[v]])} />
        </div>
        <p className="filter-actions">
          <button type="submit" className="button">
            Apply
          </button>
          {filtered ? <Link href={base}>Clear filters</Link> : null}
        </p>
      </form>
      <p className="result-count" id="results" tabIndex={-1}>
        {total === 1 ? "1 organisation" : `${total} organisations`}
      </p>
      {total === 0 ? (
        <p>No organisation matches.</p>
      ) : (
        <ScrollTable id="organisations" caption="Organisations, waiting for a decision first, then newest">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
              <th scope="col">Nation</th>
              <th scope="col">Type</th>
              <th scope="col">Owner</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <Link href={localePath(locale, `/staff/organisations/${o.id}`)}>{o.name}</Link>
                  <br />
                  <span className="caption break-anywhere">{o.domains.join(", ")}</span>
                </th>
                <td>{statusName[o.status]}</td>
                <td>{nationName[o.nation]}</td>
                <td>{typeName[o.type]}</td>
                <td className="break-anywhere">{o.memberships.map((m) => m.user.email).join(", ")}</td>
                <td>{formatDate(o.createdAt.toISOString(), "en")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination
        base={base}
        query={{ q: filters.q, status: filters.status, nation: filters.nation, type: filters.type }}
        page={page}
        pages={pages}
        label="Pages of organisations"
        text={pageText}
      />
    </>
  );
}

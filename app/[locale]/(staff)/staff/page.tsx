import { StatusNotice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/session";
import { fill, formatDate, getMessages, queryValue, routeLocale } from "@/lib/i18n";
import { getDownloadSummary } from "@/lib/organisations/downloads";
import { listOrganisationsForStaff } from "@/lib/organisations/staff";
import { privatePageMetadata } from "@/lib/site/metadata";
import { setStatusAction } from "./actions";

type Props = PageProps<"/[locale]/staff">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/staff", title: getMessages(locale).staff.title });
}

export default async function StaffPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireStaff(locale, "/staff");
  const t = getMessages(locale).staff;
  const p = getMessages(locale).provider;
  const query = await searchParams;
  const [organisations, downloads] = await Promise.all([listOrganisationsForStaff(actor), getDownloadSummary(actor)]);
  const changed = organisations.find((o) => o.id === queryValue(query.org));
  return (
    <>
      <h1>{t.title}</h1>
      {changed && queryValue(query.notice) === "domainHeld" ? (
        <div className="notice notice-warning" role="status">
          <p>{fill(t.domainHeld, { name: changed.name })}</p>
        </div>
      ) : (
        <StatusNotice text={changed ? fill(t.updated, { name: changed.name, status: p.status[changed.status] }) : undefined} />
      )}
      <h2>{t.organisationsHeading}</h2>
      {organisations.length === 0 ? <p>{t.none}</p> : null}
      <div className="table-scroll" role="region" aria-label={t.organisationsHeading} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.owner}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">
                <span className="sr-only">{p.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.name}
                  <br />
                  <span className="caption">{o.domains.join(", ")}</span>
                </th>
                <td>{o.memberships.map((m) => m.user.email).join(", ")}</td>
                <td>{p.status[o.status]}</td>
                <td>{formatDate(o.createdAt.toISOString(), locale)}</td>
                <td>
                  <form action={setStatusAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="organisationId" value={o.id} />
                    <input type="hidden" name="status" value={o.status === "approved" ? "suspended" : "approved"} />
                    <button type="submit" className={o.status === "approved" ? "link-button link-button-warning" : "button"}>
                      {fill(o.status === "pending" ? t.approve : o.status === "approved" ? t.suspend : t.reinstate, { name: o.name })}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t.downloadsHeading}</h2>
      {downloads.length === 0 ? (
        <p>{t.noDownloads}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t.downloadsHeading} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col" className="numeric">
                  {t.downloads}
                </th>
                <th scope="col">{t.byLanguage}</th>
                <th scope="col">{t.lastDownload}</th>
              </tr>
            </thead>
            <tbody>
              {downloads.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td className="numeric">{d.total}</td>
                  <td>
                    {Object.entries(d.byLocale)
                      .map(([l, n]) => `${l}: ${n}`)
                      .join(", ")}
                  </td>
                  <td>{formatDate(d.last.toISOString(), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

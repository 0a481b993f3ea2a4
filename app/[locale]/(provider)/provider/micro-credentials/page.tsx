import Link from "next/link";
import { redirect } from "next/navigation";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { listOwnMicroCredentials } from "@/lib/directory";
import { formatDate, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";
import { duplicateAction, publishAction, withdrawAction } from "./actions";

type Props = PageProps<"/[locale]/provider/micro-credentials">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/micro-credentials", title: getMessages(locale).directory.manage.title });
}

/** The organisation's micro-credentials in every state, with what can be done to each. */
export default async function MyMicroCredentialsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/micro-credentials");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const t = getMessages(locale).directory.manage;
  const { organisation } = mine;
  const rows = await listOwnMicroCredentials(actor, organisation.id);
  const notice = queryValue((await searchParams).notice);
  const notices: Record<string, string> = {
    published: t.published,
    submitted: t.submittedNotice,
    withdrawn: t.withdrawn,
    duplicated: t.duplicated,
    cannotChange: t.cannotChangeWithdrawn,
  };
  // Each button's visible word, with the title for screen readers (GOV.UK "Change<hidden> name</hidden>").
  const button = (action: (formData: FormData) => Promise<void>, id: string, label: string, title: string, secondary = true) => (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisation.id} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`button button-small${secondary ? " button-secondary" : ""}`}>
        {label}
        <span className="sr-only"> {title}</span>
      </button>
    </form>
  );
  const suspended = organisation.status === "suspended";
  return (
    <>
      <p className="caption">{organisation.name}</p>
      <h1>{t.title}</h1>
      <StatusNotice text={notice ? notices[notice] : undefined} />
      <p className="narrow">{t.intro}</p>
      {organisation.status !== "approved" && !suspended ? <p className="notice notice-warning">{t.notApproved}</p> : null}
      {!suspended ? (
        <p>
          <Link className="button" href={localePath(locale, "/provider/micro-credentials/new")}>
            {t.add}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="result-list" aria-label={t.listLabel}>
          {rows.map((row) => (
            <li key={row.id}>
              <h2 className="result-title">
                {row.status === "withdrawn" ? row.title : <Link href={localePath(locale, `/provider/micro-credentials/${row.id}`)}>{row.title}</Link>}
              </h2>
              <p className="result-facts">
                <strong className={`tag tag-${row.status}`}>{t.statuses[row.status]}</strong> {t.columns.updated}: {formatDate(row.updatedAt.toISOString(), locale)}
              </p>
              <div className="button-group button-group-tight">
                {row.status === "draft" && !suspended ? button(publishAction, row.id, t.publish, row.title, false) : null}
                {row.status === "published" || row.status === "withdrawn" ? (
                  <Link href={localePath(locale, `/micro-credentials/${row.slug}`)}>
                    {t.view}
                    <span className="sr-only"> {row.title}</span>
                  </Link>
                ) : null}
                {row.status === "published" && !suspended ? button(withdrawAction, row.id, t.withdraw, row.title) : null}
                {!suspended ? button(duplicateAction, row.id, t.duplicate, row.title) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.csvHeading}</h2>
      <p className="narrow">{t.csvIntro}</p>
      <ul className="link-list">
        {!suspended ? (
          <li>
            <Link href={localePath(locale, "/provider/micro-credentials/import")}>{t.importLink}</Link>
          </li>
        ) : null}
        <li>
          <a href={localePath(locale, "/provider/micro-credentials/export.csv")} download>
            {t.exportLink}
          </a>
        </li>
      </ul>
      <p>
        <Link href={localePath(locale, "/provider")}>{getMessages(locale).provider.back}</Link>
      </p>
    </>
  );
}

import Link from "next/link";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { fill, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { getJoinableOrganisations, getMyInvitations, getMyOrganisation } from "@/lib/organisations";
import { privatePageMetadata } from "@/lib/site/metadata";
import { acceptInvitationAction, requestToJoinAction } from "./actions";

type Props = PageProps<"/[locale]/provider">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).provider;
  return privatePageMetadata({ locale, path: "/provider", title: t.title });
}

export default async function ProviderHomePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider");
  const t = getMessages(locale).provider;
  const notice = queryValue((await searchParams).notice);
  const mine = await getMyOrganisation(actor);

  if (mine) {
    const { organisation, role } = mine;
    const statusText = { pending: t.statusPending, approved: t.statusApproved, suspended: t.statusSuspended }[organisation.status];
    return (
      <>
        <h1>{organisation.name}</h1>
        <StatusNotice text={notice === "created" || notice === "joined" ? statusText : undefined} />
        <div className={`notice${organisation.status === "approved" ? "" : " notice-warning"}`}>
          <p>
            <strong>{t.status[organisation.status]}.</strong> {statusText}
          </p>
        </div>
        <dl className="facts">
          <dt>{t.yourRole}</dt>
          <dd>{t.role[role]}</dd>
          <dt>{t.fields.type.label}</dt>
          <dd>{t.types[organisation.type]}</dd>
          <dt>{t.fields.nation.label}</dt>
          <dd>{t.nations[organisation.nation]}</dd>
        </dl>
        <ul className="link-list">
          <li>
            <Link href={localePath(locale, "/provider/fact-sheet")}>{t.factSheetLink}</Link>
          </li>
          <li>
            <Link href={localePath(locale, "/provider/profile")}>{t.profileLink}</Link>
          </li>
          <li>
            <Link href={localePath(locale, "/provider/members")}>{t.membersLink}</Link>
          </li>
        </ul>
      </>
    );
  }

  const [invitations, joinable] = await Promise.all([getMyInvitations(actor), getJoinableOrganisations(actor)]);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.noOrganisation}</p>
      {invitations.length ? (
        <section aria-labelledby="invitations">
          <h2 id="invitations">{t.invitationsHeading}</h2>
          {invitations.map((invitation) => (
            <form key={invitation.id} action={acceptInvitationAction} className="inline-form">
              <p>{fill(t.invitedTo, { name: invitation.organisation.name })}</p>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button type="submit" className="button">
                {t.accept}
              </button>
            </form>
          ))}
        </section>
      ) : null}
      {joinable.length ? (
        <section aria-labelledby="join">
          <h2 id="join">{t.joinHeading}</h2>
          <p>{t.joinIntro}</p>
          {joinable.map((organisation) =>
            organisation.joinRequests.some((r) => r.status === "pending") ? (
              <p key={organisation.id}>{fill(t.requested, { name: organisation.name })}</p>
            ) : (
              <form key={organisation.id} action={requestToJoinAction} className="inline-form">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="organisationId" value={organisation.id} />
                <button type="submit" className="button button-secondary">
                  {fill(t.askToJoin, { name: organisation.name })}
                </button>
              </form>
            ),
          )}
        </section>
      ) : null}
      <section aria-labelledby="create">
        <h2 id="create">{t.createHeading}</h2>
        <p>{t.createIntro}</p>
        <p>
          <Link className="button" href={localePath(locale, "/provider/organisation/new")}>
            {t.createLink}
          </Link>
        </p>
      </section>
    </>
  );
}

import Link from "next/link";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { fill, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { getDecisionReason, getJoinableOrganisations, getMyInvitations, getMyOrganisation, getMyRejectedRequest } from "@/lib/organisations";
import { hasDownloaded } from "@/lib/organisations/downloads";
import { privatePageMetadata } from "@/lib/site/metadata";
import { acceptInvitationAction, declineInvitationAction, requestToJoinAction } from "./actions";

type Props = PageProps<"/[locale]/provider">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).provider;
  return privatePageMetadata({ locale, path: "/provider", title: t.title });
}

export default async function ProviderHomePage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider");
  const messages = getMessages(locale);
  const t = messages.provider;
  const notice = queryValue((await searchParams).notice);
  const mine = await getMyOrganisation(actor);

  if (mine) {
    const { organisation, role, profile } = mine;
    const [downloaded, reason] = await Promise.all([hasDownloaded(actor, organisation.id), getDecisionReason(actor, organisation.id)]);
    const steps: { key: keyof typeof t.steps; href?: string; done: boolean }[] = [
      { key: "organisation", done: true },
      { key: "contact", href: "/provider/profile", done: Boolean(profile?.contactName && (profile.email || profile.phone)) },
      { key: "logo", href: "/provider/logo", done: Boolean(profile?.logoPng) },
      { key: "sheet", href: "/provider/fact-sheet", done: downloaded },
    ];
    const statusText = { pending: t.statusPending, approved: t.statusApproved, suspended: t.statusSuspended, rejected: t.statusRejected }[organisation.status];
    return (
      <>
        <h1>{organisation.name}</h1>
        <StatusNotice text={notice === "joined" ? fill(t.joinedNotice, { name: organisation.name }) : undefined} />
        <div className={`notice${organisation.status === "approved" ? "" : " notice-warning"}`}>
          <p>
            <strong>{t.status[organisation.status]}.</strong> {statusText}
          </p>
          {reason ? (
            <>
              <h2 className="notice-heading">{t.decisionReason}</h2>
              {/* Typed by staff, who are asked to write it in the language of the request. */}
              <p className="quote-text" lang={organisation.locale === locale ? undefined : organisation.locale}>
                {reason}
              </p>
            </>
          ) : null}
        </div>
        <dl className="facts">
          <dt>{t.yourRole}</dt>
          <dd>{t.role[role]}</dd>
          <dt>{t.fields.type.label}</dt>
          <dd>{messages.providerTypes[organisation.type]}</dd>
          <dt>{t.fields.nation.label}</dt>
          <dd>{messages.nations[organisation.nation]}</dd>
        </dl>
        <h2 id="steps">{t.stepsHeading}</h2>
        <ol className="task-list" aria-labelledby="steps">
          {steps.map((step) => (
            <li key={step.key} className="task">
              <span className="task-name">{step.href ? <Link href={localePath(locale, step.href)}>{t.steps[step.key]}</Link> : t.steps[step.key]}</span>
              <strong className={`task-status${step.done ? " task-done" : ""}`}>{step.done ? t.stepDone : t.stepToDo}</strong>
            </li>
          ))}
        </ol>
        <ul className="link-list">
          <li>
            <Link href={localePath(locale, "/provider/micro-credentials")}>{messages.directory.manage.link}</Link>
          </li>
          <li>
            <Link href={localePath(locale, "/provider/members")}>{t.membersLink}</Link>
          </li>
        </ul>
      </>
    );
  }

  const [invitations, joinable, rejected] = await Promise.all([getMyInvitations(actor), getJoinableOrganisations(actor), getMyRejectedRequest(actor)]);
  // Someone who was invited is asked one thing: accept or decline. The other ways in come after.
  if (invitations.length) {
    return (
      <>
        <h1>{t.invitationsHeading}</h1>
        {invitations.map((invitation) => (
          <section key={invitation.id} className="inline-form" aria-label={invitation.organisation.name}>
            <p>{fill(t.invitedTo, { name: invitation.organisation.name })}</p>
            <div className="button-group">
              {[
                { action: acceptInvitationAction, label: t.accept, className: "button" },
                { action: declineInvitationAction, label: t.declineInvitation, className: "button button-secondary" },
              ].map(({ action, label, className }) => (
                <form key={label} action={action}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className={className}>
                    {label}
                  </button>
                </form>
              ))}
            </div>
          </section>
        ))}
      </>
    );
  }
  return (
    <>
      <h1>{t.title}</h1>
      <StatusNotice text={notice === "declined" ? t.declined : undefined} />
      {rejected ? (
        <div className="notice notice-warning">
          <p>
            <strong>{fill(t.rejectedEarlier, { name: rejected.name })}</strong>
          </p>
          {rejected.reason ? (
            <>
              <h2 className="notice-heading">{t.decisionReason}</h2>
              <p className="quote-text">{rejected.reason}</p>
            </>
          ) : null}
          <p>{t.askAgain}</p>
        </div>
      ) : null}
      <p className="lead">{t.noOrganisation}</p>
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

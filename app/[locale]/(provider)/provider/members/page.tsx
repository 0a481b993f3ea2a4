import Link from "next/link";
import { redirect } from "next/navigation";
import { InviteForm } from "@/components/provider/invite-form";
import { StatusNotice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/session";
import { fill, formatDate, getMessages, localePath, pick, queryValue, routeLocale } from "@/lib/i18n";
import { getAuditTrail, getMembers, getMyOrganisation } from "@/lib/organisations";
import { describeEvent } from "@/lib/organisations/history";
import { privatePageMetadata } from "@/lib/site/metadata";
import { decideJoinRequestAction, inviteAction, removeMemberAction, transferOwnershipAction, withdrawInvitationAction } from "../actions";

type Props = PageProps<"/[locale]/provider/members">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/provider/members", title: getMessages(locale).provider.membersTitle });
}

export default async function MembersPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider/members");
  const mine = await getMyOrganisation(actor);
  if (!mine) redirect(localePath(locale, "/provider"));
  const messages = getMessages(locale);
  const t = messages.provider;
  const notice = queryValue((await searchParams).notice);
  const { organisation, role } = mine;
  const [{ members, invitations, requests }, history] = await Promise.all([
    getMembers(actor, organisation.id),
    getAuditTrail(actor, organisation.id),
  ]);
  const owner = role === "owner";
  /** One owner action on one person: a button in its own form, carrying what the action needs. */
  const ownerButton = (action: (formData: FormData) => Promise<void>, fields: Record<string, string>, label: string, warning = false) => (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisation.id} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={warning ? "link-button link-button-warning" : "link-button"}>
        {label}
      </button>
    </form>
  );
  return (
    <>
      <p>
        <Link href={localePath(locale, "/provider")}>{t.back}</Link>
      </p>
      <h1>{t.membersTitle}</h1>
      <p className="caption">{organisation.name}</p>
      <StatusNotice text={notice === "ownerOnly" ? t.ownerOnly : notice === "updated" ? messages.forms.saved : undefined} />
      <p className="narrow">{t.membersIntro}</p>
      <div className="table-scroll" role="region" aria-label={t.membersTitle} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.memberEmail}</th>
              <th scope="col">{t.memberRole}</th>
              {owner ? <th scope="col">{t.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">
                  {m.user.email} {m.userId === actor.userId ? t.you : null}
                </th>
                <td>{t.role[m.role]}</td>
                {owner ? (
                  <td>
                    {m.userId !== actor.userId ? (
                      <div className="inline-actions">
                        {ownerButton(transferOwnershipAction, { userId: m.userId }, fill(t.makeOwner, { email: m.user.email }))}
                        {ownerButton(removeMemberAction, { userId: m.userId }, fill(t.remove, { email: m.user.email }), true)}
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {owner && requests.length ? (
        <section aria-labelledby="requests">
          <h2 id="requests">{t.requestsHeading}</h2>
          <ul className="plain-list">
            {requests.map((r) => (
              <li key={r.id} className="inline-actions">
                <span>{r.user.email}</span>
                {ownerButton(decideJoinRequestAction, { requestId: r.id, decision: "accept" }, fill(t.approve, { email: r.user.email }))}
                {ownerButton(decideJoinRequestAction, { requestId: r.id, decision: "decline" }, fill(t.decline, { email: r.user.email }))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {owner ? (
        <section aria-labelledby="invite">
          <h2 id="invite">{t.inviteHeading}</h2>
          {invitations.length ? (
            <>
              <h3>{t.pendingInvitations}</h3>
              <ul className="plain-list">
                {invitations.map((i) => (
                  <li key={i.id} className="inline-actions">
                    <span>{fill(t.invitationUntil, { email: i.email, date: formatDate(i.expiresAt.toISOString(), locale) })}</span>
                    {ownerButton(withdrawInvitationAction, { invitationId: i.id }, fill(t.withdrawInvitation, { email: i.email }), true)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {organisation.status === "approved" ? (
            <InviteForm
              submit={inviteAction}
              locale={locale}
              organisationId={organisation.id}
              t={pick(t, ["fields", "alreadyInOrganisation", "invite", "invited", "ownerOnly"])}
              forms={messages.forms}
            />
          ) : (
            <p>{t.inviteNeedsApproval}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="history">
        <h2 id="history">{t.historyHeading}</h2>
        {history.length === 0 ? <p>{t.historyNone}</p> : null}
        <ul className="history" hidden={history.length === 0}>
          {history.map((event) => (
            <li key={event.id}>
              <time dateTime={event.createdAt.toISOString()}>
                {formatDate(event.createdAt.toISOString(), locale, { hour: "2-digit", minute: "2-digit" })}
              </time>{" "}
              <span className="break-anywhere">{describeEvent(t.historyEvents, event)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

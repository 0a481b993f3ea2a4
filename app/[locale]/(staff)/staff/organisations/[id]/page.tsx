import Link from "next/link";
import { notFound } from "next/navigation";
import { BrandedSheet } from "@/components/fact-sheet/branded-sheet";
import { StatusNotice } from "@/components/ui/notice";
import { ScrollTable } from "@/components/ui/scroll-table";
import { requireStaff } from "@/lib/auth/session";
import { brandOf, lockedText } from "@/lib/fact-sheet";
import { fill, formatDate, getMessages, localePath, queryValue, routeLocale } from "@/lib/i18n";
import { NotFoundError } from "@/lib/organisations/errors";
import { describeEvent, eventReason } from "@/lib/organisations/history";
import { decisionsFor, type Decision } from "@/lib/organisations/staff";
import { privatePageMetadata } from "@/lib/site/metadata";
import { getOrganisationForStaff } from "@/lib/staff/organisations";
import { decisionText, languageName, nationName, statusName, typeName } from "@/lib/staff/text";

type Props = PageProps<"/[locale]/staff/organisations/[id]">;

async function load(props: Props) {
  const locale = await routeLocale(props.params);
  const { id } = await props.params;
  const actor = await requireStaff(locale, `/staff/organisations/${id}`);
  try {
    return { locale, story: await getOrganisationForStaff(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props) {
  const { locale, story } = await load(props);
  return privatePageMetadata({ locale, path: `/staff/organisations/${story.organisation.id}`, title: story.organisation.name });
}

const NOTICES: Record<string, string> = {
  rejectedMailFailed: "The request was rejected, but the e-mail telling the requester could not be sent. Tell them yourself: their address is in the history below.",
  alreadyDecided: "Nothing changed: the organisation is no longer in the state your decision was for. Someone may have decided first; its status is below.",
  domainHeld: "Not approved: another approved organisation already holds one of its e-mail domains. Only one organisation can hold a domain.",
};

/** One organisation's whole story: details, domains, members, brand, downloads and history. */
export default async function StaffOrganisationPage(props: Props) {
  const { locale, story } = await load(props);
  const { organisation, downloads, history } = story;
  const notice = queryValue((await props.searchParams).notice) ?? "";
  const done = Object.hasOwn(decisionText, notice) ? decisionText[notice as Decision].done : undefined;
  const warning = Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : undefined;
  const held = new Set(organisation.heldDomains.map((d) => d.domain));
  const events = getMessages("en").provider.historyEvents;
  const profile = organisation.profile;
  const decisions = decisionsFor(organisation.status);
  const decideHref = (d: Decision) => localePath(locale, `/staff/organisations/${organisation.id}/decide/${d}`);
  return (
    <>
      <p>
        <Link href={localePath(locale, "/staff/organisations")}>All organisations</Link>
      </p>
      <h1>{organisation.name}</h1>
      <StatusNotice text={done ? fill(done, { name: organisation.name }) : undefined} />
      {warning ? (
        <div className="notice notice-warning" role="status">
          <p>{warning}</p>
        </div>
      ) : null}

      <dl className="facts">
        <dt>Status</dt>
        <dd>{statusName[organisation.status]}</dd>
        <dt>Type</dt>
        <dd>{typeName[organisation.type]}</dd>
        <dt>Nation</dt>
        <dd>{nationName[organisation.nation]}</dd>
        <dt>Website</dt>
        <dd className="break-anywhere">{organisation.website || "Not given"}</dd>
        <dt>Requested in</dt>
        <dd>{organisation.locale === "cy" ? "Welsh" : "English"}</dd>
        <dt>Added</dt>
        <dd>{formatDate(organisation.createdAt.toISOString(), "en")}</dd>
        <dt>Public page</dt>
        <dd>
          {organisation.status === "approved" ? (
            <Link href={localePath(locale, `/fact-sheet/${organisation.slug}`)}>/fact-sheet/{organisation.slug}</Link>
          ) : (
            "None while not approved"
          )}
        </dd>
      </dl>

      {decisions.length ? (
        <>
          <h2>Decide</h2>
          <div className="button-group">
            {decisions.map((d) => (
              <Link key={d} className={d === "approve" || d === "reinstate" ? "button" : "button button-warning"} href={decideHref(d)}>
                {`${decisionText[d].action} ${organisation.name}`}
              </Link>
            ))}
          </div>
        </>
      ) : null}

      <h2 id="domains">E-mail domains</h2>
      <ul aria-labelledby="domains">
        {organisation.domains.map((d) => (
          <li key={d} className="break-anywhere">
            {d} {held.has(d) ? "(held by this organisation)" : "(claimed, not held)"}
          </li>
        ))}
      </ul>

      <h2 id="members-heading">Members</h2>
      <ScrollTable id="members" caption="Members and their roles">
        <thead>
          <tr>
            <th scope="col">E-mail address</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
          </tr>
        </thead>
        <tbody>
          {organisation.memberships.map((m) => (
            <tr key={m.userId}>
              <th scope="row" className="break-anywhere">
                {m.user.email}
              </th>
              <td>{m.role === "owner" ? "Owner" : "Member"}</td>
              <td>{formatDate(m.createdAt.toISOString(), "en")}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {organisation.invitations.length ? (
        <p>Invited, not yet joined: {organisation.invitations.map((i) => i.email).join(", ")}</p>
      ) : null}

      <h2 id="downloads">Fact sheet downloads</h2>
      {downloads.total === 0 ? (
        <p>None yet.</p>
      ) : (
        <p>
          {downloads.total} in all (
          {Object.entries(downloads.byLocale)
            .map(([l, n]) => `${languageName[l as keyof typeof languageName] ?? l}: ${n}`)
            .join(", ")}
          ); the last on {formatDate(downloads.last!.toISOString(), "en")}. Counted once per person, language and day.
        </p>
      )}

      <h2 id="history-heading">History</h2>
      <ScrollTable id="history" caption="Who did what, and when, newest first">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Reason or note</th>
          </tr>
        </thead>
        <tbody>
          {history.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.createdAt.toISOString()}>
                  {formatDate(e.createdAt.toISOString(), "en", { hour: "2-digit", minute: "2-digit" })}
                </time>
              </td>
              <td className="break-anywhere">{describeEvent(events, e)}</td>
              <td>
                <p className="quote-text">{eventReason(e) ?? ""}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h2 id="brand">Brand profile</h2>
      <p>How its English fact sheet looks with the details its members gave.</p>
      <div className="sheet-preview">
        <BrandedSheet
          sheet={lockedText("en")}
          locale="en"
          brand={brandOf(organisation.name, profile, "en")}
          logoSrc={`/api/provider/logo?org=${organisation.id}&v=${profile?.version ?? 0}`}
          includeQr={false}
        />
      </div>
    </>
  );
}

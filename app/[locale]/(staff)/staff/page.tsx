import Link from "next/link";
import { UptakeHeadline } from "@/components/staff/uptake-headline";
import { requireStaff } from "@/lib/auth/session";
import { formatDate, localePath, routeLocale } from "@/lib/i18n";
import { listFeedback } from "@/lib/feedback";
import { privatePageMetadata } from "@/lib/site/metadata";
import { countOrganisationsByStatus, getWaitingOrganisations } from "@/lib/staff/organisations";
import { nationName, statusName, typeName } from "@/lib/staff/text";
import { defaultRange, getUptake } from "@/lib/staff/uptake";

type Props = PageProps<"/[locale]/staff">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/staff", title: "Staff area" });
}

/** What needs a decision, and the headline figures: the page staff open first. */
export default async function StaffOverviewPage({ params }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireStaff(locale, "/staff");
  const range = defaultRange(new Date());
  const [waiting, counts, uptake, feedback] = await Promise.all([
    getWaitingOrganisations(actor),
    countOrganisationsByStatus(actor),
    getUptake(actor, range),
    listFeedback(actor, { page: 1 }),
  ]);
  const link = (path: string) => localePath(locale, path);
  return (
    <>
      <h1>Staff area</h1>

      <h2 id="waiting">Waiting for a decision</h2>
      {waiting.count === 0 ? (
        <p>No organisation is waiting for a decision.</p>
      ) : (
        <>
          <p>
            {waiting.count === 1 ? "1 organisation is waiting" : `${waiting.count} organisations are waiting`} for a decision, oldest
            first.
          </p>
          <ul className="result-list" aria-labelledby="waiting">
            {waiting.organisations.map((o) => (
              <li key={o.id}>
                <p className="result-title">
                  <Link href={link(`/staff/organisations/${o.id}`)}>{o.name}</Link>
                </p>
                <p className="caption">
                  {typeName[o.type]} · {nationName[o.nation]} · {o.domains.join(", ")} · requested{" "}
                  <time dateTime={o.createdAt.toISOString()}>{formatDate(o.createdAt.toISOString(), "en")}</time>
                </p>
              </li>
            ))}
          </ul>
          {waiting.count > waiting.organisations.length ? (
            <p>
              <Link href={`${link("/staff/organisations")}?status=pending`}>All {waiting.count} waiting organisations</Link>
            </p>
          ) : null}
        </>
      )}

      <h2 id="organisations">Organisations</h2>
      <ul className="stat-list" aria-labelledby="organisations">
        {(["approved", "pending", "suspended", "rejected"] as const).map((s) => (
          <li key={s}>
            <strong>{counts[s]}</strong>
            <Link href={`${link("/staff/organisations")}?status=${s}`}>{statusName[s]}</Link>
          </li>
        ))}
      </ul>

      <h2 id="uptake">Fact sheet uptake in the last twelve months</h2>
      <UptakeHeadline labelledBy="uptake" downloads={uptake.downloads} organisations={uptake.organisations} />
      <p>
        <Link href={link("/staff/uptake")}>Uptake by month, nation, kind of organisation and language</Link>
      </p>

      <h2 id="feedback">Feedback</h2>
      <p>
        {feedback.total === 0
          ? "No feedback yet."
          : `${feedback.total} responses; average usefulness ${feedback.averageUsefulness?.toFixed(1)} out of 5.`}{" "}
        <Link href={link("/staff/feedback")}>Read the feedback</Link>
      </p>
    </>
  );
}

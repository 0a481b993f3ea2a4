import { StatusNotice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/session";
import { listForReview, reviewsFirstPublication, storedFields } from "@/lib/directory";
import { levelLabel } from "@/lib/directory/present";
import { formatDate, getMessages, queryValue, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";
import { reviewDecisionAction, reviewSettingAction } from "./actions";

type Props = PageProps<"/[locale]/staff/micro-credentials">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return privatePageMetadata({ locale, path: "/staff/micro-credentials", title: "Micro-credentials for review" });
}

const NOTICES: Record<string, string> = {
  reviewOn: "From now on, each organisation's new micro-credentials wait for review before they are first published.",
  reviewOff: "Micro-credentials are now published as soon as their provider publishes them.",
  published: "Published. It is now in the directory.",
  returned: "Sent back to the provider as a draft.",
  alreadyDecided: "Someone has already decided on that micro-credential, or it is no longer waiting.",
};

/** The review before first publication: the setting, and what waits for a decision, oldest first. */
export default async function StaffMicroCredentialsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const actor = await requireStaff(locale, "/staff/micro-credentials");
  const [waiting, reviewing] = await Promise.all([listForReview(actor), reviewsFirstPublication()]);
  const t = getMessages("en").directory;
  const notice = queryValue((await searchParams).notice);
  return (
    <>
      <h1>Micro-credentials for review</h1>
      <StatusNotice text={notice ? NOTICES[notice] : undefined} />
      <form action={reviewSettingAction} className="form inline-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="form-group">
          <p id="review-hint" className="form-hint">
            When this is on, a micro-credential that has never been published waits here until staff publish it or send it back. Changes to one already
            published go straight to the directory.
          </p>
          <div className="checkbox">
            <input type="checkbox" id="review" name="review" defaultChecked={reviewing} aria-describedby="review-hint" />
            <label htmlFor="review">Review micro-credentials before they are first published</label>
          </div>
        </div>
        <button type="submit" className="button button-secondary">
          Save setting
        </button>
      </form>

      <h2>Waiting for review</h2>
      {waiting.length === 0 ? <p>Nothing is waiting for review.</p> : null}
      <ul className="result-list">
        {waiting.map((row) => {
          const fields = storedFields(row);
          return (
            <li key={row.id}>
              <h3 className="result-title">{row.title}</h3>
              <p className="caption">
                {row.organisation.name} · sent {formatDate(row.updatedAt.toISOString(), "en")} · {levelLabel(t, row.framework, row.level)} · {row.credits} credits
              </p>
              <details>
                <summary>Every detail of {row.title}</summary>
                <dl className="facts">
                  {Object.entries(fields)
                    .filter(([, value]) => value)
                    .map(([field, value]) => (
                      <div key={field} className="facts-row">
                        <dt>{(t.fields as Record<string, { label: string }>)[field]?.label ?? field}</dt>
                        <dd lang={field.endsWith("Cy") ? "cy" : undefined} className="pre-line">
                          {value}
                        </dd>
                      </div>
                    ))}
                </dl>
              </details>
              <div className="button-group">
                {(["publish", "return"] as const).map((decision) => (
                  <form key={decision} action={reviewDecisionAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={row.id} />
                    <input type="hidden" name="decision" value={decision} />
                    <button type="submit" className={`button${decision === "return" ? " button-secondary" : ""}`}>
                      {decision === "publish" ? "Publish" : "Send back as a draft"}
                      <span className="sr-only"> {row.title}</span>
                    </button>
                  </form>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

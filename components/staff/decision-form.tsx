"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy } from "@/components/ui/field";
import type { FormAction, FormState } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/locales";

/** Confirms one staff decision, with the reason it needs (GOV.UK error summary when it is missing). */
export function DecisionForm({
  submit,
  permalink,
  locale,
  organisationId,
  decision,
  needsReason,
  requestLanguage,
  confirm,
  cancelHref,
}: {
  submit: FormAction;
  permalink: string;
  locale: Locale;
  organisationId: string;
  decision: string;
  needsReason: boolean;
  /** The language the organisation was requested in: the reason is shown and e-mailed to them in it. */
  requestLanguage: string;
  confirm: string;
  cancelHref: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(submit, {}, permalink);
  const errors = Object.entries(state.errors ?? {}).map(([field, message]) => ({ field, message }));
  const error = state.errors?.reason;
  return (
    <form action={action} noValidate className="form">
      <ErrorSummary title="There is a problem" errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="decision" value={decision} />
      <div className={`form-group${error ? " form-group-error" : ""}`}>
        <label htmlFor="reason" className="form-label">
          {needsReason ? "Reason" : "Note (optional)"}
        </label>
        <div id="reason-hint" className="form-hint">
          {needsReason
            ? `Say why, in ${requestLanguage}, the language they used for the request: they will read it.`
            : "Recorded in the organisation's history for other staff."}
        </div>
        {error ? (
          <p id="reason-error" className="error-message">
            <span className="sr-only">Error:</span> {error}
          </p>
        ) : null}
        <textarea
          id="reason"
          name="reason"
          className="form-textarea"
          rows={5}
          required={needsReason}
          aria-describedby={describedBy("reason", true, error)}
          aria-invalid={error ? true : undefined}
          defaultValue={state.values?.reason}
          key={state.values?.reason}
        />
      </div>
      <div className="button-group">
        <button type="submit" className={decision === "approve" || decision === "reinstate" ? "button" : "button button-warning"} disabled={pending}>
          {confirm}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

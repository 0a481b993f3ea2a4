"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import type { FormAction, FormState } from "@/lib/forms/state";
import type { Locale, Messages } from "@/lib/i18n";

/** The only messages this form renders (it is a client component). */
export type FeedbackFormStrings = Omit<Messages["feedback"], "thanksTitle" | "thanksReceived" | "thanksNext" | "thanksContact" | "thanksBack">;

const FIELD_ORDER = ["usefulness", "improvement", "role", "email", "consent"];

/**
 * The short feedback form under the fact sheet. It works before and without JavaScript (the form
 * posts to its page), with the GOV.UK error summary. The "website" field is a trap for bots:
 * hidden from people and from assistive technology, and never filled by either.
 */
export function FeedbackForm({
  submit,
  locale,
  source,
  permalink,
  t,
  forms,
}: {
  submit: FormAction;
  locale: Locale;
  source: "public" | "provider";
  permalink: string;
  t: FeedbackFormStrings;
  forms: Pick<Messages["forms"], "errorSummary" | "errorPrefix" | "optional">;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(submit, {}, permalink);
  const e = state.errors ?? {};
  const v = state.values ?? {};
  const errors = FIELD_ORDER.filter((f) => e[f]).map((field) => ({ field, message: e[field]! }));
  return (
    <form action={action} noValidate className="form" aria-labelledby="feedback-heading" id="feedback">
      <h2 id="feedback-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ErrorSummary title={forms.errorSummary} errors={errors} />
      {state.message ? (
        <div className="notice notice-warning" role="alert">
          <p>{state.message}</p>
        </div>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="source" value={source} />
      <Radios
        id="usefulness"
        legend={t.usefulness}
        options={(["5", "4", "3", "2", "1"] as const).map((n) => ({ value: n, label: t.usefulnessOptions[n] }))}
        value={v.usefulness}
        error={e.usefulness}
        errorPrefix={forms.errorPrefix}
        key={`u-${v.usefulness}`}
      />
      <div className={`form-group${e.improvement ? " form-group-error" : ""}`}>
        <label htmlFor="improvement" className="form-label">
          {t.improvement} {forms.optional}
        </label>
        <div id="improvement-hint" className="form-hint">
          {t.improvementHint}
        </div>
        {e.improvement ? (
          <p id="improvement-error" className="error-message">
            <span className="sr-only">{forms.errorPrefix}</span> {e.improvement}
          </p>
        ) : null}
        <textarea
          id="improvement"
          name="improvement"
          className="form-textarea"
          rows={4}
          aria-describedby={describedBy("improvement", true, e.improvement)}
          aria-invalid={e.improvement ? true : undefined}
          defaultValue={v.improvement}
          key={`i-${v.improvement}`}
        />
      </div>
      <Radios
        id="role"
        legend={t.role}
        options={(["employer", "provider", "psrb", "other"] as const).map((r) => ({ value: r, label: t.roles[r] }))}
        value={v.role}
        error={e.role}
        errorPrefix={forms.errorPrefix}
        key={`r-${v.role}`}
      />
      <TextField
        id="email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        label={`${t.email} ${forms.optional}`}
        hint={t.emailHint}
        error={e.email}
        errorPrefix={forms.errorPrefix}
        defaultValue={v.email}
        key={`e-${v.email}`}
      />
      <div className={`form-group${e.consent ? " form-group-error" : ""}`}>
        {e.consent ? (
          <p id="consent-error" className="error-message">
            <span className="sr-only">{forms.errorPrefix}</span> {e.consent}
          </p>
        ) : null}
        <div className="checkbox">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            value="yes"
            defaultChecked={v.consent === "yes"}
            aria-describedby={e.consent ? "consent-error" : undefined}
            key={`c-${v.consent}`}
          />
          <label htmlFor="consent">{t.consent}</label>
        </div>
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">{t.honeypot}</label>
        <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}

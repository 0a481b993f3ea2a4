"use client";

import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldFrame, TextField, describedBy } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import type { FormAction, FormState } from "@/lib/forms/state";
import type { Locale, Messages } from "@/lib/i18n";
import { FORM_ORDER, type FormOptions } from "@/lib/directory/form";

type T = Messages["directory"];

/** The only messages the form renders (it is a client component: see pick). */
export type MicroCredentialFormStrings = {
  fields: T["fields"];
  sections: T["manage"]["sections"];
  welshIntro: string;
  saveDraft: string;
  saveChanges: string;
  saveAndPublish: string;
};

/**
 * A micro-credential's details, in five groups. "Save draft" keeps whatever is there; "Save and
 * publish" also checks every rule for publication. Errors come back as a GOV.UK error summary
 * in the order of the form, each linked to its field.
 */
export function MicroCredentialForm({
  submit,
  locale,
  organisationId,
  id,
  status,
  initial,
  options,
  t,
  forms,
}: {
  submit: FormAction;
  locale: Locale;
  organisationId: string;
  id?: string;
  status: "new" | "draft" | "review" | "published";
  initial: Record<string, string>;
  options: FormOptions;
  t: MicroCredentialFormStrings;
  forms: Messages["forms"];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(submit, { values: initial });
  const recordId = id ?? state.id;
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  const errors = FORM_ORDER.filter((f) => e[f]).map((field) => ({ field, message: e[field]! }));
  const f = t.fields;
  const optional = (label: string) => (
    <>
      {label} {forms.optional}
    </>
  );
  const text = (name: keyof T["fields"], { label, lang, type, width }: { label?: ReactNode; lang?: string; type?: string; width?: string } = {}) => {
    const field = f[name] as { label: string; hint?: string };
    return (
      <TextField
        id={name}
        lang={lang}
        type={type}
        className={`form-input${width ? ` ${width}` : ""}`}
        label={label ?? field.label}
        hint={field.hint}
        error={e[name]}
        errorPrefix={forms.errorPrefix}
        defaultValue={v[name]}
      />
    );
  };
  const area = (name: keyof T["fields"], { label, lang, rows = 5 }: { label?: ReactNode; lang?: string; rows?: number } = {}) => {
    const field = f[name] as { label: string; hint?: string };
    return (
      <FieldFrame id={name} label={label ?? field.label} hint={field.hint} error={e[name]} errorPrefix={forms.errorPrefix}>
        <textarea
          id={name}
          name={name}
          lang={lang}
          rows={rows}
          className="form-textarea"
          defaultValue={v[name]}
          aria-describedby={describedBy(name, field.hint, e[name])}
          aria-invalid={e[name] ? true : undefined}
        />
      </FieldFrame>
    );
  };
  const radios = (name: "nation" | "mode" | "pace" | "framework" | "deliveryLanguage" | "stackability") => (
    <Radios id={name} legend={f[name].label} options={options[name]} value={v[name]} error={e[name]} errorPrefix={forms.errorPrefix} />
  );
  const schemes = new Set((v.fundingSchemes ?? "").split(",").filter(Boolean));

  return (
    <form action={action} noValidate className="form" key={JSON.stringify(v)}>
      <ErrorSummary title={forms.errorSummary} errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      {recordId ? <input type="hidden" name="id" value={recordId} /> : null}

      <fieldset className="fieldset form-section">
        <legend className="form-section-heading">{t.sections.about}</legend>
        {text("title")}
        {area("description", { rows: 6 })}
        {area("learningOutcomes")}
        {text("awardingBody")}
        <FieldFrame id="subject" label={optional(f.subject.label)} error={e.subject} errorPrefix={forms.errorPrefix}>
          <select id="subject" name="subject" defaultValue={v.subject} aria-describedby={describedBy("subject", false, e.subject)} aria-invalid={e.subject ? true : undefined}>
            <option value="">{options.chooseSubject}</option>
            {options.subject.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldFrame>
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="form-section-heading">{t.sections.welsh}</legend>
        <p className="form-hint">{t.welshIntro}</p>
        {text("titleCy", { lang: "cy" })}
        {area("descriptionCy", { lang: "cy", rows: 6 })}
        {area("learningOutcomesCy", { lang: "cy" })}
        {text("welshAbsentReason", { label: optional(f.welshAbsentReason.label) })}
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="form-section-heading">{t.sections.level}</legend>
        {radios("framework")}
        {text("level", { width: "input-short" })}
        {text("credits", { width: "input-short" })}
        {text("notionalHours", { width: "input-short" })}
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="form-section-heading">{t.sections.delivery}</legend>
        {radios("mode")}
        {radios("pace")}
        {text("location")}
        {radios("nation")}
        {radios("deliveryLanguage")}
        {text("assessment")}
        {text("qualityAssurance")}
        {text("supervisionAndIdentity", { label: optional(f.supervisionAndIdentity.label) })}
        {text("prerequisites", { label: optional(f.prerequisites.label) })}
        {radios("stackability")}
        {text("stacksTowards", { label: optional(f.stacksTowards.label) })}
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="form-section-heading">{t.sections.dates}</legend>
        <div className="form-group">
          <div className="checkbox">
            <input type="checkbox" id="anyTimeStart" name="anyTimeStart" defaultChecked={v.anyTimeStart === "on"} />
            <label htmlFor="anyTimeStart">{f.anyTimeStart.label}</label>
          </div>
        </div>
        {text("startDates")}
        {text("durationWeeks", { label: optional(f.durationWeeks.label), width: "input-short" })}
        {text("price", { label: optional(f.price.label), width: "input-short" })}
        <div className={`form-group${e.fundingSchemes ? " form-group-error" : ""}`}>
          <fieldset className="fieldset" aria-describedby={describedBy("fundingSchemes", false, e.fundingSchemes)}>
            <legend className="form-label">{optional(f.fundingSchemes.label)}</legend>
            {e.fundingSchemes ? (
              <p id="fundingSchemes-error" className="error-message">
                <span className="sr-only">{forms.errorPrefix}</span> {e.fundingSchemes}
              </p>
            ) : null}
            {options.fundingSchemes.map((o, index) => (
              <div className="checkbox" key={o.value}>
                <input
                  type="checkbox"
                  id={index === 0 ? "fundingSchemes" : `fundingSchemes-${o.value}`}
                  name="fundingSchemes"
                  value={o.value}
                  defaultChecked={schemes.has(o.value)}
                />
                <label htmlFor={index === 0 ? "fundingSchemes" : `fundingSchemes-${o.value}`}>{o.label}</label>
              </div>
            ))}
          </fieldset>
        </div>
        {text("bookingUrl", { label: optional(f.bookingUrl.label), type: "url" })}
        {text("lastChecked", { label: optional(f.lastChecked.label), width: "input-short" })}
      </fieldset>

      <div className="button-group">
        {status === "new" || status === "draft" ? (
          <>
            <button type="submit" className="button" name="intent" value="publish" disabled={pending}>
              {t.saveAndPublish}
            </button>
            <button type="submit" className="button button-secondary" name="intent" value="draft" disabled={pending}>
              {t.saveDraft}
            </button>
          </>
        ) : (
          <button type="submit" className="button" name="intent" value="save" disabled={pending}>
            {t.saveChanges}
          </button>
        )}
      </div>
    </form>
  );
}

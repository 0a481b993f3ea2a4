"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldFrame, TextField, describedBy } from "@/components/ui/field";
import { StatusNotice } from "@/components/ui/notice";
import type { FormAction, FormState } from "@/lib/forms/state";
import type { Locale, Messages } from "@/lib/i18n";
import { BRAND_PROFILE_FIELDS } from "@/lib/organisations/fields";

/** The only messages this form renders (it is a client component: see pick). */
export type ProfileFormStrings = Pick<Messages["provider"], "fields" | "continue" | "profileSaved" | "saveProfile" | "welshHint" | "welshLegend">;

export function ProfileForm({
  submit,
  locale,
  organisationId,
  initial,
  t,
  forms,
  continueHref,
}: {
  submit: FormAction;
  locale: Locale;
  organisationId: string;
  initial: Record<string, string>;
  t: ProfileFormStrings;
  forms: Messages["forms"];
  continueHref: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(submit, { values: initial });
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  const errors = BRAND_PROFILE_FIELDS.filter((f) => e[f]).map((field) => ({ field, message: e[field]! }));
  const f = t.fields;
  const optional = (label: string) => (
    <>
      {label} {forms.optional}
    </>
  );
  return (
    <form action={action} noValidate className="form" key={JSON.stringify(v)}>
      <ErrorSummary title={forms.errorSummary} errors={errors} />
      <StatusNotice text={state.ok ? t.profileSaved : undefined} />
      {state.ok ? (
        <p>
          <a className="button" href={continueHref}>
            {t.continue}
          </a>
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField id="contactName" label={f.contactName.label} error={e.contactName} errorPrefix={forms.errorPrefix} defaultValue={v.contactName} autoComplete="name" />
      <TextField id="jobTitle" label={optional(f.jobTitle.label)} error={e.jobTitle} errorPrefix={forms.errorPrefix} defaultValue={v.jobTitle} autoComplete="organization-title" />
      <TextField id="email" type="email" label={f.email.label} error={e.email} errorPrefix={forms.errorPrefix} defaultValue={v.email} autoComplete="email" spellCheck={false} />
      <TextField id="phone" type="tel" label={optional(f.phone.label)} hint={f.phone.hint} error={e.phone} errorPrefix={forms.errorPrefix} defaultValue={v.phone} autoComplete="tel" />
      <TextField id="website" type="url" label={optional(f.website.label)} hint={f.website.hint} error={e.website} errorPrefix={forms.errorPrefix} defaultValue={v.website} />
      <FieldFrame id="address" label={optional(f.address.label)} hint={f.address.hint} error={e.address} errorPrefix={forms.errorPrefix}>
        <textarea
          id="address"
          name="address"
          rows={4}
          className="form-textarea"
          defaultValue={v.address}
          autoComplete="street-address"
          aria-describedby={describedBy("address", true, e.address)}
          aria-invalid={e.address ? true : undefined}
        />
      </FieldFrame>
      <TextField id="findOutMoreUrl" type="url" label={optional(f.findOutMoreUrl.label)} hint={f.findOutMoreUrl.hint} error={e.findOutMoreUrl} errorPrefix={forms.errorPrefix} defaultValue={v.findOutMoreUrl} />
      <fieldset className="fieldset form-group">
        <legend className="form-label">{t.welshLegend}</legend>
        <p className="form-hint">{t.welshHint}</p>
        <TextField id="organisationNameCy" lang="cy" label={optional(f.organisationNameCy.label)} error={e.organisationNameCy} errorPrefix={forms.errorPrefix} defaultValue={v.organisationNameCy} />
        <TextField id="jobTitleCy" lang="cy" label={optional(f.jobTitleCy.label)} error={e.jobTitleCy} errorPrefix={forms.errorPrefix} defaultValue={v.jobTitleCy} />
        <FieldFrame id="addressCy" label={optional(f.addressCy.label)} hint={f.address.hint} error={e.addressCy} errorPrefix={forms.errorPrefix}>
          <textarea
            id="addressCy"
            name="addressCy"
            lang="cy"
            rows={4}
            className="form-textarea"
            defaultValue={v.addressCy}
            aria-describedby={describedBy("addressCy", true, e.addressCy)}
            aria-invalid={e.addressCy ? true : undefined}
          />
        </FieldFrame>
      </fieldset>
      <div className="form-group">
        <p id="publicContact-hint" className="form-hint">
          {f.publicContact.hint}
        </p>
        <div className="checkbox">
          <input type="checkbox" id="publicContact" name="publicContact" defaultChecked={v.publicContact === "on"} aria-describedby="publicContact-hint" />
          <label htmlFor="publicContact">{f.publicContact.label}</label>
        </div>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t.saveProfile}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import type { FormAction, FormState } from "@/lib/forms/state";
import type { Locale, Messages } from "@/lib/i18n";
import { ORGANISATION_FIELDS } from "@/lib/organisations/fields";
import { NATIONS, ORGANISATION_TYPES } from "@/lib/vocabulary";

/** The only messages this form renders (it is a client component: see pick). */
export type OrganisationFormStrings = Pick<Messages["provider"], "fields" | "create"> & Pick<Messages, "nations" | "providerTypes">;

export function OrganisationForm({
  submit,
  locale,
  t,
  forms,
}: {
  submit: FormAction;
  locale: Locale;
  t: OrganisationFormStrings;
  forms: Messages["forms"];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(submit, {});
  const e = state.errors ?? {};
  const v = state.values ?? {};
  const errors = ORGANISATION_FIELDS.filter((f) => e[f]).map((field) => ({ field, message: e[field]! }));
  // key={…} resets uncontrolled inputs to the submitted values after a failed submission.
  const k = JSON.stringify(v);
  return (
    <form action={action} noValidate className="form" key={k}>
      <ErrorSummary title={forms.errorSummary} errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      <TextField id="name" label={t.fields.name.label} error={e.name} errorPrefix={forms.errorPrefix} defaultValue={v.name} autoComplete="organization" />
      <Radios
        id="type"
        legend={t.fields.type.label}
        value={v.type}
        error={e.type}
        errorPrefix={forms.errorPrefix}
        options={ORGANISATION_TYPES.map((value) => ({ value, label: t.providerTypes[value] }))}
      />
      <Radios
        id="nation"
        legend={t.fields.nation.label}
        value={v.nation}
        error={e.nation}
        errorPrefix={forms.errorPrefix}
        options={NATIONS.map((value) => ({ value, label: t.nations[value] }))}
      />
      <TextField id="website" type="url" label={<>{t.fields.website.label} {forms.optional}</>} hint={t.fields.website.hint} error={e.website} errorPrefix={forms.errorPrefix} defaultValue={v.website} />
      <TextField id="domains" label={t.fields.domains.label} hint={t.fields.domains.hint} error={e.domains} errorPrefix={forms.errorPrefix} defaultValue={v.domains} spellCheck={false} />
      <button type="submit" className="button" disabled={pending}>
        {t.create}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { uploadLogoAction } from "@/app/[locale]/(provider)/provider/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldFrame, describedBy } from "@/components/ui/field";
import { StatusNotice } from "@/components/ui/notice";
import type { FormState } from "@/lib/forms/state";
import type { Locale, Messages } from "@/lib/i18n";

export function LogoForm({ locale, organisationId, t, forms }: { locale: Locale; organisationId: string; t: Messages["provider"]; forms: Messages["forms"] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(uploadLogoAction, {});
  const error = state.errors?.logo;
  return (
    <form action={action} noValidate className="form">
      <ErrorSummary title={forms.errorSummary} errors={error ? [{ field: "logo", message: error }] : []} />
      <StatusNotice text={state.ok ? t.logoSaved : undefined} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FieldFrame id="logo" label={t.fields.logo.label} hint={t.fields.logo.hint} error={error} errorPrefix={forms.errorPrefix}>
        <input
          type="file"
          id="logo"
          name="logo"
          className="form-file"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          aria-describedby={describedBy("logo", true, error)}
          aria-invalid={error ? true : undefined}
        />
      </FieldFrame>
      <button type="submit" className="button" disabled={pending}>
        {t.uploadLogo}
      </button>
    </form>
  );
}

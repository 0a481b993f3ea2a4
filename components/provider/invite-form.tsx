"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { StatusNotice } from "@/components/ui/notice";
import type { FormAction, FormState } from "@/lib/forms/state";
import { fill, type Locale, type Messages } from "@/lib/i18n";

/** The only messages this form renders (it is a client component: see pick). */
export type InviteFormStrings = Pick<Messages["provider"], "fields" | "alreadyInOrganisation" | "invite" | "invited" | "ownerOnly">;

export function InviteForm({
  submit,
  locale,
  organisationId,
  t,
  forms,
}: {
  submit: FormAction;
  locale: Locale;
  organisationId: string;
  t: InviteFormStrings;
  forms: Messages["forms"];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(submit, {});
  const error = state.errors?.inviteEmail;
  return (
    <form action={action} noValidate className="form" key={state.ok ? state.message : state.values?.inviteEmail}>
      <ErrorSummary title={forms.errorSummary} errors={error ? [{ field: "inviteEmail", message: error }] : []} />
      <StatusNotice
        text={
          state.ok && state.message
            ? fill(t.invited, { email: state.message })
            : state.message === "ownerOnly"
              ? t.ownerOnly
              : state.message === "alreadyInOrganisation"
                ? fill(t.alreadyInOrganisation, { email: state.values?.inviteEmail ?? "" })
                : undefined
        }
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        id="inviteEmail"
        type="email"
        label={t.fields.inviteEmail.label}
        error={error}
        errorPrefix={forms.errorPrefix}
        defaultValue={state.ok ? "" : state.values?.inviteEmail}
        spellCheck={false}
      />
      <button type="submit" className="button" disabled={pending}>
        {t.invite}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import type { FormAction, FormState } from "@/lib/forms/state";
import type { Locale, Messages } from "@/lib/i18n";

/** The only messages this form renders (it is a client component: see pick). */
export type SignInFormStrings = Pick<Messages["auth"], "email" | "emailHint" | "submit">;

export function SignInForm({
  submit,
  locale,
  returnTo,
  t,
  forms,
}: {
  submit: FormAction;
  locale: Locale;
  returnTo?: string;
  t: SignInFormStrings;
  forms: Messages["forms"];
}) {
  // The permalink is where the form posts before JavaScript has loaded (and the form's action).
  const [state, action, pending] = useActionState<FormState, FormData>(submit, {}, locale === "cy" ? "/cy/sign-in" : "/sign-in");
  const errors = Object.entries(state.errors ?? {}).map(([field, message]) => ({ field, message }));
  return (
    <form action={action} noValidate className="form">
      <ErrorSummary title={forms.errorSummary} errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        id="email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        label={t.email}
        hint={t.emailHint}
        error={state.errors?.email}
        errorPrefix={forms.errorPrefix}
        defaultValue={state.values?.email}
        key={state.values?.email}
      />
      <button type="submit" className="button" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}

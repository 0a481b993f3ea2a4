import type { z } from "zod";

/** What every form action returns: field errors keyed by field id, and the values to show again. */
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** The record the form edits from now on (a new one that was saved as a draft). */
  id?: string;
};

/** The first message per field of a failed zod parse. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The submitted text values, to put back in the form after an error. */
export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(formData.get(f) ?? "")]));
}

/** A server action behind a form with useActionState: the page passes it down as a prop. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

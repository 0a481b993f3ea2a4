import type { InputHTMLAttributes, ReactNode } from "react";

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
};

/** Label, hint and error message tied to the control with aria-describedby (GOV.UK pattern). */
export function FieldFrame({ id, label, hint, error, errorPrefix, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? " form-group-error" : ""}`}>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="form-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="sr-only">{errorPrefix}</span> {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function describedBy(id: string, hint?: unknown, error?: unknown) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** A text input inside its field frame. */
export function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={id}
        name={id}
        className="form-input"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldFrame>
  );
}

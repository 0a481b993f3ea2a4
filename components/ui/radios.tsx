import { describedBy } from "./field";

/** A GOV.UK radio group: fieldset and legend, with the error tied to the group. */
export function Radios({
  id,
  legend,
  options,
  value,
  error,
  errorPrefix,
}: {
  id: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value?: string;
  error?: string;
  errorPrefix: string;
}) {
  return (
    <div className={`form-group${error ? " form-group-error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, undefined, error)}>
        <legend className="form-label">{legend}</legend>
        {error ? (
          <p id={`${id}-error`} className="error-message">
            <span className="sr-only">{errorPrefix}</span> {error}
          </p>
        ) : null}
        <div className="radios">
          {options.map((option, index) => (
            <div className="radio" key={option.value}>
              {/* The first radio carries the group's id so the error summary link lands on it. */}
              <input
                type="radio"
                id={index === 0 ? id : `${id}-${option.value}`}
                name={id}
                value={option.value}
                defaultChecked={value === option.value}
              />
              <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

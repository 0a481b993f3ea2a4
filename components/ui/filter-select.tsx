/**
 * One choice of a GET filter form: a labelled select whose first option means "any". The
 * options are value and text pairs; the chosen value comes from the address.
 */
export function FilterSelect({
  id,
  name,
  label,
  any,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  any: string;
  value?: string | number;
  options: ReadonlyArray<readonly [value: string, text: string]>;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} key={String(value ?? "")}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

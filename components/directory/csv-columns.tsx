import type { ReactNode } from "react";
import { CSV_COLUMNS } from "@/lib/directory/csv";
import { FRAMEWORKS, LEVELS } from "@/lib/directory/frameworks";
import { DELIVERY_LANGUAGES, FUNDING_SCHEMES, MODES, PACES, REQUIRED_TO_PUBLISH, STACKABILITY, SUBJECTS, type Field } from "@/lib/directory/rules";
import { getMessages, type Locale } from "@/lib/i18n";
import { NATIONS } from "@/lib/vocabulary";

/**
 * The import template's documentation: every column of the CSV file in order, what it holds,
 * whether publication needs it, and for a column of codes every code with what readers see for it.
 * Made from the same lists the import checks, so it cannot fall behind them.
 */
export function CsvColumns({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const d = messages.directory;
  const t = d.manage.csvColumns;
  const codes: Partial<Record<Field, readonly (readonly [string, string])[]>> = {
    nation: NATIONS.map((v) => [v, messages.nations[v]]),
    mode: MODES.map((v) => [v, d.modes[v]]),
    pace: PACES.map((v) => [v, d.paces[v]]),
    framework: FRAMEWORKS.map((v) => [v, d.frameworks[v]]),
    level: FRAMEWORKS.map((v) => [v, LEVELS[v].join(", ")]),
    deliveryLanguage: DELIVERY_LANGUAGES.map((v) => [v, d.languages[v]]),
    stackability: STACKABILITY.map((v) => [v, d.stackability[v]]),
    subject: SUBJECTS.map((v) => [v, d.subjects[v]]),
    fundingSchemes: FUNDING_SCHEMES.map((v) => [v, d.fundingSchemes[v]]),
  };
  // What the form's hint says, where a CSV cell is written differently.
  const notes: Partial<Record<Field, string>> = {
    learningOutcomes: t.list,
    learningOutcomesCy: t.list,
    fundingSchemes: t.several,
    anyTimeStart: t.yesNo,
    level: t.level,
  };
  const conditions: Partial<Record<Field, string>> = {
    titleCy: t.conditions.welsh,
    descriptionCy: t.conditions.welsh,
    learningOutcomesCy: t.conditions.welsh,
    location: t.conditions.location,
    startDates: t.conditions.startDates,
    stacksTowards: t.conditions.stacksTowards,
  };
  const needed = new Set<Field>([...REQUIRED_TO_PUBLISH, "learningOutcomes"]);

  const describe = (name: string, field: Field | undefined): ReactNode => {
    if (!field) return <p>{name === "reference" ? t.reference : t.status}</p>;
    const { label, hint } = d.fields[field] as { label: string; hint?: string };
    const note = notes[field] ?? hint;
    const values = codes[field];
    return (
      <>
        <p className="csv-column-label">{label}</p>
        {needed.has(field) ? <p>{t.needed}</p> : conditions[field] ? <p>{conditions[field]}</p> : null}
        {note ? <p className="form-hint">{note}</p> : null}
        {values ? (
          <ul className="csv-codes">
            {values.map(([code, meaning]) => (
              <li key={code}>
                <code>{code}</code> {meaning}
              </li>
            ))}
          </ul>
        ) : null}
      </>
    );
  };

  return (
    <section aria-labelledby="csv-columns">
      <h2 id="csv-columns">{t.heading}</h2>
      <p className="narrow">{t.intro}</p>
      <dl className="facts csv-columns">
        {CSV_COLUMNS.map(([name, field]) => (
          <div key={name} className="facts-row">
            <dt>
              <code>{name}</code>
            </dt>
            <dd>{describe(name, field)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

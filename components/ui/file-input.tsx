"use client";

import { useEffect, useId, useState, type InputHTMLAttributes } from "react";

/**
 * A file input whose button and "no file chosen" text are in the page's language. The browser's
 * own control (its text in the browser's language) is what renders without JavaScript; once the
 * script runs, it is hidden visually (still focusable and labelled) behind a button-styled label
 * and a status line that names the chosen file.
 */
export function FileInput({
  choose,
  noFile,
  ...input
}: { choose: string; noFile: string; id: string; name: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const [enhanced, setEnhanced] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const statusId = useId();
  // The enhancement switches on only in the browser, after the server's plain control has rendered.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time switch to the enhanced control
  useEffect(() => setEnhanced(true), []);
  return (
    <div className={enhanced ? "file-input file-input-enhanced" : "file-input"}>
      <input
        {...input}
        type="file"
        className="form-file"
        aria-describedby={[input["aria-describedby"], enhanced ? statusId : ""].filter(Boolean).join(" ") || undefined}
        onChange={(event) => setChosen(event.currentTarget.files?.[0]?.name)}
      />
      {enhanced ? (
        <>
          <label htmlFor={input.id} className="button button-secondary file-input-button" aria-hidden="true">
            {choose}
          </label>
          <span id={statusId} className="file-input-status" aria-live="polite">
            {chosen ?? noFile}
          </span>
        </>
      ) : null}
    </div>
  );
}

"use client";

import { useEffect, useRef } from "react";

/**
 * GOV.UK error summary: at the top of the form, announced, focused, and linking to each field.
 * Without JavaScript it still renders first in the page, with working links.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: ReadonlyArray<{ field: string; message: string }> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

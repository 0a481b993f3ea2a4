"use client";

import { useErrorStrings } from "@/components/errors/error-strings";

// Shown when a page throws. Production builds never send the error's message or stack here:
// the reader gets a plain explanation and a way to try again, in the page's language (the layout
// passes down only these messages: components/errors/error-strings.tsx).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div className="narrow">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t.retry}
        </button>
      </p>
    </div>
  );
}

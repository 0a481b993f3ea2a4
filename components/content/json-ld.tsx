/** schema.org structured data. A data block, not a script: CSP does not execute it. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // Escape "<" so no text inside the data can close the element.
  const json = JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

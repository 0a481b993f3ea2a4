import type { Brand, SheetLabels } from "./pdf";

/**
 * The lines of the sheet's contact strip, in order, built once for the PDF and the HTML preview:
 * the organisation (bold), the contact person, then labelled lines (e-mail, telephone, website)
 * and the address. A labelled line keeps its label and value apart, so an e-mail address can be
 * kept whole on a line of its own and a value can be a link.
 */
export type ContactLine = {
  text: string;
  bold?: boolean;
  label?: string;
  value?: string;
  link?: string;
  /** Never broken across lines (an e-mail address). */
  keepWhole?: boolean;
};

/** A web address as printed: without https:// and a trailing slash. */
export function displayUrl(url: string) {
  return url.replace(/^https:\/\//, "").replace(/\/$/, "");
}

export function contactLines(brand: Brand, labels: Pick<SheetLabels, "email" | "telephone" | "website">): ContactLine[] {
  const labelled = (label: string, value: string, extra: Partial<ContactLine> = {}): ContactLine => ({ text: `${label}: ${value}`, label, value, ...extra });
  return [
    { text: brand.organisationName, bold: true },
    ...(brand.contactName ? [{ text: brand.contactName }] : []),
    ...(brand.jobTitle ? [{ text: brand.jobTitle }] : []),
    ...(brand.email ? [labelled(labels.email, brand.email, { link: `mailto:${brand.email}`, keepWhole: true })] : []),
    ...(brand.phone ? [labelled(labels.telephone, brand.phone)] : []),
    ...(brand.website ? [labelled(labels.website, displayUrl(brand.website), { link: brand.website })] : []),
    ...(brand.addressLines ?? []).map((text) => ({ text })),
  ];
}

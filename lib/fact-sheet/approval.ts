import type { FactSheet } from "@/lib/content";
import { fill } from "@/lib/i18n/format";
import { formatDate, type Locale } from "@/lib/i18n/locales";

/**
 * What the fact sheet's text is, said on the page and on every PDF: who approved it and when, or,
 * until the group has approved a text, that it is the portal's own summary of the group's material.
 */
export function approvalLine(
  sheet: Pick<FactSheet, "approvedBy" | "approvedOn">,
  locale: Locale,
  labels: { approval: string; notApproved: string },
) {
  if (sheet.approvedBy && sheet.approvedOn) {
    return fill(labels.approval, { approver: sheet.approvedBy, date: formatDate(sheet.approvedOn, locale) });
  }
  return labels.notApproved;
}

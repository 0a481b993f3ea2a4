/** The WCAG 2.2 AA rule sets axe checks on every page (GOV.UK's list). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

import type { Messages } from "@/lib/i18n";

/** Main navigation, in the order the header shows it. Paths carry no locale. */
export const navConfig = [
  { key: "home", href: "/" },
  { key: "about", href: "/about" },
  { key: "factSheet", href: "/fact-sheet" },
  { key: "microCredentials", href: "/micro-credentials" },
  { key: "faqs", href: "/faqs" },
  { key: "caseStudies", href: "/case-studies" },
  { key: "webinars", href: "/webinars" },
  { key: "reports", href: "/reports" },
  { key: "resources", href: "/resources" },
] as const satisfies ReadonlyArray<{ key: keyof Messages["nav"]; href: string }>;

export const footerConfig = [
  { key: "accessibility", href: "/accessibility" },
  { key: "privacy", href: "/privacy" },
  { key: "contact", href: "/contact" },
  { key: "globalSummary", href: "/global-summary" },
  { key: "providerSignIn", href: "/provider" },
] as const satisfies ReadonlyArray<{ key: keyof Messages["footer"]; href: string }>;

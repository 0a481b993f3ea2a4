import cy from "@/content/messages/cy.json";
import en from "@/content/messages/en.json";
import type { Locale } from "./locales";

/** Every interface string, shaped like `content/messages/en.json`; cy.json must match it. */
export type Messages = typeof en;

const catalogue: Record<Locale, Messages> = { en, cy };

/** The interface text for a language. */
export function getMessages(locale: Locale): Messages {
  return catalogue[locale];
}

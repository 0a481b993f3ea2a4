"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";

type ErrorStrings = Messages["error"];

const ErrorStringsContext = createContext<ErrorStrings | null>(null);

/**
 * Hands the error page its three messages from the server (app/[locale]/layout.tsx), so that the
 * error boundary, which is part of every page's scripts, never bundles a message catalogue.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = useContext(ErrorStringsContext);
  if (!strings) throw new Error("useErrorStrings needs an ErrorStringsProvider above it (app/[locale]/layout.tsx).");
  return strings;
}

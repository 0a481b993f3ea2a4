import { z } from "zod";
import type { Messages } from "@/lib/i18n";

/** The sign-in form. Messages come from the reader's language. */
export function signInSchema(t: Messages["auth"]["errors"]) {
  return z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, t.emailRequired)
      .max(254, t.emailInvalid)
      .pipe(z.email({ message: t.emailInvalid })),
  });
}

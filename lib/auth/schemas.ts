import { z } from "zod";
import type { Messages } from "@/lib/i18n";
import { EMAIL_MAX_LENGTH, parseEmailAddress, type EmailAddress } from "./email-address";

/** An address through the portal's one strict parser (lib/auth/email-address). */
export function emailAddressField(messages: { required: string; invalid: string }) {
  return z
    .string()
    .trim()
    .min(1, messages.required)
    .max(EMAIL_MAX_LENGTH, messages.invalid)
    .transform((value, ctx): EmailAddress => {
      const parsed = parseEmailAddress(value);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message: messages.invalid });
        return z.NEVER;
      }
      return parsed;
    });
}

/** The sign-in form. Messages come from the reader's language. */
export function signInSchema(t: Messages["auth"]["errors"]) {
  return z.object({ email: emailAddressField({ required: t.emailRequired, invalid: t.emailInvalid }) });
}

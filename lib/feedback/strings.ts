import type { FeedbackFormStrings } from "@/components/fact-sheet/feedback-form";
import { pick, type Messages } from "@/lib/i18n";

/**
 * The feedback form's own strings, and none of the thank-you page's (it is a client component),
 * as the `t` and `forms` props of FeedbackForm.
 */
export function feedbackFormText(messages: Messages): { t: FeedbackFormStrings; forms: Pick<Messages["forms"], "errorSummary" | "errorPrefix" | "optional"> } {
  const { thanksTitle: _a, thanksReceived: _b, thanksNext: _c, thanksContact: _d, thanksBack: _e, ...form } = messages.feedback;
  return { t: form, forms: pick(messages.forms, ["errorSummary", "errorPrefix", "optional"]) };
}

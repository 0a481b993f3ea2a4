import type { FeedbackFormStrings } from "@/components/fact-sheet/feedback-form";
import type { Messages } from "@/lib/i18n";

/** The feedback form's own strings, and none of the thank-you page's (it is a client component). */
export function feedbackStrings(messages: Messages): FeedbackFormStrings {
  const { thanksTitle: _a, thanksReceived: _b, thanksNext: _c, thanksContact: _d, thanksBack: _e, ...form } = messages.feedback;
  return form;
}

import { getMessages } from "@/lib/i18n/messages";
import type { OrganisationStatus } from "@/lib/db/generated/enums";
import type { Decision } from "@/lib/organisations/staff";

/**
 * Words the staff area shares across its pages. The staff area is in English only (its users
 * are the group's staff); what providers see of a decision is in both languages, in the messages.
 */

const en = getMessages("en");

export const statusName: Record<OrganisationStatus, string> = { ...en.provider.status };
export const nationName = en.nations;
export const typeName = en.providerTypes;
export const languageName = { en: "English", cy: "Welsh", bilingual: "Welsh and English" } as const;
export const roleName = { employer: "Employer", provider: "Provider", psrb: "Professional, statutory or regulatory body", other: "Other" } as const;
export const sourceName = { public: "Public fact sheet page", provider: "Provider's preview" } as const;
export const usefulnessName = en.feedback.usefulnessOptions;

/** Each decision: its button, its confirmation question and what it does, said before it is taken. */
export const decisionText: Record<Decision, { action: string; question: string; effect: string; done: string }> = {
  approve: {
    action: "Approve",
    question: "Approve {name}?",
    effect: "Its members will be able to download the branded fact sheet and share its public page, and it will hold its e-mail domains.",
    done: "{name} is now approved.",
  },
  reject: {
    action: "Reject",
    question: "Reject the request from {name}?",
    effect: "The requester is e-mailed your reason, in the language they used for the request. The organisation cannot download the fact sheet.",
    done: "{name} was rejected. The requester has been e-mailed your reason.",
  },
  suspend: {
    action: "Suspend",
    question: "Suspend {name}?",
    effect: "Downloads stop at once, its public fact sheet page is taken down and its e-mail domains are released. Its members see your reason.",
    done: "{name} is now suspended.",
  },
  reinstate: {
    action: "Reinstate",
    question: "Reinstate {name}?",
    effect: "Its members will be able to download the fact sheet again, and its public page returns.",
    done: "{name} is approved again.",
  },
};

export const pageText = {
  previous: "Previous page",
  next: "Next page",
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
};

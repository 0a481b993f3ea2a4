import { describe, expect, it } from "vitest";
import cy from "@/content/messages/cy.json";
import en from "@/content/messages/en.json";
import { approvalLine } from "./approval";

describe("the fact sheet's approval line", () => {
  it("says who approved the text and when, in the reader's language", () => {
    const sheet = { approvedBy: "MIC.SIG steering group", approvedOn: "2027-01-15T00:00:00.000Z" };
    expect(approvalLine(sheet, "en", en.factSheet)).toBe("Approved: MIC.SIG steering group, 15 January 2027.");
    expect(approvalLine(sheet, "cy", cy.factSheet)).toBe("Cymeradwyo: MIC.SIG steering group, 15 Ionawr 2027.");
  });

  it("says the text is the portal's summary until both who and when are given", () => {
    expect(approvalLine({}, "en", en.factSheet)).toMatch(/^This is the portal's summary .* has not yet approved it/);
    expect(approvalLine({ approvedBy: "Someone" }, "cy", cy.factSheet)).toMatch(/^Crynodeb y porth/);
  });
});

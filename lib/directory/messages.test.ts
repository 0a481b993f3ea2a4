import { describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n";
import { describeDirectoryErrors, describeDirectoryWarnings } from "./messages";
import { checkMicroCredential, type Field } from "./rules";

/** Inputs that between them produce every problem each field can have. */
const BAD: Partial<Record<Field, string>>[] = [
  {},
  { title: "x".repeat(151), description: "<i>x</i>", titleCy: "<b>", descriptionCy: "x".repeat(3001), welshAbsentReason: "x".repeat(301) },
  { title: "\u202Ex", titleCy: "x".repeat(151), description: "x".repeat(3001), descriptionCy: "<p>", welshAbsentReason: "<p>" },
  { learningOutcomes: Array.from({ length: 13 }, () => "x").join("\n"), learningOutcomesCy: Array.from({ length: 13 }, () => "x").join("\n") },
  { learningOutcomes: "x".repeat(301), learningOutcomesCy: "x".repeat(301) },
  { learningOutcomes: "<a>", learningOutcomesCy: "<a>" },
  { nation: "x", mode: "x", pace: "x", framework: "x", deliveryLanguage: "x", stackability: "x", subject: "x", fundingSchemes: "x" },
  { framework: "scqf", level: "13", credits: "x", notionalHours: "x", durationWeeks: "x", price: "x", startDates: "x", lastChecked: "x", bookingUrl: "http://x.org" },
  { credits: "500", notionalHours: "99999", startDates: "2020-01-01", lastChecked: "2999-01-01", fundingSchemes: "pla-wales,skill-up-ni,fwdf-scotland,ita-scotland,pla-wales" },
  { mode: "in-person", location: "", stackability: "towards-award", stacksTowards: "", deliveryLanguage: "cy" },
  { assessment: "<x", qualityAssurance: "<x", prerequisites: "<x", supervisionAndIdentity: "<x", stacksTowards: "<x", awardingBody: "<x", location: "<x" },
  {
    assessment: "x".repeat(301),
    qualityAssurance: "x".repeat(301),
    prerequisites: "x".repeat(301),
    supervisionAndIdentity: "x".repeat(301),
    stacksTowards: "x".repeat(301),
    awardingBody: "x".repeat(301),
    location: "x".repeat(301),
    bookingUrl: `https://example.org/${"x".repeat(300)}`,
  },
  { startDates: Array.from({ length: 13 }, (_, i) => `2030-01-${String(i + 1).padStart(2, "0")}`).join(",") },
  { titleCy: "Teitl" },
];

describe("the directory's messages", () => {
  it("have a whole sentence, in English and in Welsh, for every problem the rules can find", () => {
    const seen = new Set<string>();
    for (const input of BAD) {
      const result = checkMicroCredential(input, { forPublication: true, today: "2026-11-28" });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const [field, key] of Object.entries(result.errors)) seen.add(`${field}.${key}`);
      for (const locale of ["en", "cy"] as const) {
        const sentences = describeDirectoryErrors(result.errors, locale);
        for (const sentence of Object.values(sentences)) expect(sentence).toMatch(/^\S.*[^.\s]$/);
      }
    }
    // The inputs above reach every sentence the messages hold, so none is dead or missing.
    const written = Object.entries(getMessages("en").directory.errors).flatMap(([field, keys]) => Object.keys(keys).map((key) => `${field}.${key}`));
    expect([...seen].sort()).toEqual(written.sort());
  });

  it("fill the warning's figures in both languages", () => {
    expect(describeDirectoryWarnings({ notionalHours: "hoursVersusCredits" }, { credits: 10 }, "en")).toEqual({ notionalHours: "10 credits is usually about 100 hours of learning. Check the credits and the hours." });
    expect(describeDirectoryWarnings({ notionalHours: "hoursVersusCredits" }, { credits: 10 }, "cy").notionalHours).toContain("10");
  });
});

import { describe, expect, it } from "vitest";
import { ectsCredits, eqfLevel, hoursDisagreeWithCredits, isLevelOf, LEVELS } from "./frameworks";
import { demoMicroCredentials } from "./demo";
import { checkMicroCredential, type Field } from "./rules";

const today = "2026-11-28";

/** A complete, publishable micro-credential: the demo data's first, as a form would give it. */
const complete = demoMicroCredentials(new Date(`${today}T12:00:00Z`))[0]!;

const check = (changes: Partial<Record<Field, string>>, forPublication = true) => checkMicroCredential({ ...complete, ...changes }, { forPublication, today });
const errorsOf = (changes: Partial<Record<Field, string>>, forPublication = true) => {
  const result = check(changes, forPublication);
  return result.ok ? {} : result.errors;
};

describe("frameworks", () => {
  it("gives the indicative EQF level of each framework's levels, and none below EQF 1", () => {
    expect(eqfLevel("scqf", "7")).toBe(5);
    expect(eqfLevel("scqf", "12")).toBe(8);
    expect(eqfLevel("scqf", "2")).toBeUndefined();
    expect(eqfLevel("cqfw", "4")).toBe(5);
    expect(eqfLevel("rqf", "E3")).toBe(1);
    expect(eqfLevel("rqf", "E2")).toBeUndefined();
    expect(eqfLevel("fheq", "7")).toBe(7);
    expect(eqfLevel("fheq", "3")).toBeUndefined();
    // Every level above the bottom of each framework has one.
    for (const framework of ["cqfw", "rqf"] as const) expect(LEVELS[framework].filter((l) => eqfLevel(framework, l) === undefined)).toEqual(["E1", "E2"]);
    expect(LEVELS.scqf.filter((l) => eqfLevel("scqf", l) === undefined)).toEqual(["1", "2"]);
  });

  it("knows which levels exist in which framework", () => {
    expect(isLevelOf("scqf", "11")).toBe(true);
    expect(isLevelOf("cqfw", "11")).toBe(false);
    expect(isLevelOf("fheq", "E3")).toBe(false);
  });

  it("derives ECTS from UK credits and sees when hours and credits disagree", () => {
    expect(ectsCredits(10)).toBe(5);
    expect(hoursDisagreeWithCredits(10, 100)).toBe(false);
    expect(hoursDisagreeWithCredits(10, 120)).toBe(false);
    expect(hoursDisagreeWithCredits(10, 30)).toBe(true);
    expect(hoursDisagreeWithCredits(10, 400)).toBe(true);
  });
});

describe("a micro-credential's fields", () => {
  it("accepts a complete one and normalises its values", () => {
    const result = check({ learningOutcomes: "Plan work for a team split across places\n\n- Run a fair one-to-one meeting online", price: "£1,250", startDates: "2027-04-19, 2027-01-11 2027-04-19" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values.learningOutcomes).toEqual(["Plan work for a team split across places", "Run a fair one-to-one meeting online"]);
    expect(result.values.price).toBe(125_000);
    expect(result.values.credits).toBe(10);
    expect(result.values.startDates).toEqual(["2027-01-11", "2027-04-19"]);
    expect(result.warnings).toEqual({});
  });

  it("warns, without refusing, when hours and credits contradict each other", () => {
    const result = check({ notionalHours: "30" });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual({ notionalHours: "hoursVersusCredits" });
  });

  it("refuses a level that does not exist in the chosen framework", () => {
    expect(errorsOf({ framework: "cqfw", level: "11" })).toEqual({ level: "levelNotInFramework" });
    expect(errorsOf({ framework: "fheq", level: "e3" })).toEqual({ level: "levelNotInFramework" });
    expect(errorsOf({ framework: "scqf", level: "11" })).toEqual({});
  });

  it("refuses a start date in the past, and dates that do not exist", () => {
    expect(errorsOf({ startDates: "2026-11-27" })).toEqual({ startDates: "pastDate" });
    expect(errorsOf({ startDates: "2027-02-30" })).toEqual({ startDates: "date" });
    expect(errorsOf({ startDates: "next spring" })).toEqual({ startDates: "date" });
    expect(errorsOf({ startDates: "", anyTimeStart: "on" })).toEqual({});
    expect(errorsOf({ startDates: "" })).toEqual({ startDates: "startNeeded" });
  });

  it("refuses negative, absurd and malformed prices", () => {
    for (const price of ["-5", "£20,000.01", "1e6", "12.345", "free", "£1,00"]) expect(errorsOf({ price }), price).toEqual({ price: "price" });
    for (const price of ["0", "£1,200", "19999.99", "12.5", ""]) expect(errorsOf({ price }), price).toEqual({});
  });

  it("refuses credits and hours that are not whole numbers or not a micro-credential's size", () => {
    expect(errorsOf({ credits: "-10" })).toEqual({ credits: "wholeNumber" });
    expect(errorsOf({ credits: "7.5" })).toEqual({ credits: "wholeNumber" });
    expect(errorsOf({ credits: "0" })).toEqual({ credits: "creditsRange" });
    expect(errorsOf({ credits: "120", notionalHours: "1200" })).toEqual({ credits: "creditsRange" });
    expect(errorsOf({ notionalHours: "99999" })).toEqual({ notionalHours: "hoursRange" });
  });

  it("refuses an http booking link, and one with a password or no real host", () => {
    for (const bookingUrl of ["http://example.ac.uk/book", "javascript:alert(1)", "https://user:pw@example.ac.uk/", "https://localhost/"])
      expect(errorsOf({ bookingUrl }), bookingUrl).toEqual({ bookingUrl: "httpsUrl" });
  });

  it("refuses markup and invisible characters in any text field, but not a plain '<'", () => {
    const hostile = ["<script>alert(1)</script>", "Click <a href=x>here</a>", "<!-- x -->", "Right\u202eto left", "Zero\u200bwidth"];
    for (const field of ["title", "description", "awardingBody", "assessment", "stacksTowards", "welshAbsentReason"] as const)
      for (const value of hostile) expect(errorsOf({ [field]: value }, false)[field], `${field}: ${value}`).toBe("unsafeText");
    expect(errorsOf({ learningOutcomes: "Fine\n<img src=x onerror=alert(1)>" }).learningOutcomes).toBe("unsafeText");
    expect(errorsOf({ prerequisites: "< 2 years in a management role" })).toEqual({});
    expect(errorsOf({ description: "First paragraph.\n\nSecond paragraph." })).toEqual({});
  });

  it("never lets the Welsh be silently empty", () => {
    const english = { deliveryLanguage: "en", titleCy: "", descriptionCy: "", learningOutcomesCy: "" };
    expect(errorsOf(english)).toEqual({ titleCy: "welshMissing" });
    expect(errorsOf({ ...english, welshAbsentReason: "English-medium only: the tutors teach in English" })).toEqual({});
    // Half a translation is not a reason.
    expect(errorsOf({ ...english, titleCy: "Arwain timau hybrid", welshAbsentReason: "English-medium only" })).toEqual({ titleCy: "welshMissing" });
    // Taught in Welsh or bilingually: the Welsh must be there.
    expect(errorsOf({ ...english, deliveryLanguage: "cy", welshAbsentReason: "Not translated yet" })).toEqual({ titleCy: "welshNeededForWelshDelivery" });
  });

  it("lets a draft leave out what publication needs, but not break a rule", () => {
    const draft = { title: "Leading hybrid teams" };
    expect(checkMicroCredential(draft, { forPublication: false, today }).ok).toBe(true);
    const missing = checkMicroCredential(draft, { forPublication: true, today });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(Object.keys(missing.errors).sort()).toEqual(
      ["assessment", "awardingBody", "credits", "deliveryLanguage", "description", "framework", "learningOutcomes", "level", "mode", "nation", "notionalHours", "pace", "qualityAssurance", "startDates", "titleCy"].sort(),
    );
    expect(checkMicroCredential({ title: "" }, { forPublication: false, today }).ok).toBe(false);
    expect(checkMicroCredential({ title: "x", price: "-1" }, { forPublication: false, today }).ok).toBe(false);
  });

  it("asks where it is taught unless it is online, and which award it counts towards", () => {
    expect(errorsOf({ location: "", mode: "in-person" })).toEqual({ location: "required" });
    expect(errorsOf({ location: "", mode: "online" })).toEqual({});
    expect(errorsOf({ stackability: "towards-award", stacksTowards: "" })).toEqual({ stacksTowards: "awardNeeded" });
  });

  it("takes funding schemes from its list, and a last-checked date that is not in the future", () => {
    expect(check({ fundingSchemes: "pla-wales, ita-scotland" })).toMatchObject({ ok: true, values: { fundingSchemes: ["pla-wales", "ita-scotland"] } });
    expect(errorsOf({ fundingSchemes: "pla-wales,free-money" })).toEqual({ fundingSchemes: "choose" });
    expect(errorsOf({ lastChecked: "2026-11-29" })).toEqual({ lastChecked: "futureDate" });
    expect(errorsOf({ lastChecked: "2026-02-30" })).toEqual({ lastChecked: "date" });
    expect(errorsOf({ lastChecked: today })).toEqual({});
  });

  it("reports a past start date together with the other problems, not after them", () => {
    expect(errorsOf({ title: "<b>Bold</b>", startDates: "2020-01-06", anyTimeStart: "" })).toEqual({ title: "unsafeText", startDates: "pastDate" });
  });

  it("refuses values outside each list", () => {
    expect(errorsOf({ nation: "england-and-wales", mode: "hybrid", framework: "nqf", subject: "11" })).toEqual({ nation: "choose", mode: "choose", framework: "choose", subject: "choose" });
  });
});

describe("the demo data's micro-credentials", () => {
  it("each meets every rule for publication, one of them in English only with its reason", async () => {
    const demo = demoMicroCredentials(new Date(`${today}T12:00:00Z`));
    expect(demo).toHaveLength(3);
    for (const fields of demo) expect(checkMicroCredential(fields, { forPublication: true, today }), fields.title).toMatchObject({ ok: true, warnings: {} });
    expect(demo.filter((d) => d.deliveryLanguage === "en").map((d) => Boolean(d.welshAbsentReason))).toEqual([true]);
  });
});

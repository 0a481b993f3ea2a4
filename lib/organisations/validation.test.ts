import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms/state";
import { brandProfileSchema, logoAltSchema, normaliseUkPhone, organisationSchema } from "./validation";

const profile = {
  contactName: "Siân Jones",
  jobTitle: "",
  organisationNameCy: "",
  jobTitleCy: "",
  addressCy: "",
  email: "Siân@example.ac.uk".replace("â", "a"),
  phone: "",
  website: "",
  address: "",
  findOutMoreUrl: "",
};

const errorsOf = (input: Partial<typeof profile>) => {
  const parsed = brandProfileSchema.safeParse({ ...profile, ...input });
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("brand profile", () => {
  it("accepts and normalises good values", () => {
    const parsed = brandProfileSchema.parse({
      ...profile,
      email: "  Partnerships@College.AC.UK ",
      phone: "+44 (0)29 2018 0123",
      website: "https://www.college.ac.uk",
      address: " 1 College Road \n\n Cardiff \nCF10 1AA",
      contactName: "  Siân   Ŵyn  ",
    });
    expect(parsed).toMatchObject({
      email: "partnerships@college.ac.uk",
      phone: "029 2018 0123",
      website: "https://www.college.ac.uk/",
      address: ["1 College Road", "Cardiff", "CF10 1AA"],
      contactName: "Siân Ŵyn",
    });
  });

  it("refuses empty and over-long required fields", () => {
    expect(errorsOf({ contactName: "   " })).toEqual({ contactName: "required" });
    expect(errorsOf({ contactName: "x".repeat(61) })).toEqual({ contactName: "tooLong" });
    expect(errorsOf({ email: "" })).toEqual({ email: "required" });
    expect(logoAltSchema.safeParse({ logoAlt: "x".repeat(121) }).error?.issues[0]?.message).toBe("tooLong");
  });

  it("refuses javascript:, http: and other non-https addresses", () => {
    for (const url of ["javascript:alert(1)", "http://college.ac.uk", "ftp://college.ac.uk", "https://user:pw@college.ac.uk", "college.ac.uk", "https://localhost"]) {
      expect(errorsOf({ website: url })).toEqual({ website: "httpsUrl" });
      expect(errorsOf({ findOutMoreUrl: url })).toEqual({ findOutMoreUrl: "httpsUrl" });
    }
  });

  it("refuses malformed e-mail addresses", () => {
    for (const email of ["plainaddress", "a@b", "@college.ac.uk", "a b@college.ac.uk", "name@college..ac.uk", "x@college.ac.uk@ <attacker@evil.com>", "Name <name@college.ac.uk>"]) {
      expect(errorsOf({ email })).toEqual({ email: "email" });
    }
  });

  it("refuses HTML and control characters in names", () => {
    expect(errorsOf({ contactName: "<img src=x onerror=alert(1)>" })).toEqual({ contactName: "unsafeText" });
    expect(errorsOf({ contactName: "Bell\u0007Name" })).toEqual({ contactName: "unsafeText" });
  });

  it.each([
    ["a right-to-left override", "Coleg\u202Egoled"],
    ["a left-to-right isolate", "Coleg\u2066Caerdydd\u2069"],
    ["a zero-width space", "Car\u200bdiff"],
    ["a zero-width joiner", "Car\u200ddiff"],
    ["a soft hyphen", "Car\u00addiff"],
    ["an Arabic letter mark", "Cardiff\u061c"],
    ["a tag character", "Cardiff\u{e0041}"],
    ["a variation selector", "Card\ufe0fiff"],
    ["a combining grapheme joiner", "Car\u034fdiff"],
    ["a braille blank", "Car\u2800diff"],
  ])("refuses names with %s, which could make one name look like another", (_why, name) => {
    expect(errorsOf({ contactName: name })).toEqual({ contactName: "unsafeText" });
    expect(errorsOf({ jobTitle: name })).toEqual({ jobTitle: "unsafeText" });
    expect(errorsOf({ address: `1 Heol y Coleg\n${name}` })).toEqual({ address: "unsafeText" });
    expect(organisationSchema.safeParse({ name, type: "college", nation: "wales", website: "", domains: "enghraifft.ac.uk" }).success).toBe(false);
  });

  it("keeps Welsh letters", () => {
    expect(errorsOf({ contactName: "Siân Ŵyn ap Rhŷs" })).toEqual({});
  });

  it("limits the address to 4 lines of 50 characters", () => {
    expect(errorsOf({ address: "1\n2\n3\n4\n5" })).toEqual({ address: "tooManyLines" });
    expect(errorsOf({ address: "x".repeat(51) })).toEqual({ address: "tooLong" });
  });
});

describe("normaliseUkPhone", () => {
  it("formats UK numbers in the usual groups", () => {
    expect(normaliseUkPhone("02920180123")).toBe("029 2018 0123");
    expect(normaliseUkPhone("+44 1234 567890")).toBe("01234 567890");
    expect(normaliseUkPhone("0044 7700 900123")).toBe("07700 900123");
    expect(normaliseUkPhone("0300 123 4567")).toBe("0300 123 4567");
  });
  it("refuses anything else", () => {
    for (const bad of ["12345", "+33 1 23 45 67 89", "call me", "0800 CALL NOW", "00000000000"]) {
      expect(normaliseUkPhone(bad)).toBeUndefined();
    }
  });
});

describe("organisation", () => {
  const base = { name: "Coleg Enghraifft", type: "college", nation: "wales", website: "", domains: "enghraifft.ac.uk" };
  it("splits and cleans the domain list", () => {
    expect(organisationSchema.parse({ ...base, domains: "@Enghraifft.ac.uk, staff.enghraifft.ac.uk  enghraifft.ac.uk" }).domains).toEqual([
      "enghraifft.ac.uk",
      "staff.enghraifft.ac.uk",
    ]);
  });
  it("refuses missing choices, bad domains and too many domains", () => {
    const errors = (input: Record<string, string>) => {
      const parsed = organisationSchema.safeParse({ ...base, ...input });
      return parsed.success ? {} : fieldErrors(parsed.error);
    };
    expect(errors({ type: "" })).toEqual({ type: "choose" });
    expect(errors({ nation: "mars" })).toEqual({ nation: "choose" });
    expect(errors({ domains: "" })).toEqual({ domains: "required" });
    expect(errors({ domains: "not a domain" })).toEqual({ domains: "domain" });
    expect(errors({ domains: "a.ac.uk b.ac.uk c.ac.uk d.ac.uk e.ac.uk f.ac.uk" })).toEqual({ domains: "tooManyDomains" });
  });
  it("refuses public suffixes, which many organisations share", () => {
    const errors = (domains: string) => {
      const parsed = organisationSchema.safeParse({ ...base, domains });
      return parsed.success ? {} : fieldErrors(parsed.error);
    };
    for (const shared of ["ac.uk", "co.uk", "gov.uk", "enghraifft.ac.uk, ac.uk", "github.io", "AC.UK"]) {
      expect(errors(shared)).toEqual({ domains: "publicSuffix" });
    }
  });
  it("normalises international domains to the form an address's domain takes", () => {
    expect(organisationSchema.parse({ ...base, domains: "Coleg-Gŵyr.ac.uk" }).domains).toEqual(["xn--coleg-gyr-h9b.ac.uk"]);
  });
});

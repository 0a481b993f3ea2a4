import { describe, expect, it } from "vitest";
import { normaliseDomain, parseEmailAddress } from "./email-address";

describe("parseEmailAddress", () => {
  it("accepts a plain address, lower-cased, and names its domain and mailbox", () => {
    expect(parseEmailAddress("  Sian.Jones+fact-sheet@Cardiff.AC.UK ")).toEqual({
      address: "sian.jones+fact-sheet@cardiff.ac.uk",
      local: "sian.jones+fact-sheet",
      domain: "cardiff.ac.uk",
      mailbox: "sian.jones@cardiff.ac.uk",
    });
  });

  it("accepts the characters real addresses use", () => {
    expect(parseEmailAddress("o'brien-jones_2+x@ulster.ac.uk")?.address).toBe("o'brien-jones_2+x@ulster.ac.uk");
  });

  it("IDNA-normalises the domain to punycode", () => {
    expect(parseEmailAddress("post@coleg-gŵyr.ac.uk")?.domain).toBe("xn--coleg-gyr-h9b.ac.uk");
    // A full-width dot is mapped by UTS #46, so the same domain cannot be written two ways.
    expect(parseEmailAddress("a@example\uff0eac.uk")?.domain).toBe("example.ac.uk");
  });

  it.each([
    ["the reported attack: a second @ and a display-name address", "x@cardiff.ac.uk@ <attacker@evil.com>"],
    ["two @", "x@cardiff.ac.uk@evil.com"],
    ["a display name", "Sian <sian@cardiff.ac.uk>"],
    ["angle brackets only", "<sian@cardiff.ac.uk>"],
    ["a comment", "sian(comment)@cardiff.ac.uk"],
    ["a quoted local part", '"sian@evil.com"@cardiff.ac.uk'],
    ["a list", "sian@cardiff.ac.uk,attacker@evil.com"],
    ["a semicolon list", "sian@cardiff.ac.uk;attacker@evil.com"],
    ["inner whitespace", "sian @cardiff.ac.uk"],
    ["a newline (header injection)", "sian@cardiff.ac.uk\nBcc: attacker@evil.com"],
    ["a route", "@evil.com:sian@cardiff.ac.uk"],
    ["an IP literal", "sian@[127.0.0.1]"],
    ["a bare IPv4 domain", "sian@127.0.0.1"],
    ["a single-label domain", "sian@localhost"],
    ["a trailing dot", "sian@cardiff.ac.uk."],
    ["an empty label", "sian@cardiff..ac.uk"],
    ["a leading dot in the local part", ".sian@cardiff.ac.uk"],
    ["two dots in the local part", "si..an@cardiff.ac.uk"],
    ["a label starting with a hyphen", "sian@-cardiff.ac.uk"],
    ["no local part", "@cardiff.ac.uk"],
    ["no domain", "sian@"],
    ["nothing", ""],
    ["a local part over 64 characters", `${"a".repeat(65)}@cardiff.ac.uk`],
    ["an address over 254 characters", `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.ac.uk`],
    ["a label over 63 characters", `a@${"b".repeat(64)}.ac.uk`],
    ["a backslash", "si\\an@cardiff.ac.uk"],
    ["a zero-width space", "si\u200ban@cardiff.ac.uk"],
    ["a percent route", "victim%evil.com@cardiff.ac.uk"],
    ["a bang path", "evil.com!victim@cardiff.ac.uk"],
    ["a slash", "a/b@cardiff.ac.uk"],
  ])("refuses %s", (_why, input) => {
    expect(parseEmailAddress(input)).toBeUndefined();
  });

  it("refuses anything that is not a string", () => {
    expect(parseEmailAddress(undefined)).toBeUndefined();
    expect(parseEmailAddress(["a@b.ac.uk"])).toBeUndefined();
  });
});

describe("normaliseDomain", () => {
  it("lower-cases and checks a host name", () => {
    expect(normaliseDomain("Cardiff.AC.uk")).toBe("cardiff.ac.uk");
    expect(normaliseDomain("cardiff.ac.uk:443")).toBeUndefined();
    expect(normaliseDomain("cardiff.ac.uk/")).toBeUndefined();
  });
});

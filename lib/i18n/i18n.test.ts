import { describe, expect, it } from "vitest";
import cy from "@/content/messages/cy.json";
import en from "@/content/messages/en.json";
import { formatDate, localePath, stripLocale } from "./locales";
import { pick } from "./format";

function leaves(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

describe("localePath", () => {
  it("keeps English at the root and puts Welsh under /cy", () => {
    expect(localePath("en", "/")).toBe("/");
    expect(localePath("en", "/faqs")).toBe("/faqs");
    expect(localePath("cy", "/")).toBe("/cy");
    expect(localePath("cy", "/case-studies/bangor")).toBe("/cy/case-studies/bangor");
  });
});

describe("stripLocale", () => {
  it("removes a language prefix and nothing else", () => {
    expect(stripLocale("/cy/faqs")).toBe("/faqs");
    expect(stripLocale("/cy")).toBe("/");
    expect(stripLocale("/cy#top")).toBe("/#top");
    expect(stripLocale("/en/about")).toBe("/about");
    expect(stripLocale("/cymru")).toBe("/cymru");
    expect(stripLocale("/faqs")).toBe("/faqs");
  });
});

describe("formatDate", () => {
  it("writes dates in the reader's language", () => {
    expect(formatDate("2025-06-03T00:00:00.000Z", "en")).toBe("3 June 2025");
    expect(formatDate("2025-06-03T00:00:00.000Z", "cy")).toBe("3 Mehefin 2025");
  });
});

describe("messages", () => {
  const enLeaves = leaves(en);
  const cyLeaves = new Map(leaves(cy));

  it("has every English key in Welsh, and no others", () => {
    expect([...cyLeaves.keys()].sort()).toEqual(enLeaves.map(([k]) => k).sort());
  });

  it("has no empty or untranslated Welsh text", () => {
    const same = enLeaves.filter(([key, value]) => {
      const welsh = cyLeaves.get(key);
      // Names and words spelt the same in both languages, and templates with no words of their own.
      const words = String(value).replace(/\{\w+\}/g, "");
      const same = welsh === value && !/^(MIC\.SIG|English|Cymraeg|Sector|Logo|Cost|CQFW|SCQF|RQF|FHEQ)$/.test(String(value)) && /\p{L}/u.test(words);
      return welsh === "" || same;
    });
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe("pick", () => {
  it("keeps only the named messages, so a client component gets no others", () => {
    const picked = pick({ a: "A", b: "B", c: { d: "D" } }, ["a", "c"]);
    expect(picked).toEqual({ a: "A", c: { d: "D" } });
    expect(JSON.stringify(picked)).not.toContain("B");
  });
});

import { describe, expect, it } from "vitest";
import { welshForms, welshQueries, welshStem, welshTsQuery } from "./welsh";

describe("Welsh search words", () => {
  it("removes plural endings, keeping enough of the word", () => {
    expect(welshStem("cymwysterau")).toBe("cymwyster");
    expect(welshStem("darparwyr")).toBe("darparwyr");
    expect(welshStem("prifysgolion")).toBe("prifysgol");
    expect(welshStem("Cyflogwyr")).toBe("cyflogwyr");
    expect(welshStem("iau")).toBe("iau");
  });

  it("searches a word in each of its mutations, whichever form was typed", () => {
    const radical = welshForms("cymwysterau");
    for (const form of ["cymwyster", "gymwyster", "nghymwyster", "chymwyster"]) expect(radical).toContain(form);
    // Typed in its soft mutation, the radical is searched too.
    expect(welshForms("ddarparwyr")).toEqual(expect.arrayContaining(["darparwyr", "tarparwyr", "nharparwyr", "tharparwyr"]));
    expect(welshForms("brifysgol")).toEqual(expect.arrayContaining(["prifysgol", "mhrifysgol", "phrifysgol"]));
    expect(welshForms("llwybrau")).toEqual(["llwybr", "lwybr"]);
    // The soft mutation of g drops it.
    expect(welshForms("waith")).toContain("gwaith");
  });

  it("combines the forms of several words, the typed query first, within a limit", () => {
    const queries = welshQueries("gymwysterau byr");
    expect(queries[0]).toBe("gymwyster byr");
    expect(queries).toContain("cymwyster byr");
    expect(queries).toContain("cymwyster fyr");
    expect(welshQueries("cymwysterau darparwyr prifysgolion colegau").length).toBeLessThanOrEqual(24);
    expect(welshQueries("   ")).toEqual([]);
    // Numbers and symbols are searched as typed.
    expect(welshQueries("2025")).toEqual(["2025"]);
  });
});

describe("Welsh words for the directory's full-text search", () => {
  it("asks for every word in any of its forms, long stems also as the start of a word", () => {
    expect(welshTsQuery("Gofal")).toBe(`(${welshForms("gofal").map((f) => `'${f}':*`).join(" | ")})`);
    expect(welshForms("gofal")).toContain("ofal"); // "ei ofal"
    expect(welshTsQuery("tasgau byr")).toBe("('tasg':* | 'dasg':* | 'ddasg':* | 'nhasg':* | 'thasg':*) & ('byr' | 'pyr' | 'fyr' | 'mhyr' | 'phyr')");
  });

  it("lets only letters and digits into the query, so its syntax cannot be forged", () => {
    expect(welshTsQuery("a & b | !c ' :* ( 2025")).toBe("('a' | 'ga') & ('b' | 'p' | 'f' | 'mh' | 'ph') & ('c' | 'g' | 'ngh' | 'ch' | 'ng') & ('2025':*)");
    expect(welshTsQuery("')(\\")).toBe("");
    expect(welshTsQuery("un dau tri pedwar pump chwech saith wyth naw deg").split(" & ")).toHaveLength(8);
  });
});

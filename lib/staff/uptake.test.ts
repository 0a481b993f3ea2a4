import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { onEachDatabase } from "@/test/database";
import { NotFoundError } from "@/lib/organisations/errors";
import { defaultRange, getUptake, monthsOf, parseRange } from "./uptake";

describe("uptake date ranges", () => {
  const today = new Date("2026-11-28T10:00:00Z");
  it("defaults to the last twelve months, whole months", () => {
    expect(defaultRange(today)).toEqual({ from: "2025-12-01", to: "2026-11-28" });
    expect(monthsOf(defaultRange(today))).toHaveLength(12);
  });
  it("reports impossible dates, a reversed range and one over five years, and falls back to the default", () => {
    expect(parseRange({ from: "2026-02-30" }, today).problems).toEqual(["from"]);
    expect(parseRange({ from: "2026-05-01", to: "2026-04-01" }, today).problems).toEqual(["order"]);
    expect(parseRange({ from: "2010-01-01", to: "2026-01-01" }, today)).toEqual({ range: defaultRange(today), problems: ["tooLong"] });
    expect(parseRange({ from: "2026-01-15", to: "2026-03-02" }, today)).toEqual({ range: { from: "2026-01-15", to: "2026-03-02" }, problems: [] });
  });
  it("lists every month a range touches, across a year end", () => {
    expect(monthsOf({ from: "2025-11-20", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});

onEachDatabase("fact sheet uptake", (database) => {
  let db: ReturnType<typeof database>;
  let staff: Actor;
  beforeAll(async () => {
    db = database();
    const user = await db.user.create({ data: { email: `staff-${randomUUID()}@mic-sig.test` } });
    staff = { userId: user.id, email: user.email, isStaff: true };
  });

  it("counts downloads by month, nation, kind of organisation and language, inside the range only", async () => {
    const id = randomUUID().slice(0, 8);
    const organisation = (name: string, nation: "wales" | "northern_ireland", type: "college" | "university") =>
      db.organisation.create({ data: { slug: `${name}-${id}`, name, nation, type, domains: [], status: "approved" } });
    const wales = await organisation("coleg", "wales", "college");
    const ni = await organisation("uni", "northern_ireland", "university");
    const rows: [string, string, string][] = [
      [wales.id, "en", "2026-01-05"],
      [wales.id, "cy", "2026-01-05"],
      [wales.id, "bilingual", "2026-03-31"],
      [ni.id, "en", "2026-03-01"],
      [ni.id, "en", "2025-12-31"], // before the range
      [ni.id, "cy", "2026-04-01"], // after it
    ];
    for (const [organisationId, locale, day] of rows) {
      await db.factSheetDownload.create({ data: { organisationId, locale, contentVersion: "1", profileVersion: 1, day: new Date(`${day}T00:00:00Z`) } });
    }
    const uptake = await getUptake(staff, { from: "2026-01-01", to: "2026-03-31" });
    expect(uptake.downloads).toBe(4);
    expect(uptake.organisations).toBe(2);
    expect(uptake.byMonth).toEqual([
      { key: "2026-01", downloads: 2 },
      { key: "2026-02", downloads: 0 },
      { key: "2026-03", downloads: 2 },
    ]);
    expect(uptake.byNation).toEqual([
      { key: "wales", downloads: 3 },
      { key: "scotland", downloads: 0 },
      { key: "northern-ireland", downloads: 1 },
      { key: "england", downloads: 0 },
    ]);
    expect(uptake.byType).toEqual([
      { key: "college", downloads: 3 },
      { key: "university", downloads: 1 },
      { key: "other", downloads: 0 },
    ]);
    expect(uptake.byLanguage).toEqual([
      { key: "en", downloads: 2 },
      { key: "cy", downloads: 1 },
      { key: "bilingual", downloads: 1 },
    ]);
  });

  it("is for staff only", async () => {
    const user = await db.user.create({ data: { email: `provider-${randomUUID()}@example.ac.uk` } });
    await expect(getUptake({ userId: user.id, email: user.email, isStaff: false }, { from: "2026-01-01", to: "2026-01-31" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

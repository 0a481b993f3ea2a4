import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import * as provider from "@/lib/organisations";
import * as staff from "@/lib/organisations/staff";
import { newPerson, onEachDatabase } from "@/test/database";
import { demoMicroCredentials } from "./demo";
import * as directory from "./index";
import { searchDirectory } from "./search";

onEachDatabase("the public directory's search", (database) => {
  let db: ReturnType<typeof database>;
  let college: { slug: string; id: string; owner: Actor };
  const word = `zq${randomUUID().slice(0, 6)}`; // a word no other test's rows contain

  beforeAll(async () => {
    db = database();
    process.env.AUTO_APPROVE_DOMAINS = "ac.uk";
    const id = randomUUID().slice(0, 8);
    const owner = await newPerson(db, `owner@s${id}.ac.uk`);
    const organisation = await provider.createOrganisation(owner, { name: `Search College ${id}`, type: "college", nation: "wales", website: "", domains: [`s${id}.ac.uk`] });
    college = { slug: organisation.slug, id: organisation.id, owner };
    // The three demo micro-credentials, each with the test's word in its description, published.
    for (const fields of demoMicroCredentials()) {
      const made = await directory.saveMicroCredential(owner, organisation.id, { ...fields, description: `${fields.description} ${word}` });
      await directory.publishMicroCredential(owner, organisation.id, made.id);
    }
    // A draft and a withdrawn one, which never appear.
    await directory.saveMicroCredential(owner, organisation.id, { title: `Draft ${word}` });
    const gone = await directory.saveMicroCredential(owner, organisation.id, { ...demoMicroCredentials()[0], title: "Withdrawn course", description: `Gone ${word}` });
    await directory.publishMicroCredential(owner, organisation.id, gone.id);
    await directory.withdrawMicroCredential(owner, organisation.id, gone.id);
  });

  const mine = (filters: Record<string, string> = {}) => ({ provider: college.slug, ...filters });

  it("lists what the organisation published, with counts for every facet", async () => {
    const found = await searchDirectory({ filters: mine(), sort: "title" });
    expect(found.total).toBe(3);
    expect(found.results.map((r) => r.title)).toEqual(["Introduction to heat pump installation", "Leading hybrid teams", "Using data in care management"]);
    expect(found.facets.mode).toEqual({ blended: 1, "in-person": 1, online: 1 });
    expect(found.facets.eqf).toEqual({ "4": 1, "5": 2 });
    expect(found.facets.cost).toEqual({ free: 1, "250-999": 2 });
    expect(found.facets.start).toEqual({ "any-time": 1, "set-dates": 2 });
    expect(found.facets.stackable).toEqual({ true: 1, false: 2 });
    expect(found.facets.language).toEqual({ bilingual: 2, en: 1 });
    expect(found.facets.funding).toEqual({ "pla-wales": 2 });
  });

  it("filters, and counts each facet as if its own filter were not set", async () => {
    const online = await searchDirectory({ filters: mine({ mode: "online" }) });
    expect(online.results.map((r) => r.title)).toEqual(["Using data in care management"]);
    expect(online.facets.mode).toEqual({ blended: 1, "in-person": 1, online: 1 });
    expect(online.facets.cost).toEqual({ free: 1 });
    const two = await searchDirectory({ filters: mine({ eqf: "5", cost: "250-999" }) });
    expect(two.results.map((r) => r.title)).toEqual(["Leading hybrid teams"]);
    const funded = await searchDirectory({ filters: mine({ funding: "pla-wales" }), sort: "title" });
    expect(funded.results.map((r) => r.title)).toEqual(["Introduction to heat pump installation", "Leading hybrid teams"]);
    expect(funded.facets.funding).toEqual({ "pla-wales": 2 });
    expect(funded.facets.mode).toEqual({ blended: 1, "in-person": 1 });
  });

  it("finds English words by their stem, and Welsh words as typed", async () => {
    expect((await searchDirectory({ q: "installing heat pumps", filters: mine() })).results.map((r) => r.title)).toEqual(["Introduction to heat pump installation"]);
    expect((await searchDirectory({ q: "arwain", filters: mine() })).results.map((r) => r.title)).toEqual(["Leading hybrid teams"]);
    expect((await searchDirectory({ q: word })).total).toBe(3);
  });

  it("finds a Welsh word whichever mutated form the text or the reader uses", async () => {
    const titles = async (q: string) => (await searchDirectory({ q, filters: mine(), sort: "title" })).results.map((r) => r.title);
    // The text has "wrth reoli gofal" and "sy'n rheoli pobl".
    expect(await titles("rheoli")).toEqual(["Leading hybrid teams", "Using data in care management"]);
    expect(await titles("casglu data")).toEqual(["Using data in care management"]); // "gasglu"
    expect(await titles("tasgau")).toEqual(["Leading hybrid teams"]); // "a thasgau"
    expect(await titles("ngweithdy")).toEqual(["Leading hybrid teams"]); // "gweithdy"
    expect(await titles("gwasanaeth gofal ar-lein")).toEqual(["Using data in care management"]);
  });

  it("treats text and filter values as data, never as SQL", async () => {
    for (const q of ["'; DROP TABLE \"MicroCredential\"; --", "a & b | !c", ")(", "\\"]) expect((await searchDirectory({ q, filters: mine() })).total).toBe(0);
    expect((await searchDirectory({ filters: mine({ mode: "online' OR '1'='1" }) })).total).toBe(0);
    expect(await db.microCredential.count({ where: { organisationId: college.id } })).toBe(5);
  });

  it("pages, and a page past the end is empty with the right total", async () => {
    const far = await searchDirectory({ filters: mine(), page: 9 });
    expect(far.results).toEqual([]);
    expect(far.total).toBe(3);
    expect(far.pages).toBe(1);
  });

  it("drops a suspended organisation's listings at once", async () => {
    await staff.decideOrganisation(await newPerson(db, `staff@${word}.example`, true), college.id, "suspend", "Checking its details");
    expect((await searchDirectory({ q: word })).total).toBe(0);
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import * as staff from "@/lib/organisations/staff";
import * as provider from "@/lib/organisations";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";
import { getMessages } from "@/lib/i18n";
import { describeEvent } from "@/lib/organisations/history";
import { newPerson, onEachDatabase } from "@/test/database";
import { demoMicroCredentials } from "./demo";
import * as directory from "./index";
import type { Field } from "./rules";

/** A publishable micro-credential (the demo data's first), under another title. */
const fields = (title: string): Partial<Record<Field, string>> => ({ ...demoMicroCredentials()[0], title });

onEachDatabase("micro-credentials in the directory", (database) => {
  let db: ReturnType<typeof database>;
  beforeAll(() => {
    db = database();
    process.env.AUTO_APPROVE_DOMAINS = "ac.uk";
  });
  const person = (email: string, isStaff = false) => newPerson(db, email, isStaff);
  const approvedOrganisation = async () => {
    const id = randomUUID().slice(0, 8);
    const owner = await person(`owner@d${id}.ac.uk`);
    const organisation = await provider.createOrganisation(owner, { name: `Directory College ${id}`, type: "college", nation: "wales", website: "", domains: [`d${id}.ac.uk`] });
    expect(organisation.status).toBe("approved");
    return { owner, organisation, id };
  };

  it("a member saves a draft, publishes it, and it is public with its EQF level; every change is in the history", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const draft = await directory.saveMicroCredential(owner, organisation.id, { title: "Leading hybrid teams" });
    expect(await directory.getPublicMicroCredential(draft.slug)).toBeNull();
    await expect(directory.publishMicroCredential(owner, organisation.id, draft.id)).rejects.toBeInstanceOf(directory.MicroCredentialInvalid);

    await directory.saveMicroCredential(owner, organisation.id, fields("Leading hybrid teams"), draft.id);
    await directory.publishMicroCredential(owner, organisation.id, draft.id);
    const page = await directory.getPublicMicroCredential(draft.slug);
    expect(page?.status).toBe("published");
    expect(page?.eqfLevel).toBe(5);
    expect(page?.organisation.name).toBe(organisation.name);
    const history = await db.auditEvent.findMany({ where: { organisationId: organisation.id, action: { startsWith: "microCredential." } }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["microCredential.created", "microCredential.updated", "microCredential.published"]);
    // The members' and staff's history pages tell it in whole sentences, in each language.
    const published = history[2]!;
    expect(describeEvent(getMessages("en").provider.historyEvents, published)).toBe(`${owner.email} published the micro-credential “Leading hybrid teams”`);
    expect(describeEvent(getMessages("cy").provider.historyEvents, published)).toBe(`Cyhoeddodd ${owner.email} y micro-gymhwyster “Leading hybrid teams”`);
  });

  it("refuses a change that breaks a rule, and keeps a published one publishable", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const made = await directory.saveMicroCredential(owner, organisation.id, fields("Safe lifting"));
    await directory.publishMicroCredential(owner, organisation.id, made.id);
    const broken = directory.saveMicroCredential(owner, organisation.id, { ...fields("Safe lifting"), description: "" }, made.id);
    await expect(broken).rejects.toBeInstanceOf(directory.MicroCredentialInvalid);
    await expect(directory.saveMicroCredential(owner, organisation.id, { ...fields("Safe lifting"), level: "11" }, made.id)).rejects.toBeInstanceOf(directory.MicroCredentialInvalid);
    expect((await directory.getPublicMicroCredential(made.slug))?.description).toBe(fields("x").description);
  });

  it("answers NotFound for another organisation's micro-credential, for reading and for every change", async () => {
    const mine = await approvedOrganisation();
    const theirs = await approvedOrganisation();
    const made = await directory.saveMicroCredential(theirs.owner, theirs.organisation.id, fields("Their course"));
    const attempts = [
      () => directory.saveMicroCredential(mine.owner, mine.organisation.id, fields("Stolen"), made.id),
      () => directory.publishMicroCredential(mine.owner, mine.organisation.id, made.id),
      () => directory.withdrawMicroCredential(mine.owner, mine.organisation.id, made.id),
      () => directory.duplicateMicroCredential(mine.owner, mine.organisation.id, made.id),
      () => directory.getOwnMicroCredential(mine.owner, mine.organisation.id, made.id),
      // Naming their organisation does not help either: the person is not a member of it.
      () => directory.saveMicroCredential(mine.owner, theirs.organisation.id, fields("Stolen"), made.id),
      () => directory.getOwnMicroCredential(mine.owner, theirs.organisation.id, made.id),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.microCredential.findUniqueOrThrow({ where: { id: made.id } })).title).toBe("Their course");
  });

  it("withdrawing keeps the address, marked withdrawn; a withdrawn one cannot be changed or published again", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const made = await directory.saveMicroCredential(owner, organisation.id, fields("First aid at work"));
    await directory.publishMicroCredential(owner, organisation.id, made.id);
    await directory.withdrawMicroCredential(owner, organisation.id, made.id);
    const page = await directory.getPublicMicroCredential(made.slug);
    expect(page?.status).toBe("withdrawn");
    expect(page?.withdrawnAt).toBeInstanceOf(Date);
    await expect(directory.saveMicroCredential(owner, organisation.id, fields("First aid at work"), made.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(directory.publishMicroCredential(owner, organisation.id, made.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("duplicating makes a draft with its own address and no start dates", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const made = await directory.saveMicroCredential(owner, organisation.id, fields("Data basics"));
    const copy = await directory.duplicateMicroCredential(owner, organisation.id, made.id);
    expect(copy.slug).not.toBe(made.slug);
    const row = await directory.getOwnMicroCredential(owner, organisation.id, copy.id);
    expect(row.status).toBe("draft");
    expect(row.startDates).toEqual([]);
    expect(row.title).toBe("Data basics");
  });

  it("a suspended organisation's micro-credentials leave the public at once, and it cannot change them", async () => {
    const { owner, organisation, id } = await approvedOrganisation();
    const made = await directory.saveMicroCredential(owner, organisation.id, fields("Welding inspection"));
    await directory.publishMicroCredential(owner, organisation.id, made.id);
    const staffer = await person(`staff@s${id}.example`, true);
    await staff.decideOrganisation(staffer, organisation.id, "suspend", "Checking its details");
    expect(await directory.getPublicMicroCredential(made.slug)).toBeNull();
    await expect(directory.saveMicroCredential(owner, organisation.id, fields("Welding inspection"), made.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("only an approved organisation publishes", async () => {
    const id = randomUUID().slice(0, 8);
    const trainer = await person(`owner@p${id}.example`);
    const pending = await provider.createOrganisation(trainer, { name: `Pending Trainer ${id}`, type: "other", nation: "scotland", website: "", domains: [`p${id}.example`] });
    expect(pending.status).toBe("pending");
    const made = await directory.saveMicroCredential(trainer, pending.id, fields("Forklift safety"));
    await expect(directory.publishMicroCredential(trainer, pending.id, made.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("gives two micro-credentials with one title two addresses, even at the same moment", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const title = `Same title ${randomUUID().slice(0, 6)}`;
    const results = await Promise.allSettled([directory.saveMicroCredential(owner, organisation.id, { title }), directory.saveMicroCredential(owner, organisation.id, { title })]);
    const made = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ slug: string }>).value.slug);
    // Both, or (if the second read the same free slug) one and a unique-slug refusal: never two rows with one slug.
    expect(new Set(made).size).toBe(made.length);
    expect(await db.microCredential.count({ where: { title } })).toBe(made.length);
  });

  it("when staff ask for it, a first publication waits for their review; staff publish it or send it back", async () => {
    const { owner, organisation, id } = await approvedOrganisation();
    const staffer = await person(`staff@r${id}.example`, true);
    await expect(directory.setReviewFirstPublication(owner, true)).rejects.toBeInstanceOf(NotFoundError);
    await directory.setReviewFirstPublication(staffer, true);
    try {
      const first = await directory.saveMicroCredential(owner, organisation.id, fields("Reviewed first"));
      expect((await directory.publishMicroCredential(owner, organisation.id, first.id)).status).toBe("review");
      expect(await directory.getPublicMicroCredential(first.slug)).toBeNull();
      expect((await directory.listForReview(staffer)).map((m) => m.title)).toContain("Reviewed first");
      await expect(directory.listForReview(owner)).rejects.toBeInstanceOf(NotFoundError);
      await expect(directory.decideReview(owner, first.id, "publish")).rejects.toBeInstanceOf(NotFoundError);

      await directory.decideReview(staffer, first.id, "return");
      expect((await directory.getOwnMicroCredential(owner, organisation.id, first.id)).status).toBe("draft");
      await directory.publishMicroCredential(owner, organisation.id, first.id);
      await directory.decideReview(staffer, first.id, "publish");
      expect((await directory.getPublicMicroCredential(first.slug))?.status).toBe("published");
      // Deciding twice (two staff at once) finds nothing left to decide.
      await expect(directory.decideReview(staffer, first.id, "publish")).rejects.toBeInstanceOf(NotFoundError);

      // Once published, a copy of it still waits (it is a new micro-credential); the history says who did what.
      const copy = await directory.duplicateMicroCredential(owner, organisation.id, first.id);
      await directory.saveMicroCredential(owner, organisation.id, fields("Reviewed first"), copy.id);
      expect((await directory.publishMicroCredential(owner, organisation.id, copy.id)).status).toBe("review");
      const actions = (await db.auditEvent.findMany({ where: { organisationId: organisation.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
      expect(actions).toContain("microCredential.submitted");
      expect(actions).toContain("microCredential.returned");
    } finally {
      await directory.setReviewFirstPublication(staffer, false);
    }
    expect(await directory.reviewsFirstPublication()).toBe(false);
  });

  it("lists the public records (published and withdrawn, never drafts) and an organisation's page", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const live = await directory.saveMicroCredential(owner, organisation.id, fields("Live one"));
    await directory.publishMicroCredential(owner, organisation.id, live.id);
    const ended = await directory.saveMicroCredential(owner, organisation.id, fields("Ended one"));
    await directory.publishMicroCredential(owner, organisation.id, ended.id);
    await directory.withdrawMicroCredential(owner, organisation.id, ended.id);
    await directory.saveMicroCredential(owner, organisation.id, { title: "Draft one" });
    const mine = (await directory.listPublicRecords()).filter((r) => r.organisationId === organisation.id);
    expect(mine.map((r) => [r.title, r.status]).sort()).toEqual([["Ended one", "withdrawn"], ["Live one", "published"]]);
    const page = await directory.getPublicOrganisation(organisation.slug);
    expect(page?.microCredentials.map((m) => m.title)).toEqual(["Ended one", "Live one"]);
  });

  it("never gives a micro-credential an address the directory itself uses", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const made = await directory.saveMicroCredential(owner, organisation.id, { title: "Providers" });
    expect(made.slug).not.toBe("providers");
    expect(made.slug).toMatch(/^micro-credential-providers/);
  });

  it("imports a CSV file whole or not at all, updating by reference and never another organisation's", async () => {
    const { owner, organisation } = await approvedOrganisation();
    const other = await approvedOrganisation();
    const theirs = await directory.saveMicroCredential(other.owner, other.organisation.id, fields("Theirs"));
    const existing = await directory.saveMicroCredential(owner, organisation.id, fields("Existing"));
    const row = (n: number, reference: string, title: string) => ({ row: n, reference, fields: fields(title) });

    // One bad row (no title) and one row naming another organisation's micro-credential: nothing saved.
    const bad = [row(2, "", "New one"), { row: 3, reference: "", fields: { ...fields("x"), title: "" } }, row(4, theirs.slug, "Taken over")];
    const refused = await directory.importMicroCredentials(owner, organisation.id, bad).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(directory.ImportInvalid);
    expect((refused as InstanceType<typeof directory.ImportInvalid>).problems).toEqual([
      { row: 3, errors: { title: "required" } },
      { row: 4, errors: {}, reference: "unknown" },
    ]);
    expect(await db.microCredential.count({ where: { organisationId: organisation.id } })).toBe(1);
    expect((await db.microCredential.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe("Theirs");

    const done = await directory.importMicroCredentials(owner, organisation.id, [row(2, "", "New one"), row(3, "", "New one"), row(4, existing.slug, "Existing, renamed")]);
    expect(done).toEqual({ created: 2, updated: 1 });
    const mine = await directory.listOwnMicroCredentials(owner, organisation.id);
    expect(mine.map((m) => m.title).sort()).toEqual(["Existing, renamed", "New one", "New one"]);
    expect(new Set(mine.map((m) => m.slug)).size).toBe(3);
    expect(mine.every((m) => m.status === "draft")).toBe(true);
    expect(await db.auditEvent.count({ where: { organisationId: organisation.id, action: "microCredential.imported" } })).toBe(1);
  });
});

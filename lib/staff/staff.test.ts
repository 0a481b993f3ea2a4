import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { exportFeedback, listFeedback, submitFeedback } from "@/lib/feedback";
import { NotFoundError } from "@/lib/organisations/errors";
import * as provider from "@/lib/organisations";
import { AlreadyDecidedError, decideOrganisation, ReasonError } from "@/lib/organisations/staff";
import { onEachDatabase } from "@/test/database";
import { getOrganisationForStaff, searchOrganisations } from "./organisations";

/**
 * Staff decisions, the organisation list and the feedback store, on the embedded database and on
 * PostgreSQL (where two decisions at once truly run in parallel).
 */
onEachDatabase("staff area", (database) => {
  let db: ReturnType<typeof database>;
  let staff: Actor;
  beforeAll(async () => {
    db = database();
    process.env.AUTO_APPROVE_DOMAINS = "ac.uk";
    staff = await person(`staff-${randomUUID()}@mic-sig.test`, true);
  });

  const person = async (email: string, isStaff = false): Promise<Actor> => {
    const user = await db.user.create({ data: { email } });
    return { userId: user.id, email, isStaff };
  };
  const pendingOrganisation = async (locale: "en" | "cy" = "en") => {
    const id = randomUUID().slice(0, 8);
    const owner = await person(`owner@t${id}.example`);
    const organisation = await provider.createOrganisation(
      owner,
      { name: `Trainer ${id}`, type: "other", nation: "scotland", website: "", domains: [`t${id}.example`] },
      locale,
    );
    return { id, owner, organisation };
  };

  it("rejects a request only with a reason, records who and why, and names the owners in the requester's language", async () => {
    const { owner, organisation } = await pendingOrganisation("cy");
    await expect(decideOrganisation(staff, organisation.id, "reject", "   ")).rejects.toBeInstanceOf(ReasonError);
    await expect(decideOrganisation(staff, organisation.id, "reject", "x".repeat(1001))).rejects.toBeInstanceOf(ReasonError);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe("pending");

    const outcome = await decideOrganisation(staff, organisation.id, "reject", "  We could not confirm it is a training provider.\r\n ");
    expect(outcome).toMatchObject({ organisation: { status: "rejected", locale: "cy" }, owners: [owner.email], reason: "We could not confirm it is a training provider." });
    const story = await getOrganisationForStaff(staff, organisation.id);
    expect(story.history[0]).toMatchObject({ action: "organisation.rejected", actorEmail: staff.email, detail: { from: "pending", reason: "We could not confirm it is a training provider." } });
    // The requester is no longer held in it: they see why, and may ask again. Nobody else sees it.
    expect(await provider.getMyOrganisation(owner)).toBeUndefined();
    expect(await provider.getMyRejectedRequest(owner)).toMatchObject({ name: organisation.name, reason: "We could not confirm it is a training provider." });
    expect(await provider.getMyRejectedRequest(await person(`x-${randomUUID()}@example.org`))).toBeUndefined();
    await expect(provider.getDecisionReason(owner, organisation.id)).rejects.toBeInstanceOf(NotFoundError);
    const again = await provider.createOrganisation(owner, { name: `Again ${randomUUID().slice(0, 6)}`, type: "other", nation: "wales", website: "", domains: [`again-${randomUUID().slice(0, 6)}.example`] });
    expect(again.status).toBe("pending");
  });

  it("refuses a decision on a request already decided, and a decision that does not fit the status", async () => {
    const { organisation } = await pendingOrganisation();
    await decideOrganisation(staff, organisation.id, "approve");
    await expect(decideOrganisation(staff, organisation.id, "reject", "Too late")).rejects.toBeInstanceOf(AlreadyDecidedError);
    await expect(decideOrganisation(staff, organisation.id, "approve")).rejects.toBeInstanceOf(AlreadyDecidedError);
    await expect(decideOrganisation(staff, organisation.id, "reinstate")).rejects.toBeInstanceOf(AlreadyDecidedError);
    expect((await db.auditEvent.count({ where: { organisationId: organisation.id, action: { startsWith: "organisation." } } }))).toBe(2);
  });

  it("takes only one of two decisions made at the same moment on one request", async () => {
    const { organisation } = await pendingOrganisation();
    const outcomes = await Promise.allSettled([
      decideOrganisation(staff, organisation.id, "approve"),
      decideOrganisation(staff, organisation.id, "reject", "Not a provider"),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason)).toEqual([expect.any(AlreadyDecidedError)]);
    expect(await db.auditEvent.count({ where: { organisationId: organisation.id, action: { in: ["organisation.approved", "organisation.rejected"] } } })).toBe(1);
  });

  it("suspends with a reason, shown to its members, which takes down the public page at once, and reinstates", async () => {
    const { owner, organisation } = await pendingOrganisation();
    await decideOrganisation(staff, organisation.id, "approve");
    const approvedAt = (await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).approvedAt;
    expect(await provider.getPublicBrand(organisation.slug)).toBeDefined();
    await expect(decideOrganisation(staff, organisation.id, "suspend")).rejects.toBeInstanceOf(ReasonError);
    await decideOrganisation(staff, organisation.id, "suspend", "Logo is not \u202etheirs\u200b");
    expect(await provider.getPublicBrand(organisation.slug)).toBeUndefined();
    // Invisible and direction-changing characters are never kept in a reason.
    expect(await provider.getDecisionReason(owner, organisation.id)).toBe("Logo is not theirs");
    await decideOrganisation(staff, organisation.id, "reinstate");
    expect(await provider.getPublicBrand(organisation.slug)).toBeDefined();
    // Reinstating keeps the date it was first approved.
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).approvedAt).toEqual(approvedAt);
  });

  it("finds organisations by part of the name or of a domain, filters them, and pages the list", async () => {
    const { id, organisation } = await pendingOrganisation();
    expect((await searchOrganisations(staff, { q: `trainer ${id}`.toUpperCase(), page: 1 })).organisations.map((o) => o.id)).toEqual([organisation.id]);
    expect((await searchOrganisations(staff, { q: `t${id}.exa`, page: 1 })).organisations.map((o) => o.id)).toEqual([organisation.id]);
    expect((await searchOrganisations(staff, { q: `t${id}`, status: "approved", page: 1 })).total).toBe(0);
    expect((await searchOrganisations(staff, { q: `t${id}`, nation: "wales", page: 1 })).total).toBe(0);
    expect((await searchOrganisations(staff, { q: `t${id}`, nation: "scotland", type: "other", page: 99 })).page).toBe(1);
    // A search term is data, never SQL or a pattern.
    expect((await searchOrganisations(staff, { q: "%' OR 1=1 --", page: 1 })).total).toBe(0);
    expect((await searchOrganisations(staff, { q: "_", page: 1 })).total).toBe(0);
  });

  it("pages a long list twenty at a time, waiting organisations first", async () => {
    const id = randomUUID().slice(0, 8);
    for (let i = 0; i < 21; i++) {
      await db.organisation.create({
        data: { slug: `p-${id}-${i}`, name: `Paged ${id} ${i}`, type: "college", nation: "wales", domains: [], status: i === 20 ? "pending" : "approved" },
      });
    }
    const first = await searchOrganisations(staff, { q: `paged ${id}`, page: 1 });
    expect([first.total, first.pages, first.organisations.length]).toEqual([21, 2, 20]);
    expect(first.organisations[0]!.name).toBe(`Paged ${id} 20`);
    const second = await searchOrganisations(staff, { q: `paged ${id}`, page: 2 });
    expect(second.organisations).toHaveLength(1);
    expect(new Set([...first.organisations, ...second.organisations].map((o) => o.id)).size).toBe(21);
  });

  it("keeps staff lists and stories from everyone else", async () => {
    const { owner, organisation } = await pendingOrganisation();
    await expect(searchOrganisations(owner, { q: "", page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganisationForStaff(owner, organisation.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideOrganisation(owner, organisation.id, "approve")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listFeedback(owner, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganisationForStaff(staff, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideOrganisation(staff, "no-such-id", "approve")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stores feedback as typed (less invisible characters), keeps an address only with consent, and drops a bot's", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const before = await db.feedback.count();
    expect(await submitFeedback({ usefulness: "9", role: "alien", improvement: "x".repeat(2001), email: "not an address" }, address)).toEqual({
      ok: false,
      errors: ["usefulness", "improvement", "role", "email"],
    });
    expect(await submitFeedback({ usefulness: "4", role: "employer", email: "me@example.com" }, address)).toEqual({ ok: false, errors: ["consent"] });
    expect(await submitFeedback({ usefulness: "4", role: "employer", honeypot: "http://spam.example" }, address)).toEqual({ ok: true });
    expect(await db.feedback.count()).toBe(before);

    const text = "<script>alert(1)</script> =HYPERLINK(\"x\")\u202e\u200b";
    expect(await submitFeedback({ usefulness: "5", role: "psrb", improvement: text, email: "Me@Example.com", consent: "yes", source: "provider", locale: "cy" }, address)).toEqual({ ok: true });
    const stored = await db.feedback.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(stored).toMatchObject({ usefulness: 5, role: "psrb", improvement: "<script>alert(1)</script> =HYPERLINK(\"x\")", email: "me@example.com", source: "provider", locale: "cy" });
    expect((await exportFeedback(staff, { role: "psrb", page: 1 }))[0]!.id).toBe(stored.id);
  });

  it("takes at most five pieces of feedback an hour from one network", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await submitFeedback({ usefulness: "3", role: "other" }, address));
    expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: true }));
    expect(results[5]).toEqual({ ok: false, tooMany: true });
    // Another network is not affected.
    expect(await submitFeedback({ usefulness: "3", role: "other" }, "192.0.2.77")).toEqual({ ok: true });
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";

/**
 * The data-layer authorisation tests, run against whichever database DATABASE_URL names
 * (the embedded PGlite in one file, PostgreSQL in another).
 */
export function organisationSuite(name: string, setUp: () => Promise<{ url: string; tearDown: () => Promise<void> }>) {
  describe(name, () => {
    let tearDown: () => Promise<void> = async () => {};
    let lib: typeof import("./index");
    let errors: typeof import("./errors");
    let db: Awaited<ReturnType<typeof import("@/lib/db").getDb>>;
    let rateLimit: typeof import("@/lib/auth/rate-limit");

    const person = async (email: string, isStaff = false): Promise<Actor> => {
      const user = await db.user.create({ data: { email } });
      return { userId: user.id, email, isStaff };
    };
    const unique = () => randomUUID().slice(0, 8);

    beforeAll(async () => {
      const ready = await setUp();
      tearDown = ready.tearDown;
      process.env.DATABASE_URL = ready.url;
      process.env.AUTO_APPROVE_DOMAINS = "ac.uk";
      (globalThis as { micsigDb?: unknown }).micsigDb = undefined;
      lib = await import("./index");
      errors = await import("./errors");
      rateLimit = await import("@/lib/auth/rate-limit");
      db = await (await import("@/lib/db")).getDb();
    });

    afterAll(async () => {
      const open = (globalThis as { micsigDb?: Promise<{ close(): Promise<void> }> }).micsigDb;
      if (open) await (await open).close();
      (globalThis as { micsigDb?: unknown }).micsigDb = undefined;
      await tearDown();
    });

    it("approves at once an organisation on the creator's own ac.uk domain, and holds others for staff", async () => {
      const id = unique();
      const college = await person(`owner@c${id}.ac.uk`);
      const approved = await lib.createOrganisation(college, { name: `College ${id}`, type: "college", nation: "wales", website: "", domains: [`c${id}.ac.uk`] });
      expect(approved.status).toBe("approved");

      const trainer = await person(`owner@t${id}.example`);
      const pending = await lib.createOrganisation(trainer, { name: `Trainer ${id}`, type: "other", nation: "scotland", website: "", domains: [`t${id}.example`] });
      expect(pending.status).toBe("pending");

      // Claiming an ac.uk domain that is not your own does not auto-approve.
      const impostor = await person(`someone@gmail${id}.example`);
      const claimed = await lib.createOrganisation(impostor, { name: `Fake ${id}`, type: "university", nation: "wales", website: "", domains: [`real${id}.ac.uk`] });
      expect(claimed.status).toBe("pending");
    });

    it("never lets a member of one organisation see or change another's profile or logo", async () => {
      const id = unique();
      const a = await person(`a@a${id}.ac.uk`);
      const b = await person(`b@b${id}.ac.uk`);
      const orgA = await lib.createOrganisation(a, { name: `A ${id}`, type: "college", nation: "wales", website: "", domains: [`a${id}.ac.uk`] });
      const orgB = await lib.createOrganisation(b, { name: `B ${id}`, type: "college", nation: "wales", website: "", domains: [`b${id}.ac.uk`] });
      const profile = { contactName: "Bea", jobTitle: "", email: "bea@b.ac.uk", phone: "", website: "", address: [], findOutMoreUrl: "", logoAlt: "" };
      await lib.updateBrandProfile(b, orgB.id, profile);

      await expect(lib.getOrganisationForMember(a, orgB.id)).rejects.toBeInstanceOf(errors.NotFoundError);
      await expect(lib.updateBrandProfile(a, orgB.id, { ...profile, contactName: "Hacked" })).rejects.toBeInstanceOf(errors.NotFoundError);
      await expect(lib.setLogo(a, orgB.id, { png: new Uint8Array([1, 2, 3]), width: 1, height: 1 })).rejects.toBeInstanceOf(errors.NotFoundError);
      await expect(lib.getLogo(a, orgB.id)).rejects.toBeInstanceOf(errors.NotFoundError);
      await expect(lib.getMembers(a, orgB.id)).rejects.toBeInstanceOf(errors.NotFoundError);
      await expect(lib.inviteMember(a, orgB.id, "x@a.ac.uk")).rejects.toBeInstanceOf(errors.NotFoundError);

      const stored = await db.brandProfile.findUnique({ where: { organisationId: orgB.id } });
      expect(stored).toMatchObject({ contactName: "Bea", logoPng: null });
      expect(orgA.id).not.toBe(orgB.id);
    });

    it("lets only owners invite and remove, and records every change with who and when", async () => {
      const id = unique();
      const owner = await person(`owner@o${id}.ac.uk`);
      const org = await lib.createOrganisation(owner, { name: `O ${id}`, type: "university", nation: "wales", website: "", domains: [`o${id}.ac.uk`] });
      await lib.inviteMember(owner, org.id, `member@o${id}.ac.uk`);
      const member = await person(`member@o${id}.ac.uk`);
      const [invitation] = await lib.getMyInvitations(member);
      await lib.acceptInvitation(member, invitation!.id);

      await expect(lib.inviteMember(member, org.id, `x@o${id}.ac.uk`)).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(lib.removeMember(member, org.id, owner.userId)).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(lib.transferOwnership(member, org.id, member.userId)).rejects.toBeInstanceOf(errors.ForbiddenError);

      await lib.transferOwnership(owner, org.id, member.userId);
      await lib.removeMember(member, org.id, owner.userId);
      const events = await db.auditEvent.findMany({ where: { organisationId: org.id }, orderBy: { createdAt: "asc" } });
      expect(events.map((e) => [e.action, e.actorEmail])).toEqual([
        ["organisation.created", owner.email],
        ["member.invited", owner.email],
        ["member.joined", member.email],
        ["member.ownership-transferred", owner.email],
        ["member.removed", member.email],
      ]);
    });

    it("lets a colleague on the same domain ask to join, and only an owner accept", async () => {
      const id = unique();
      const owner = await person(`owner@j${id}.ac.uk`);
      const org = await lib.createOrganisation(owner, { name: `J ${id}`, type: "college", nation: "wales", website: "", domains: [`j${id}.ac.uk`] });
      const colleague = await person(`colleague@j${id}.ac.uk`);
      const outsider = await person(`someone@elsewhere${id}.ac.uk`);
      expect((await lib.getJoinableOrganisations(colleague)).map((o) => o.id)).toEqual([org.id]);
      await expect(lib.requestToJoin(outsider, org.id)).rejects.toBeInstanceOf(errors.NotFoundError);
      await lib.requestToJoin(colleague, org.id);
      const { requests } = await lib.getMembers(owner, org.id);
      expect(requests.map((r) => r.user.email)).toEqual([colleague.email]);
      await expect(lib.decideJoinRequest(colleague, org.id, requests[0]!.id, true)).rejects.toBeInstanceOf(errors.NotFoundError);
      await lib.decideJoinRequest(owner, org.id, requests[0]!.id, true);
      expect((await lib.getOrganisationForMember(colleague, org.id)).role).toBe("member");
    });

    it("keeps the staff functions for staff", async () => {
      const id = unique();
      const provider = await person(`p@p${id}.example`);
      const staff = await person(`staff${id}@mic-sig.test`, true);
      const org = await lib.createOrganisation(provider, { name: `P ${id}`, type: "other", nation: "england", website: "", domains: [`p${id}.example`] });
      await expect(lib.listOrganisationsForStaff(provider)).rejects.toBeInstanceOf(errors.NotFoundError);
      await expect(lib.setOrganisationStatus(provider, org.id, "approved")).rejects.toBeInstanceOf(errors.NotFoundError);
      await lib.setOrganisationStatus(staff, org.id, "approved");
      expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).status).toBe("approved");
    });

    it("limits sign-in requests per address and per network, across calls", async () => {
      process.env.SIGNIN_LIMIT_PER_ADDRESS = "5";
      process.env.SIGNIN_LIMIT_PER_IP = "8";
      const id = unique();
      const results = [];
      for (let i = 0; i < 6; i++) results.push((await rateLimit.checkSignInLimit(db, `flood${id}@x.ac.uk`, `10.0.${id.length}.1-${id}`)).ok);
      expect(results).toEqual([true, true, true, true, true, false]);
      const ip = `192.0.2.${id}`;
      const byIp = [];
      for (let i = 0; i < 9; i++) byIp.push(await rateLimit.checkSignInLimit(db, `p${i}-${id}@x.ac.uk`, ip));
      expect(byIp.slice(0, 8).every((r) => r.ok)).toBe(true);
      expect(byIp[8]).toEqual({ ok: false, reason: "ip" });
    });
  });
}

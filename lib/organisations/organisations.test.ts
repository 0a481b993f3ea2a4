import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { newPerson, onEachDatabase } from "@/test/database";
import * as errors from "./errors";
import * as downloads from "./downloads";
import * as provider from "./index";
import * as staff from "./staff";
import { searchOrganisations } from "@/lib/staff/organisations";

const lib = { ...provider, ...staff, ...downloads };

/**
 * The data-layer authorisation tests, on the embedded database and on PostgreSQL: who may see and
 * change what, and that two requests at once cannot break a rule (PostgreSQL runs them truly in
 * parallel; PGlite one after the other).
 */
const PROFILE = {
  contactName: "Bea",
  jobTitle: "",
  organisationNameCy: "",
  jobTitleCy: "",
  addressCy: [],
  email: "bea@example.ac.uk",
  phone: "",
  website: "",
  address: [],
  findOutMoreUrl: "",
  publicContact: false,
};

const org = (name: string, domains: string[]) => ({ name, type: "college" as const, nation: "wales" as const, website: "", domains });

onEachDatabase("provider data layer", (database) => {
  let db: ReturnType<typeof database>;
  beforeAll(() => {
    db = database();
    process.env.AUTO_APPROVE_DOMAINS = "ac.uk";
  });

  const person = (email: string, isStaff = false) => newPerson(db, email, isStaff);
  const unique = () => randomUUID().slice(0, 8);

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

  it("keeps the portal's spelling of Northern Ireland through the database and back", async () => {
    const id = unique();
    const owner = await person(`owner@ni${id}.ac.uk`);
    await lib.createOrganisation(owner, { name: `Coleg ${id}`, type: "college", nation: "northern-ireland", website: "", domains: [`ni${id}.ac.uk`] });
    expect((await lib.getMyOrganisation(owner))?.organisation.nation).toBe("northern-ireland");
  });

  it("never lets a member of one organisation see or change another's profile or logo", async () => {
    const id = unique();
    const a = await person(`a@a${id}.ac.uk`);
    const b = await person(`b@b${id}.ac.uk`);
    const orgA = await lib.createOrganisation(a, { name: `A ${id}`, type: "college", nation: "wales", website: "", domains: [`a${id}.ac.uk`] });
    const orgB = await lib.createOrganisation(b, { name: `B ${id}`, type: "college", nation: "wales", website: "", domains: [`b${id}.ac.uk`] });
    const profile = { ...PROFILE, contactName: "Bea", email: "bea@b.ac.uk" };
    await lib.updateBrandProfile(b, orgB.id, profile);

    await expect(lib.getOrganisationForMember(a, orgB.id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(lib.updateBrandProfile(a, orgB.id, { ...profile, contactName: "Hacked" })).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(lib.setLogo(a, orgB.id, { png: new Uint8Array([1, 2, 3]), width: 1, height: 1 }, "")).rejects.toBeInstanceOf(errors.NotFoundError);
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
    await expect(searchOrganisations(provider, { q: "", page: 1 })).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(lib.decideOrganisation(provider, org.id, "approve")).rejects.toBeInstanceOf(errors.NotFoundError);
    await lib.decideOrganisation(staff, org.id, "approve");
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).status).toBe("approved");
  });

  it("approves at once only when every claimed domain is the creator's own (or its parent), never a public suffix or another's", async () => {
    const id = unique();
    const student = await person(`s@student.c${id}.ac.uk`);
    const both = await lib.createOrganisation(student, org(`Both ${id}`, [`c${id}.ac.uk`, `other${id}.ac.uk`]));
    expect(both.status).toBe("pending");
    // The held domains decide who may join: a pending organisation holds none.
    const otherStaff = await person(`x@other${id}.ac.uk`);
    expect(await lib.getJoinableOrganisations(otherStaff)).toEqual([]);

    const staffMember = await person(`p@staff.d${id}.ac.uk`);
    const parent = await lib.createOrganisation(staffMember, org(`Parent ${id}`, [`d${id}.ac.uk`, `staff.d${id}.ac.uk`]));
    expect(parent.status).toBe("approved");
  });

  it("keeps each domain for one approved organisation: a later claim waits for staff, and staff cannot approve it over the first", async () => {
    const id = unique();
    const first = await lib.createOrganisation(await person(`a@e${id}.ac.uk`), org(`First ${id}`, [`e${id}.ac.uk`]));
    const second = await lib.createOrganisation(await person(`b@e${id}.ac.uk`), org(`Second ${id}`, [`e${id}.ac.uk`]));
    expect([first.status, second.status]).toEqual(["approved", "pending"]);
    const staff = await person(`staff-e${id}@mic-sig.test`, true);
    await expect(lib.decideOrganisation(staff, second.id, "approve")).rejects.toBeInstanceOf(errors.ConflictError);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("pending");
    const joiner = await person(`c@e${id}.ac.uk`);
    expect((await lib.getJoinableOrganisations(joiner)).map((o) => o.id)).toEqual([first.id]);
  });

  it("lets a suspended organisation's domains go, so staff can approve the rightful one", async () => {
    const id = unique();
    const impostor = await lib.createOrganisation(await person(`a@n${id}.ac.uk`), org(`Impostor ${id}`, [`n${id}.ac.uk`]));
    const rightful = await lib.createOrganisation(await person(`b@n${id}.ac.uk`), org(`Rightful ${id}`, [`n${id}.ac.uk`]));
    const staff = await person(`staff-n${id}@mic-sig.test`, true);
    await lib.decideOrganisation(staff, impostor.id, "suspend", "Not a real college");
    await lib.decideOrganisation(staff, rightful.id, "approve");
    expect((await db.organisationDomain.findUniqueOrThrow({ where: { domain: `n${id}.ac.uk` } })).organisationId).toBe(rightful.id);
    // Reinstating the impostor would take the domain back: refused.
    await expect(lib.decideOrganisation(staff, impostor.id, "reinstate")).rejects.toBeInstanceOf(errors.ConflictError);
  });

  it("approves only one of two organisations with the same domain when two staff approve them at once", async () => {
    const id = unique();
    const a = await lib.createOrganisation(await person(`a@p${id}.example`), org(`A ${id}`, [`p${id}.example`]));
    const b = await lib.createOrganisation(await person(`b@p${id}.example`), org(`B ${id}`, [`p${id}.example`]));
    const staff = await person(`staff-p${id}@mic-sig.test`, true);
    const outcomes = await Promise.allSettled([lib.decideOrganisation(staff, a.id, "approve"), lib.decideOrganisation(staff, b.id, "approve")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const approved = await db.organisation.count({ where: { id: { in: [a.id, b.id] }, status: "approved" } });
    expect(approved).toBe(1);
  });

  it("gives a domain to only one of two organisations created at the same moment", async () => {
    const id = unique();
    const [a, b] = [await person(`a@f${id}.ac.uk`), await person(`b@f${id}.ac.uk`)];
    const created = await Promise.all([lib.createOrganisation(a, org(`A ${id}`, [`f${id}.ac.uk`])), lib.createOrganisation(b, org(`B ${id}`, [`f${id}.ac.uk`]))]);
    expect(created.map((o) => o.status).sort()).toEqual(["approved", "pending"]);
    expect(await db.organisationDomain.count({ where: { domain: `f${id}.ac.uk` } })).toBe(1);
  });

  it("lets one person own one organisation even when they create two at the same moment", async () => {
    const id = unique();
    const a = await person(`a@g${id}.ac.uk`);
    const outcomes = await Promise.allSettled([
      lib.createOrganisation(a, org(`One ${id}`, [`g${id}.ac.uk`])),
      lib.createOrganisation(a, org(`Two ${id}`, [`g${id}.ac.uk`])),
      lib.createOrganisation(a, org(`Three ${id}`, [`g${id}.ac.uk`])),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(errors.ForbiddenError);
    expect(await db.membership.count({ where: { userId: a.userId } })).toBe(1);
  });

  const team = async (id: string) => {
    const owner = await person(`owner@h${id}.ac.uk`);
    const created = await lib.createOrganisation(owner, org(`H ${id}`, [`h${id}.ac.uk`]));
    const members = [];
    for (const name of ["m1", "m2"]) {
      await lib.inviteMember(owner, created.id, `${name}@h${id}.ac.uk`);
      const member = await person(`${name}@h${id}.ac.uk`);
      await lib.acceptInvitation(member, (await lib.getMyInvitations(member))[0]!.id);
      members.push(member);
    }
    return { owner, organisationId: created.id, m1: members[0]!, m2: members[1]! };
  };
  const owners = (organisationId: string) => db.membership.count({ where: { organisationId, role: "owner" } });

  it("leaves exactly one owner after two hand-overs at the same moment", async () => {
    const { owner, organisationId, m1, m2 } = await team(unique());
    await Promise.allSettled([lib.transferOwnership(owner, organisationId, m1.userId), lib.transferOwnership(owner, organisationId, m2.userId)]);
    expect(await owners(organisationId)).toBe(1);
  });

  it("leaves exactly one owner after a hand-over and a removal of the new owner at the same moment", async () => {
    const { owner, organisationId, m1 } = await team(unique());
    await Promise.allSettled([lib.transferOwnership(owner, organisationId, m1.userId), lib.removeMember(owner, organisationId, m1.userId)]);
    expect(await owners(organisationId)).toBe(1);
    await expect(lib.removeMember(m1, organisationId, m1.userId)).rejects.toBeInstanceOf(Error);
  });

  it("lets invitations expire and owners withdraw them", async () => {
    const id = unique();
    const owner = await person(`owner@i${id}.ac.uk`);
    const created = await lib.createOrganisation(owner, org(`I ${id}`, [`i${id}.ac.uk`]));
    await lib.inviteMember(owner, created.id, `late@i${id}.ac.uk`);
    await lib.inviteMember(owner, created.id, `gone@i${id}.ac.uk`);
    const late = await person(`late@i${id}.ac.uk`);
    const gone = await person(`gone@i${id}.ac.uk`);
    const [lateInvitation] = await lib.getMyInvitations(late);
    const [goneInvitation] = await lib.getMyInvitations(gone);
    expect(lateInvitation!.expiresAt.getTime() - Date.now()).toBeGreaterThan(13 * 24 * 3600 * 1000);

    await db.invitation.update({ where: { id: lateInvitation!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await lib.getMyInvitations(late)).toEqual([]);
    await expect(lib.acceptInvitation(late, lateInvitation!.id)).rejects.toBeInstanceOf(errors.NotFoundError);

    await lib.withdrawInvitation(owner, created.id, goneInvitation!.id);
    await expect(lib.acceptInvitation(gone, goneInvitation!.id)).rejects.toBeInstanceOf(errors.NotFoundError);
    expect((await lib.getMembers(owner, created.id)).invitations).toEqual([]);
    const stranger = await person(`stranger@elsewhere${id}.ac.uk`);
    await expect(lib.withdrawInvitation(stranger, created.id, goneInvitation!.id)).rejects.toBeInstanceOf(errors.NotFoundError);
  });

  it("stops pending organisations inviting and suspended ones inviting or changing their brand", async () => {
    const id = unique();
    const owner = await person(`owner@k${id}.example`);
    const pending = await lib.createOrganisation(owner, org(`K ${id}`, [`k${id}.example`]));
    expect(pending.status).toBe("pending");
    await expect(lib.inviteMember(owner, pending.id, `x@k${id}.example`)).rejects.toBeInstanceOf(errors.ForbiddenError);

    const staff = await person(`staff-k${id}@mic-sig.test`, true);
    await lib.decideOrganisation(staff, pending.id, "approve");
    await lib.decideOrganisation(staff, pending.id, "suspend", "Checking its details");
    await expect(lib.inviteMember(owner, pending.id, `x@k${id}.example`)).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(lib.updateBrandProfile(owner, pending.id, { ...PROFILE, contactName: "Changed" })).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(lib.setLogo(owner, pending.id, { png: new Uint8Array([1]), width: 1, height: 1 }, "")).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await lib.getPublicBrand(pending.slug)).toBeUndefined();
  });

  it("publishes the contact person's details on the shareable page only when the organisation chose so", async () => {
    const id = unique();
    const owner = await person(`owner@l${id}.ac.uk`);
    const created = await lib.createOrganisation(owner, org(`L ${id}`, [`l${id}.ac.uk`]));
    await lib.updateBrandProfile(owner, created.id, { ...PROFILE, contactName: "Siân", jobTitle: "Partnerships", email: `sian@l${id}.ac.uk`, phone: "029 2018 0000", publicContact: false });
    expect((await lib.getPublicBrand(created.slug))?.profile).toMatchObject({ contactName: null, jobTitle: null, email: null, phone: null });
    await lib.updateBrandProfile(owner, created.id, { ...PROFILE, contactName: "Siân", email: `sian@l${id}.ac.uk`, publicContact: true });
    expect((await lib.getPublicBrand(created.slug))?.profile).toMatchObject({ contactName: "Siân", email: `sian@l${id}.ac.uk` });
  });

  it("records a download once per person, version and language a day", async () => {
    const id = unique();
    const owner = await person(`owner@m${id}.ac.uk`);
    const created = await lib.createOrganisation(owner, org(`M ${id}`, [`m${id}.ac.uk`]));
    const now = new Date("2026-11-27T10:00:00Z");
    const download = { locale: "cy", contentVersion: "1-abc", profileVersion: 1, now };
    await Promise.all([lib.recordDownload(owner, created.id, download), lib.recordDownload(owner, created.id, download)]);
    await lib.recordDownload(owner, created.id, download);
    await lib.recordDownload(owner, created.id, { ...download, locale: "en" });
    await lib.recordDownload(owner, created.id, { ...download, now: new Date("2026-11-28T09:00:00Z") });
    expect(await db.factSheetDownload.count({ where: { organisationId: created.id } })).toBe(3);
  });

  it("prepares the download's queries at start-up without reading or writing anyone's rows", async () => {
    const before = { downloads: await db.factSheetDownload.count(), audits: await db.auditEvent.count() };
    await expect(lib.prepareDownloadQueries()).resolves.toBeUndefined();
    expect({ downloads: await db.factSheetDownload.count(), audits: await db.auditEvent.count() }).toEqual(before);
  });

  it("refuses the fact sheet to members of an organisation that is not approved, in the data layer", async () => {
    const id = unique();
    const trainer = await person(`owner@n${id}.example`);
    const pending = await lib.createOrganisation(trainer, { ...org(`N ${id}`, [`n${id}.example`]), type: "other" });
    const download = { locale: "en", contentVersion: "1-abc", profileVersion: 1 };
    await expect(lib.getDownloadableBrand(trainer)).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(lib.recordDownload(trainer, pending.id, download)).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(lib.getDownloadableBrand(await person(`nobody@n${id}.example`))).rejects.toBeInstanceOf(errors.NotFoundError);

    const staffer = await person(`staff@n${id}.example`, true);
    await lib.decideOrganisation(staffer, pending.id, "approve");
    expect((await lib.getDownloadableBrand(trainer)).organisation.id).toBe(pending.id);
    await lib.recordDownload(trainer, pending.id, download);
    await lib.decideOrganisation(staffer, pending.id, "suspend", "Checking its details");
    await expect(lib.recordDownload(trainer, pending.id, download)).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await db.factSheetDownload.count({ where: { organisationId: pending.id } })).toBe(1);
  });
});

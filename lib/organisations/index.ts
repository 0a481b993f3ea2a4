import "server-only";
import { parseEmailAddress } from "@/lib/auth/email-address";
import type { Actor } from "@/lib/auth/session";
import { getDb, type PrismaClient } from "@/lib/db";
import { slugify } from "@/lib/content/slug";
import { qualifiesForAutoApproval } from "./domains";
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError } from "./errors";
import { fromDatabaseNation, toDatabaseNation } from "./nation";
import type { BrandProfileInput, OrganisationInput } from "./validation";

/**
 * The provider data layer. Every function takes the acting person and checks, here, that they
 * may do what they ask: pages, actions and route handlers check too, but never alone.
 */

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function audit(tx: Tx, actor: Actor, organisationId: string | null, action: string, detail?: Record<string, unknown>) {
  await tx.auditEvent.create({
    data: { organisationId, actorId: actor.userId, actorEmail: actor.email, action, detail: detail as object | undefined },
  });
}

/** The domain of the person's address, from the portal's one strict parser (undefined if it fails). */
function emailDomain(email: string) {
  return parseEmailAddress(email)?.domain;
}

/** How long an invitation works. */
export const INVITATION_DAYS = 14;

/**
 * Locks the organisation's row until the transaction ends. Every change to who belongs to an
 * organisation, or who owns it, takes this lock first and reads the memberships after it, so two
 * requests at once (two hand-overs, a hand-over and a removal) run one after the other.
 */
async function lockOrganisation(tx: Tx, organisationId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError();
}

/** Turns the database's "one organisation per person" constraint into the usual refusal. */
async function oneOrganisationPerPerson<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, "userId")) {
      throw new ForbiddenError("Already a member of an organisation");
    }
    throw error;
  }
}

/** The person's membership of an organisation, or NotFound (also for staff: use the staff functions). */
async function membership(db: PrismaClient | Tx, actor: Actor, organisationId: string) {
  const found = await db.membership.findUnique({
    where: { organisationId_userId: { organisationId, userId: actor.userId } },
    include: { organisation: true },
  });
  if (!found) throw new NotFoundError();
  return found;
}

async function requireOwner(db: PrismaClient | Tx, actor: Actor, organisationId: string) {
  const found = await membership(db, actor, organisationId);
  if (found.role !== "owner") throw new ForbiddenError();
  return found;
}

/** A member who may change the brand: not while the organisation is suspended. */
async function requireEditor(db: PrismaClient | Tx, actor: Actor, organisationId: string) {
  const found = await membership(db, actor, organisationId);
  if (found.organisation.status === "suspended") throw new ForbiddenError("The organisation is suspended");
  return found;
}

/** An owner of an approved organisation: only they bring people in (invitations, join requests). */
async function requireApprovedOwner(db: PrismaClient | Tx, actor: Actor, organisationId: string) {
  const found = await requireOwner(db, actor, organisationId);
  if (found.organisation.status !== "approved") throw new ForbiddenError("The organisation is not approved");
  return found;
}

/** The person's (first) organisation with its profile, or undefined when they have none. */
export async function getMyOrganisation(actor: Actor) {
  const db = await getDb();
  const first = await db.membership.findFirst({ where: { userId: actor.userId }, orderBy: { createdAt: "asc" } });
  if (!first) return undefined;
  return getOrganisationForMember(actor, first.organisationId);
}

/** One organisation with its profile, for a member of it (NotFound for anyone else). */
export async function getOrganisationForMember(actor: Actor, organisationId: string) {
  const db = await getDb();
  const found = await membership(db, actor, organisationId);
  const profile = await db.brandProfile.findUnique({ where: { organisationId } });
  const organisation = { ...found.organisation, nation: fromDatabaseNation(found.organisation.nation) };
  return { organisation, role: found.role, profile };
}

async function uniqueSlug(tx: Tx, name: string) {
  const base = slugify(name).slice(0, 60) || "organisation";
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!(await tx.organisation.findUnique({ where: { slug } }))) return slug;
  }
}

/**
 * Creates an organisation with the person as its owner. It is approved at once only when every
 * claimed domain is the person's own domain (or a parent of it that is not a public suffix), on an
 * auto-approved domain (AUTO_APPROVE_DOMAINS), and held by no other organisation; otherwise it
 * waits for staff. The database holds "one organisation per person" and "one per domain", so two
 * requests at once cannot get round either.
 */
export async function createOrganisation(actor: Actor, input: OrganisationInput) {
  const db = await getDb();
  const qualifies = qualifiesForAutoApproval(emailDomain(actor.email), input.domains);
  return oneOrganisationPerPerson(async () => {
    let approvable = qualifies;
    for (let attempt = 1; ; attempt++) {
      try {
        return await insertOrganisation(db, actor, input, approvable);
      } catch (error) {
        // Another organisation took one of the domains between our check and our insert: wait for staff.
        if (approvable && isUniqueViolation(error, "OrganisationDomain")) approvable = false;
        // Another organisation with the same name took the slug at the same moment: pick again.
        else if (!(isUniqueViolation(error, "slug") && attempt < 3)) throw error;
      }
    }
  });
}

async function insertOrganisation(db: PrismaClient, actor: Actor, input: OrganisationInput, qualifies: boolean) {
  return db.$transaction(async (tx) => {
    if (await tx.membership.findFirst({ where: { userId: actor.userId } })) throw new ForbiddenError("Already a member of an organisation");
    const held = qualifies ? await tx.organisationDomain.count({ where: { domain: { in: input.domains } } }) : 0;
    const approved = qualifies && held === 0;
    const organisation = await tx.organisation.create({
      data: {
        slug: await uniqueSlug(tx, input.name),
        name: input.name,
        type: input.type,
        nation: toDatabaseNation(input.nation),
        website: input.website || null,
        domains: input.domains,
        status: approved ? "approved" : "pending",
        approvedAt: approved ? new Date() : null,
        memberships: { create: { userId: actor.userId, role: "owner" } },
        profile: { create: {} },
        heldDomains: approved ? { create: input.domains.map((domain) => ({ domain })) } : undefined,
      },
    });
    await audit(tx, actor, organisation.id, "organisation.created", { name: input.name, status: organisation.status });
    return organisation;
  });
}

/** Approved organisations that use the person's e-mail domain and that they could ask to join. */
export async function getJoinableOrganisations(actor: Actor) {
  const db = await getDb();
  const domain = emailDomain(actor.email);
  if (!domain) return [];
  return db.organisation.findMany({
    where: {
      status: "approved",
      heldDomains: { some: { domain } },
      memberships: { none: { userId: actor.userId } },
    },
    select: { id: true, name: true, joinRequests: { where: { userId: actor.userId }, select: { status: true } } },
    orderBy: { name: "asc" },
  });
}

/** Asks to join an organisation whose domain matches the person's address. */
export async function requestToJoin(actor: Actor, organisationId: string) {
  const db = await getDb();
  const joinable = await getJoinableOrganisations(actor);
  if (!joinable.some((o) => o.id === organisationId)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await tx.joinRequest.upsert({
      where: { organisationId_userId: { organisationId, userId: actor.userId } },
      update: {},
      create: { organisationId, userId: actor.userId },
    });
    await audit(tx, actor, organisationId, "member.join-requested");
  });
}

/** Open invitations for the person's address, from approved organisations, not yet expired. */
export async function getMyInvitations(actor: Actor) {
  const db = await getDb();
  return db.invitation.findMany({
    where: { email: actor.email, acceptedAt: null, expiresAt: { gt: new Date() }, organisation: { status: "approved" } },
    include: { organisation: { select: { name: true } } },
  });
}

/** Accepts an open invitation addressed to the person (expired or withdrawn ones are gone: 404). */
export async function acceptInvitation(actor: Actor, invitationId: string) {
  const db = await getDb();
  await oneOrganisationPerPerson(() =>
    db.$transaction(async (tx) => {
      const found = await tx.invitation.findUnique({ where: { id: invitationId } });
      if (!found) throw new NotFoundError();
      await lockOrganisation(tx, found.organisationId);
      const invitation = await tx.invitation.findUnique({ where: { id: invitationId }, include: { organisation: { select: { status: true } } } });
      if (!invitation || invitation.email !== actor.email || invitation.acceptedAt || invitation.expiresAt <= new Date()) throw new NotFoundError();
      if (invitation.organisation.status !== "approved") throw new NotFoundError();
      if (await tx.membership.findFirst({ where: { userId: actor.userId } })) throw new ForbiddenError("Already a member of an organisation");
      await tx.membership.create({ data: { organisationId: invitation.organisationId, userId: actor.userId, role: invitation.role } });
      await tx.invitation.update({ where: { id: invitationId }, data: { acceptedAt: new Date() } });
      await audit(tx, actor, invitation.organisationId, "member.joined", { via: "invitation" });
    }),
  );
}

/** Members, open invitations and join requests of an organisation, for its members. */
export async function getMembers(actor: Actor, organisationId: string) {
  const db = await getDb();
  await membership(db, actor, organisationId);
  const [members, invitations, requests] = await Promise.all([
    db.membership.findMany({ where: { organisationId }, include: { user: { select: { email: true } } }, orderBy: { createdAt: "asc" } }),
    db.invitation.findMany({ where: { organisationId, acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "asc" } }),
    db.joinRequest.findMany({ where: { organisationId, status: "pending" }, include: { user: { select: { email: true } } } }),
  ]);
  return { members, invitations, requests };
}

/**
 * Owners of an approved organisation invite colleagues by address; an invitation works 14 days.
 * Returns what the e-mail needs, or undefined when the person is already a member.
 */
export async function inviteMember(actor: Actor, organisationId: string, email: string) {
  const db = await getDb();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const { organisation } = await requireApprovedOwner(tx, actor, organisationId);
    const existing = await tx.membership.findFirst({ where: { organisationId, user: { email } } });
    if (existing) return undefined;
    await tx.invitation.upsert({
      where: { organisationId_email: { organisationId, email } },
      update: { acceptedAt: null, invitedById: actor.userId, createdAt: new Date(), expiresAt },
      create: { organisationId, email, invitedById: actor.userId, expiresAt },
    });
    await audit(tx, actor, organisationId, "member.invited", { email });
    return { organisationName: organisation.name, expiresAt };
  });
}

/** The invited person declines: the invitation is gone, and the owners see it in the history. */
export async function declineInvitation(actor: Actor, invitationId: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { id: invitationId } });
    if (!invitation || invitation.email !== actor.email || invitation.acceptedAt) throw new NotFoundError();
    await tx.invitation.delete({ where: { id: invitationId } });
    await audit(tx, actor, invitation.organisationId, "member.invitation-declined");
  });
}

/** Owners withdraw an invitation that has not been accepted: the link stops working at once. */
export async function withdrawInvitation(actor: Actor, organisationId: string, invitationId: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await requireOwner(tx, actor, organisationId);
    await lockOrganisation(tx, organisationId);
    const invitation = await tx.invitation.findUnique({ where: { id: invitationId } });
    if (!invitation || invitation.organisationId !== organisationId || invitation.acceptedAt) throw new NotFoundError();
    await tx.invitation.delete({ where: { id: invitationId } });
    await audit(tx, actor, organisationId, "member.invitation-withdrawn", { email: invitation.email });
  });
}

/** Owners accept or decline a request to join. */
export async function decideJoinRequest(actor: Actor, organisationId: string, requestId: string, accept: boolean) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    await requireApprovedOwner(tx, actor, organisationId);
    const request = await tx.joinRequest.findUnique({ where: { id: requestId } });
    if (!request || request.organisationId !== organisationId || request.status !== "pending") throw new NotFoundError();
    await tx.joinRequest.update({ where: { id: requestId }, data: { status: accept ? "accepted" : "declined", decidedAt: new Date() } });
    if (accept && !(await tx.membership.findFirst({ where: { userId: request.userId } }))) {
      await tx.membership.create({ data: { organisationId, userId: request.userId, role: "member" } });
    }
    await audit(tx, actor, organisationId, accept ? "member.join-accepted" : "member.join-declined", { userId: request.userId });
  });
}

/** Owners remove a member (not themselves: hand over ownership first). */
export async function removeMember(actor: Actor, organisationId: string, userId: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    await requireOwner(tx, actor, organisationId);
    const target = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
    if (!target) throw new NotFoundError();
    // Only members are removed (the owner acting included): an owner steps down by handing over
    // first, so there is always one.
    if (target.role === "owner") throw new ForbiddenError("Owners hand over ownership before leaving");
    await tx.membership.delete({ where: { organisationId_userId: { organisationId, userId } } });
    await audit(tx, actor, organisationId, "member.removed", { userId });
  });
}

/** Owners hand ownership to another member, who becomes the owner; they become a member. */
export async function transferOwnership(actor: Actor, organisationId: string, userId: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    await requireOwner(tx, actor, organisationId);
    const target = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
    if (!target || userId === actor.userId) throw new NotFoundError();
    await tx.membership.update({ where: { organisationId_userId: { organisationId, userId } }, data: { role: "owner" } });
    await tx.membership.update({ where: { organisationId_userId: { organisationId, userId: actor.userId } }, data: { role: "member" } });
    await audit(tx, actor, organisationId, "member.ownership-transferred", { to: userId });
  });
}

/** Saves the brand profile text of the person's organisation; any member may edit it. */
export async function updateBrandProfile(actor: Actor, organisationId: string, input: BrandProfileInput) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await requireEditor(tx, actor, organisationId);
    const data = {
      contactName: input.contactName,
      jobTitle: input.jobTitle || null,
      email: input.email,
      phone: input.phone || null,
      website: input.website || null,
      addressLines: input.address,
      organisationNameCy: input.organisationNameCy || null,
      jobTitleCy: input.jobTitleCy || null,
      addressLinesCy: input.addressCy,
      findOutMoreUrl: input.findOutMoreUrl || null,
      publicContact: input.publicContact,
    };
    await tx.brandProfile.upsert({
      where: { organisationId },
      update: { ...data, version: { increment: 1 } },
      create: { organisationId, ...data },
    });
    await audit(tx, actor, organisationId, "profile.updated", { fields: Object.keys(data) });
  });
}

/**
 * Stores a normalised logo (PNG bytes from lib/logo), replacing any earlier one, with its
 * description; without new bytes, only the description changes (there must be a logo already).
 */
export async function setLogo(
  actor: Actor,
  organisationId: string,
  logo: { png: Uint8Array<ArrayBuffer>; width: number; height: number } | undefined,
  alt: string,
) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await requireEditor(tx, actor, organisationId);
    const logoAlt = alt || null;
    if (!logo) {
      const updated = await tx.brandProfile.updateMany({ where: { organisationId, logoPng: { not: null } }, data: { logoAlt, version: { increment: 1 } } });
      if (updated.count === 0) throw new NotFoundError("No logo to describe");
      await audit(tx, actor, organisationId, "logo.described");
      return;
    }
    await tx.brandProfile.upsert({
      where: { organisationId },
      update: { logoPng: logo.png, logoWidth: logo.width, logoHeight: logo.height, logoAlt, version: { increment: 1 } },
      create: { organisationId, logoPng: logo.png, logoWidth: logo.width, logoHeight: logo.height, logoAlt },
    });
    await audit(tx, actor, organisationId, "logo.updated", { width: logo.width, height: logo.height, bytes: logo.png.length });
  });
}

export async function removeLogo(actor: Actor, organisationId: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await requireEditor(tx, actor, organisationId);
    await tx.brandProfile.update({
      where: { organisationId },
      data: { logoPng: null, logoWidth: null, logoHeight: null, version: { increment: 1 } },
    });
    await audit(tx, actor, organisationId, "logo.removed");
  });
}

/** The stored logo of an organisation, for its members only. */
export async function getLogo(actor: Actor, organisationId: string) {
  const db = await getDb();
  await membership(db, actor, organisationId);
  const profile = await db.brandProfile.findUnique({
    where: { organisationId },
    select: { logoPng: true, version: true },
  });
  return profile?.logoPng ? { png: profile.logoPng, version: profile.version } : undefined;
}

// --- Staff ---------------------------------------------------------------------------------

function requireStaffActor(actor: Actor) {
  if (!actor.isStaff) throw new NotFoundError();
}

/** Every organisation, pending first, for the group's staff. */
export async function listOrganisationsForStaff(actor: Actor) {
  requireStaffActor(actor);
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    include: { memberships: { where: { role: "owner" }, include: { user: { select: { email: true } } } } },
    orderBy: [{ createdAt: "desc" }],
  });
  const order = { pending: 0, approved: 1, suspended: 2 } as const;
  return organisations.sort((a, b) => order[a.status] - order[b.status]);
}

/**
 * Staff approve, suspend or reinstate an organisation. Approving claims its domains: when another
 * organisation already holds one, nothing changes and a ConflictError names it. Suspending lets
 * the domains go, so a wrongly approved organisation cannot keep the real one out.
 */
export async function setOrganisationStatus(actor: Actor, organisationId: string, status: "approved" | "suspended") {
  requireStaffActor(actor);
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      await lockOrganisation(tx, organisationId);
      const found = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
      if (status === "approved") {
        const taken = await tx.organisationDomain.findFirst({
          where: { domain: { in: found.domains }, organisationId: { not: organisationId } },
          include: { organisation: { select: { name: true } } },
        });
        if (taken) throw new ConflictError(`${taken.domain} is held by ${taken.organisation.name}`);
        // No skipDuplicates: a claim made by another approval at the same moment must fail here.
        await tx.organisationDomain.deleteMany({ where: { organisationId } });
        await tx.organisationDomain.createMany({ data: found.domains.map((domain) => ({ domain, organisationId })) });
      } else {
        await tx.organisationDomain.deleteMany({ where: { organisationId } });
      }
      await tx.organisation.update({
        where: { id: organisationId },
        data: { status, approvedAt: status === "approved" ? new Date() : found.approvedAt },
      });
      await audit(tx, actor, organisationId, `organisation.${status}`, { from: found.status });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("A domain of this organisation is held by another");
    throw error;
  }
}

/** The change history of an organisation, newest first, for its members and for staff. */
export async function getAuditTrail(actor: Actor, organisationId: string) {
  const db = await getDb();
  if (!actor.isStaff) await membership(db, actor, organisationId);
  return db.auditEvent.findMany({ where: { organisationId }, orderBy: { createdAt: "desc" }, take: 50 });
}

// --- Fact sheet ----------------------------------------------------------------------------

/**
 * Records a branded fact sheet download by a member of the organisation: once per person,
 * organisation, version and language a day, however often they download it.
 */
export async function recordDownload(
  actor: Actor,
  organisationId: string,
  download: { locale: string; contentVersion: string; profileVersion: number; now?: Date },
) {
  const db = await getDb();
  await membership(db, actor, organisationId);
  const { now = new Date(), ...rest } = download;
  const day = new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
  await db.factSheetDownload.createMany({ data: [{ organisationId, userId: actor.userId, day, ...rest }], skipDuplicates: true });
}

/** Whether anyone in the organisation has downloaded its fact sheet, for its members. */
export async function hasDownloaded(actor: Actor, organisationId: string) {
  const db = await getDb();
  await membership(db, actor, organisationId);
  return (await db.factSheetDownload.count({ where: { organisationId }, take: 1 })) > 0;
}

/** The public brand of an approved organisation, for its shareable fact sheet page. */
export async function getPublicBrand(slug: string) {
  const db = await getDb();
  const organisation = await db.organisation.findUnique({ where: { slug }, include: { profile: true } });
  if (!organisation || organisation.status !== "approved") return undefined;
  const profile = organisation.profile;
  // The contact person's own details are public only when the organisation chose so.
  const shown = profile && !profile.publicContact ? { ...profile, contactName: null, jobTitle: null, email: null, phone: null } : profile;
  return { organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }, profile: shown };
}

/** Downloads per organisation, most used first, for the group's staff. */
export async function getDownloadSummary(actor: Actor) {
  requireStaffActor(actor);
  const db = await getDb();
  const rows = await db.factSheetDownload.groupBy({
    by: ["organisationId", "locale"],
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const organisations = await db.organisation.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.organisationId))] } },
    select: { id: true, name: true },
  });
  return organisations
    .map((o) => {
      const mine = rows.filter((r) => r.organisationId === o.id);
      return {
        name: o.name,
        total: mine.reduce((n, r) => n + r._count._all, 0),
        last: mine.map((r) => r._max.createdAt!).sort((a, b) => b.getTime() - a.getTime())[0]!,
        byLocale: Object.fromEntries(mine.map((r) => [r.locale, r._count._all])) as Record<string, number>,
      };
    })
    .sort((a, b) => b.total - a.total);
}

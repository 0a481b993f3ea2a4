import "server-only";
import { parseEmailAddress } from "@/lib/auth/email-address";
import type { Actor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { getDb, type PrismaClient } from "@/lib/db";
import { slugify } from "@/lib/content/slug";
import {
  asApprovedOwner,
  asEditor,
  asOwner,
  auditWith,
  lockOrganisation,
  oneOrganisationPerPerson,
  readAsMember,
  type Tx,
} from "./access";
import { qualifiesForAutoApproval } from "./domains";
import { eventReason } from "./history";
import { ForbiddenError, isUniqueViolation, NotFoundError } from "./errors";
import { toDatabaseNation, withPortalNation } from "./nation";
import type { BrandProfileInput, OrganisationInput } from "./validation";

/**
 * The provider data layer: organisations, their members and their brand. Every function takes
 * the acting person and checks, here, that they may do what they ask (access.ts): pages, actions
 * and route handlers check too, but never alone. Staff decisions are in staff.ts, fact-sheet
 * downloads in downloads.ts.
 */

/** The domain of the person's address, from the portal's one strict parser (undefined if it fails). */
function emailDomain(email: string) {
  return parseEmailAddress(email)?.domain;
}

/** How long an invitation works. */
export const INVITATION_DAYS = 14;

/** The person's (first) organisation with its profile, or undefined when they have none. */
export async function getMyOrganisation(actor: Actor) {
  const db = await getDb();
  const first = await db.membership.findFirst({ where: { userId: actor.userId }, orderBy: { createdAt: "asc" } });
  if (!first) return undefined;
  return getOrganisationForMember(actor, first.organisationId);
}

/** One organisation with its profile, for a member of it (NotFound for anyone else). */
export async function getOrganisationForMember(actor: Actor, organisationId: string) {
  const found = await readAsMember(actor, organisationId);
  const profile = await (await getDb()).brandProfile.findUnique({ where: { organisationId } });
  return { organisation: withPortalNation(found.organisation), role: found.role, profile };
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
export async function createOrganisation(actor: Actor, input: OrganisationInput, locale: Locale = "en") {
  const db = await getDb();
  const qualifies = qualifiesForAutoApproval(emailDomain(actor.email), input.domains);
  return oneOrganisationPerPerson(async () => {
    let approvable = qualifies;
    for (let attempt = 1; ; attempt++) {
      try {
        return await insertOrganisation(db, actor, input, approvable, locale);
      } catch (error) {
        // Another organisation took one of the domains between our check and our insert: wait for staff.
        if (approvable && isUniqueViolation(error, "OrganisationDomain")) approvable = false;
        // Another organisation with the same name took the slug at the same moment: pick again.
        else if (!(isUniqueViolation(error, "slug") && attempt < 3)) throw error;
      }
    }
  });
}

async function insertOrganisation(db: PrismaClient, actor: Actor, input: OrganisationInput, qualifies: boolean, locale: Locale) {
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
        locale,
        status: approved ? "approved" : "pending",
        approvedAt: approved ? new Date() : null,
        memberships: { create: { userId: actor.userId, role: "owner" } },
        profile: { create: {} },
        heldDomains: approved ? { create: input.domains.map((domain) => ({ domain })) } : undefined,
      },
    });
    await auditWith(tx, actor, organisation.id)("organisation.created", { name: input.name, status: organisation.status });
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
    await auditWith(tx, actor, organisationId)("member.join-requested");
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
      await auditWith(tx, actor, invitation.organisationId)("member.joined", { via: "invitation" });
    }),
  );
}

/** Members, open invitations and join requests of an organisation, for its members. */
export async function getMembers(actor: Actor, organisationId: string) {
  await readAsMember(actor, organisationId);
  const db = await getDb();
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
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  return asApprovedOwner(actor, organisationId, async ({ tx, membership: { organisation }, audit }) => {
    const existing = await tx.membership.findFirst({ where: { organisationId, user: { email } } });
    if (existing) return undefined;
    await tx.invitation.upsert({
      where: { organisationId_email: { organisationId, email } },
      update: { acceptedAt: null, invitedById: actor.userId, createdAt: new Date(), expiresAt },
      create: { organisationId, email, invitedById: actor.userId, expiresAt },
    });
    await audit("member.invited", { email });
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
    await auditWith(tx, actor, invitation.organisationId)("member.invitation-declined");
  });
}

/** Owners withdraw an invitation that has not been accepted: the link stops working at once. */
export async function withdrawInvitation(actor: Actor, organisationId: string, invitationId: string) {
  await asOwner(
    actor,
    organisationId,
    async ({ tx, audit }) => {
      const invitation = await tx.invitation.findUnique({ where: { id: invitationId } });
      if (!invitation || invitation.organisationId !== organisationId || invitation.acceptedAt) throw new NotFoundError();
      await tx.invitation.delete({ where: { id: invitationId } });
      await audit("member.invitation-withdrawn", { email: invitation.email });
    },
    { lock: true },
  );
}

/** Owners accept or decline a request to join. */
export async function decideJoinRequest(actor: Actor, organisationId: string, requestId: string, accept: boolean) {
  await asApprovedOwner(
    actor,
    organisationId,
    async ({ tx, audit }) => {
      const request = await tx.joinRequest.findUnique({ where: { id: requestId } });
      if (!request || request.organisationId !== organisationId || request.status !== "pending") throw new NotFoundError();
      await tx.joinRequest.update({ where: { id: requestId }, data: { status: accept ? "accepted" : "declined", decidedAt: new Date() } });
      if (accept && !(await tx.membership.findFirst({ where: { userId: request.userId } }))) {
        await tx.membership.create({ data: { organisationId, userId: request.userId, role: "member" } });
      }
      await audit(accept ? "member.join-accepted" : "member.join-declined", { userId: request.userId });
    },
    { lock: true },
  );
}

/** Owners remove a member (not themselves: hand over ownership first). */
export async function removeMember(actor: Actor, organisationId: string, userId: string) {
  await asOwner(
    actor,
    organisationId,
    async ({ tx, audit }) => {
      const target = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
      if (!target) throw new NotFoundError();
      // Only members are removed (the owner acting included): an owner steps down by handing over
      // first, so there is always one.
      if (target.role === "owner") throw new ForbiddenError("Owners hand over ownership before leaving");
      await tx.membership.delete({ where: { organisationId_userId: { organisationId, userId } } });
      await audit("member.removed", { userId });
    },
    { lock: true },
  );
}

/** Owners hand ownership to another member, who becomes the owner; they become a member. */
export async function transferOwnership(actor: Actor, organisationId: string, userId: string) {
  await asOwner(
    actor,
    organisationId,
    async ({ tx, audit }) => {
      const target = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } } });
      if (!target || userId === actor.userId) throw new NotFoundError();
      await tx.membership.update({ where: { organisationId_userId: { organisationId, userId } }, data: { role: "owner" } });
      await tx.membership.update({ where: { organisationId_userId: { organisationId, userId: actor.userId } }, data: { role: "member" } });
      await audit("member.ownership-transferred", { to: userId });
    },
    { lock: true },
  );
}

/** Saves the brand profile text of the person's organisation; any member may edit it. */
export async function updateBrandProfile(actor: Actor, organisationId: string, input: BrandProfileInput) {
  await asEditor(actor, organisationId, async ({ tx, audit }) => {
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
    await audit("profile.updated", { fields: Object.keys(data) });
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
  await asEditor(actor, organisationId, async ({ tx, audit }) => {
    const logoAlt = alt || null;
    if (!logo) {
      const updated = await tx.brandProfile.updateMany({ where: { organisationId, logoPng: { not: null } }, data: { logoAlt, version: { increment: 1 } } });
      if (updated.count === 0) throw new NotFoundError("No logo to describe");
      await audit("logo.described");
      return;
    }
    await tx.brandProfile.upsert({
      where: { organisationId },
      update: { logoPng: logo.png, logoWidth: logo.width, logoHeight: logo.height, logoAlt, version: { increment: 1 } },
      create: { organisationId, logoPng: logo.png, logoWidth: logo.width, logoHeight: logo.height, logoAlt },
    });
    await audit("logo.updated", { width: logo.width, height: logo.height, bytes: logo.png.length });
  });
}

export async function removeLogo(actor: Actor, organisationId: string) {
  await asEditor(actor, organisationId, async ({ tx, audit }) => {
    await tx.brandProfile.update({
      where: { organisationId },
      data: { logoPng: null, logoWidth: null, logoHeight: null, version: { increment: 1 } },
    });
    await audit("logo.removed");
  });
}

/** The stored logo of an organisation, for its members only. */
export async function getLogo(actor: Actor, organisationId: string) {
  await readAsMember(actor, organisationId);
  const profile = await (await getDb()).brandProfile.findUnique({
    where: { organisationId },
    select: { logoPng: true, version: true },
  });
  return profile?.logoPng ? { png: profile.logoPng, version: profile.version } : undefined;
}


/**
 * The reason staff gave for the organisation's current status, when it is rejected or
 * suspended, for its members.
 */
export async function getDecisionReason(actor: Actor, organisationId: string) {
  const { organisation } = await readAsMember(actor, organisationId);
  if (organisation.status !== "rejected" && organisation.status !== "suspended") return undefined;
  const event = await (await getDb()).auditEvent.findFirst({
    where: { organisationId, action: `organisation.${organisation.status}` },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return event ? eventReason(event) : undefined;
}

/**
 * The person's most recent request that staff rejected (a rejection removes its people, so they can
 * ask again): the organisation's name and the reason, for their provider home page.
 */
export async function getMyRejectedRequest(actor: Actor) {
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "AuditEvent"
    WHERE "action" = 'organisation.rejected' AND "detail" -> 'requesters' ? ${actor.userId}
    ORDER BY "createdAt" DESC LIMIT 1`;
  if (!rows[0]) return undefined;
  const event = await db.auditEvent.findUniqueOrThrow({ where: { id: rows[0].id }, include: { organisation: { select: { name: true } } } });
  return { name: event.organisation?.name ?? "", reason: eventReason(event), at: event.createdAt };
}

/** The change history of an organisation, newest first, for its members and for staff. */
export async function getAuditTrail(actor: Actor, organisationId: string) {
  if (!actor.isStaff) await readAsMember(actor, organisationId);
  return (await getDb()).auditEvent.findMany({ where: { organisationId }, orderBy: { createdAt: "desc" }, take: 50 });
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

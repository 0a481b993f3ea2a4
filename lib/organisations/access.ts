import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb, type PrismaClient } from "@/lib/db";
import { ForbiddenError, isUniqueViolation, NotFoundError } from "./errors";

/**
 * Who may change an organisation, checked in one place. A change runs through `asEditor`,
 * `asOwner`, `asApprovedOwner`, `asApprovedMember` or `asStaff`: one transaction that checks the person,
 * makes the change and writes the history row, so no change is made without both.
 */

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Db = PrismaClient | Tx;

/** Writes one row of an organisation's history. */
export type Audit = (action: string, detail?: Record<string, unknown>) => Promise<void>;

export function auditWith(tx: Tx, actor: Actor, organisationId: string | null): Audit {
  return async (action, detail) => {
    await tx.auditEvent.create({
      data: { organisationId, actorId: actor.userId, actorEmail: actor.email, action, detail: detail as object | undefined },
    });
  };
}

/**
 * Locks the organisation's row until the transaction ends. Every change to who belongs to an
 * organisation, or who owns it, takes this lock and reads the memberships after it, so two
 * requests at once (two hand-overs, a hand-over and a removal) run one after the other.
 */
export async function lockOrganisation(tx: Tx, organisationId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError();
}

/** The person's membership of an organisation, or NotFound (staff too: they use asStaff). */
async function membershipOf(db: Db, actor: Actor, organisationId: string) {
  const found = await db.membership.findUnique({
    where: { organisationId_userId: { organisationId, userId: actor.userId } },
    include: { organisation: true },
  });
  if (!found) throw new NotFoundError();
  return found;
}
type MembershipWithOrganisation = Awaited<ReturnType<typeof membershipOf>>;

/** For reading: the person must be a member (NotFound otherwise); nothing is locked or written. */
export async function readAsMember(actor: Actor, organisationId: string) {
  return membershipOf(await getDb(), actor, organisationId);
}

/** What each kind of change asks of the member, beyond belonging to the organisation. */
const rules = {
  /** Changing the brand: not while the organisation is suspended. */
  editor: (m: MembershipWithOrganisation) => {
    if (m.organisation.status === "suspended") throw new ForbiddenError("The organisation is suspended");
  },
  owner: (m: MembershipWithOrganisation) => {
    if (m.role !== "owner") throw new ForbiddenError();
  },
  /** Bringing people in (invitations, join requests): only owners of an approved organisation. */
  approvedOwner: (m: MembershipWithOrganisation) => {
    rules.owner(m);
    if (m.organisation.status !== "approved") throw new ForbiddenError("The organisation is not approved");
  },
  /** Downloading the branded fact sheet: only members of an approved organisation. */
  approvedMember: (m: MembershipWithOrganisation) => {
    if (m.organisation.status !== "approved") throw new ForbiddenError("The organisation is not approved");
  },
};

export type MemberChange<T> = (ctx: { tx: Tx; membership: MembershipWithOrganisation; audit: Audit }) => Promise<T>;
type Options = {
  /**
   * Lock the organisation's row first (changes to memberships and ownership). The person is
   * checked before the lock, so an outsider never holds it, and again after it, on what the
   * lock now guards.
   */
  lock?: boolean;
  /** How long the transaction may take (Prisma's default is 5 s): for bulk changes such as an import. */
  timeoutMs?: number;
};

function asRole(rule: keyof typeof rules) {
  return async function <T>(actor: Actor, organisationId: string, change: MemberChange<T>, options: Options = {}): Promise<T> {
    const db = await getDb();
    return db.$transaction(async (tx) => {
      if (options.lock) {
        await membershipOf(tx, actor, organisationId);
        await lockOrganisation(tx, organisationId);
      }
      const membership = await membershipOf(tx, actor, organisationId);
      rules[rule](membership);
      return change({ tx, membership, audit: auditWith(tx, actor, organisationId) });
    }, options.timeoutMs ? { timeout: options.timeoutMs, maxWait: 10_000 } : undefined);
  };
}

export const asEditor = asRole("editor");
export const asOwner = asRole("owner");
export const asApprovedOwner = asRole("approvedOwner");
export const asApprovedMember = asRole("approvedMember");

/** Staff only: anyone else gets NotFound, as if the staff pages did not exist. */
export function assertStaff(actor: Actor) {
  if (!actor.isStaff) throw new NotFoundError();
}

/** A staff change to one organisation: checked, locked, changed and recorded in one transaction. */
export async function asStaff<T>(actor: Actor, organisationId: string, change: (ctx: { tx: Tx; audit: Audit }) => Promise<T>): Promise<T> {
  assertStaff(actor);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    return change({ tx, audit: auditWith(tx, actor, organisationId) });
  });
}

/** Turns the database's "one organisation per person" constraint into the usual refusal. */
export async function oneOrganisationPerPerson<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, "userId")) {
      throw new ForbiddenError("Already a member of an organisation");
    }
    throw error;
  }
}

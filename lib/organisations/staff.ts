import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { asStaff, assertStaff } from "./access";
import { ConflictError, isUniqueViolation } from "./errors";
import { withPortalNation } from "./nation";

/** The group's staff: the organisations waiting for a decision, and the decisions. */

/** Every organisation, pending first, for the group's staff. */
export async function listOrganisationsForStaff(actor: Actor) {
  assertStaff(actor);
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    include: { memberships: { where: { role: "owner" }, include: { user: { select: { email: true } } } } },
    orderBy: [{ createdAt: "desc" }],
  });
  const order = { pending: 0, approved: 1, suspended: 2 } as const;
  return organisations.map(withPortalNation).sort((a, b) => order[a.status] - order[b.status]);
}

/**
 * Staff approve, suspend or reinstate an organisation. Approving claims its domains: when another
 * organisation already holds one, nothing changes and a ConflictError names it. Suspending lets
 * the domains go, so a wrongly approved organisation cannot keep the real one out.
 */
export async function setOrganisationStatus(actor: Actor, organisationId: string, status: "approved" | "suspended") {
  try {
    await asStaff(actor, organisationId, async ({ tx, audit }) => {
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
      await audit(`organisation.${status}`, { from: found.status });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("A domain of this organisation is held by another");
    throw error;
  }
}

import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { OrganisationStatus } from "@/lib/db/generated/enums";
import { asStaff, assertStaff } from "./access";
import { ConflictError, isUniqueViolation } from "./errors";

/**
 * The group's staff decide on organisations: approve or reject a request, suspend an approved
 * organisation and reinstate it. Each decision is taken in one transaction that locks the
 * organisation, checks it is still in the state the decision is for (so a second decision on a
 * request another member of staff has just decided is refused, not applied twice) and records who
 * decided, when and why. Lists, the organisation's story and figures are in lib/staff.
 */

// Control characters but tab and line breaks, invisible format characters (bidirectional
// overrides, zero-width characters) and the line and paragraph separators: never in a reason.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

export type Decision = "approve" | "reject" | "suspend" | "reinstate";
export const DECISIONS: readonly Decision[] = ["approve", "reject", "suspend", "reinstate"];

/** Which state each decision applies to, the state it leaves, and whether a reason is required. */
export const DECISION_RULES: Record<Decision, { from: OrganisationStatus; to: OrganisationStatus; needsReason: boolean }> = {
  approve: { from: "pending", to: "approved", needsReason: false },
  reject: { from: "pending", to: "rejected", needsReason: true },
  suspend: { from: "approved", to: "suspended", needsReason: true },
  reinstate: { from: "suspended", to: "approved", needsReason: false },
};

/** The longest reason staff may give (it is e-mailed and shown to the organisation). */
export const REASON_MAX = 1000;

/** The decisions open for an organisation in this state. */
export function decisionsFor(status: OrganisationStatus): Decision[] {
  return DECISIONS.filter((d) => DECISION_RULES[d].from === status);
}

/** The organisation is no longer in the state the decision was for: someone decided first. */
export class AlreadyDecidedError extends ConflictError {
  constructor(readonly status: OrganisationStatus) {
    super(`The organisation is now ${status}`);
    this.name = "AlreadyDecidedError";
  }
}

/** A domain of the organisation is held by another approved organisation. */
export class DomainHeldError extends ConflictError {
  constructor(readonly domain?: string, readonly heldBy?: string) {
    super(domain ? `${domain} is held by ${heldBy}` : "A domain of this organisation is held by another");
    this.name = "DomainHeldError";
  }
}

/** A reason is required (reject, suspend) and was not given, or is too long. */
export class ReasonError extends Error {
  constructor(readonly problem: "missing" | "tooLong") {
    super(problem === "missing" ? "A reason is required" : `A reason is at most ${REASON_MAX} characters`);
    this.name = "ReasonError";
  }
}

/** What the decision changed, for the caller to tell the requester (rejections are e-mailed). */
export type DecisionOutcome = {
  organisation: { id: string; name: string; locale: string; status: OrganisationStatus };
  owners: string[];
  reason?: string;
};

/**
 * Takes a staff decision. Approving (and reinstating) claims the organisation's domains: when
 * another organisation already holds one, nothing changes and a DomainHeldError names it.
 * Suspending and rejecting let the domains go, so a wrongly approved organisation cannot keep the
 * real one out. Suspension stops downloads and the public page at once: both check the status.
 */
export async function decideOrganisation(actor: Actor, organisationId: string, decision: Decision, reasonText = ""): Promise<DecisionOutcome> {
  assertStaff(actor);
  const rule = DECISION_RULES[decision];
  const reason = reasonText.replace(INVISIBLE, "").replace(/\r\n?/g, "\n").trim();
  if (rule.needsReason && !reason) throw new ReasonError("missing");
  if (reason.length > REASON_MAX) throw new ReasonError("tooLong");
  try {
    return await asStaff(actor, organisationId, async ({ tx, audit }) => {
      const found = await tx.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        include: { memberships: { include: { user: { select: { email: true } } } } },
      });
      if (found.status !== rule.from) throw new AlreadyDecidedError(found.status);
      if (rule.to === "approved") {
        const taken = await tx.organisationDomain.findFirst({
          where: { domain: { in: found.domains }, organisationId: { not: organisationId } },
          include: { organisation: { select: { name: true } } },
        });
        if (taken) throw new DomainHeldError(taken.domain, taken.organisation.name);
        // No skipDuplicates: a claim made by another approval at the same moment must fail here.
        await tx.organisationDomain.deleteMany({ where: { organisationId } });
        await tx.organisationDomain.createMany({ data: found.domains.map((domain) => ({ domain, organisationId })) });
      } else {
        await tx.organisationDomain.deleteMany({ where: { organisationId } });
      }
      const updated = await tx.organisation.update({
        where: { id: organisationId },
        // Reinstating keeps the date it was first approved.
        data: { status: rule.to, approvedAt: rule.to === "approved" ? (found.approvedAt ?? new Date()) : found.approvedAt },
      });
      // A rejected request leaves nobody stuck in it: its people may ask again (one organisation
      // per person). Who they were is kept with the decision, so each is told why.
      const requesters = found.memberships.map((m) => m.userId);
      if (rule.to === "rejected") await tx.membership.deleteMany({ where: { organisationId } });
      await audit(`organisation.${rule.to}`, { from: found.status, ...(reason ? { reason } : {}), ...(rule.to === "rejected" ? { requesters } : {}) });
      return {
        organisation: { id: updated.id, name: updated.name, locale: updated.locale, status: updated.status },
        owners: found.memberships.filter((m) => m.role === "owner").map((m) => m.user.email),
        reason: reason || undefined,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainHeldError();
    throw error;
  }
}

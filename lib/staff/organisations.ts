import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { OrganisationStatus } from "@/lib/db/generated/enums";
import { assertStaff } from "@/lib/organisations/access";
import { NotFoundError } from "@/lib/organisations/errors";
import { toDatabaseNation, withPortalNation } from "@/lib/organisations/nation";
import { NATIONS, ORGANISATION_TYPES, type Nation, type OrganisationType } from "@/lib/vocabulary";

/** The organisations for the group's staff: a searchable, filtered list and each one's whole story. */

export const STATUSES: readonly OrganisationStatus[] = ["pending", "approved", "suspended", "rejected"];
export const PAGE_SIZE = 20;

export type OrganisationFilters = {
  q: string;
  status?: OrganisationStatus;
  nation?: Nation;
  type?: OrganisationType;
  page: number;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Reads the filters from a query string, ignoring any value that is not one of the known ones. */
export function parseOrganisationFilters(query: Record<string, string | string[] | undefined>): OrganisationFilters {
  const status = one(query.status);
  const nation = one(query.nation);
  const type = one(query.type);
  const page = Number(one(query.page));
  return {
    q: one(query.q).slice(0, 100),
    status: (STATUSES as readonly string[]).includes(status) ? (status as OrganisationStatus) : undefined,
    nation: (NATIONS as readonly string[]).includes(nation) ? (nation as Nation) : undefined,
    type: (ORGANISATION_TYPES as readonly string[]).includes(type) ? (type as OrganisationType) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * One page of organisations matching the filters: those waiting for a decision first, then the
 * newest. The search text matches the name, or any part of an e-mail domain.
 */
export async function searchOrganisations(actor: Actor, filters: OrganisationFilters) {
  assertStaff(actor);
  const db = await getDb();
  const q = filters.q.toLowerCase();
  // Matched as plain text (strpos, not LIKE), so % and _ in a search are letters, not wildcards.
  const matching = q
    ? (
        await db.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Organisation"
          WHERE strpos(lower("name"), ${q}) > 0 OR EXISTS (SELECT 1 FROM unnest("domains") AS d WHERE strpos(d, ${q}) > 0)`
      ).map((r) => r.id)
    : [];
  const where = {
    ...(q ? { id: { in: matching } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.nation ? { nation: toDatabaseNation(filters.nation) } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const total = await db.organisation.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  // Pending first: the status enum sorts in declaration order (pending, approved, suspended, rejected).
  const rows = await db.organisation.findMany({
    where,
    include: { memberships: { where: { role: "owner" }, include: { user: { select: { email: true } } } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { organisations: rows.map(withPortalNation), total, page, pages };
}

/** How many organisations wait for a decision, and the oldest of them, for the overview. */
export async function getWaitingOrganisations(actor: Actor, take = 10) {
  assertStaff(actor);
  const db = await getDb();
  const where = { status: "pending" as const };
  const [count, organisations] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({ where, orderBy: { createdAt: "asc" }, take }),
  ]);
  return { count, organisations: organisations.map(withPortalNation) };
}

/** Counts of organisations by status, for the overview. */
export async function countOrganisationsByStatus(actor: Actor): Promise<Record<OrganisationStatus, number>> {
  assertStaff(actor);
  const rows = await (await getDb()).organisation.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(STATUSES.map((s) => [s, rows.find((r) => r.status === s)?._count._all ?? 0])) as Record<OrganisationStatus, number>;
}

/**
 * One organisation's whole story for staff: its details, domains (claimed, and held), members,
 * brand profile, fact sheet downloads and every recorded change, newest first.
 */
export async function getOrganisationForStaff(actor: Actor, organisationId: string) {
  assertStaff(actor);
  const db = await getDb();
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    include: {
      profile: true,
      heldDomains: { select: { domain: true } },
      memberships: { include: { user: { select: { email: true } } }, orderBy: [{ role: "asc" }, { createdAt: "asc" }] },
      invitations: { where: { acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!organisation) throw new NotFoundError();
  const [downloads, history] = await Promise.all([
    db.factSheetDownload.groupBy({ by: ["locale"], where: { organisationId }, _count: { _all: true }, _max: { createdAt: true } }),
    db.auditEvent.findMany({ where: { organisationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  ]);
  return {
    organisation: withPortalNation(organisation),
    downloads: {
      total: downloads.reduce((n, d) => n + d._count._all, 0),
      byLocale: Object.fromEntries(downloads.map((d) => [d.locale, d._count._all])) as Record<string, number>,
      last: downloads.map((d) => d._max.createdAt).filter((d): d is Date => Boolean(d)).sort((a, b) => b.getTime() - a.getTime())[0],
    },
    history,
  };
}

/** The logo of any organisation, for the staff's preview of its brand (pending ones too). */
export async function getLogoForStaff(actor: Actor, organisationId: string) {
  assertStaff(actor);
  const profile = await (await getDb()).brandProfile.findUnique({ where: { organisationId }, select: { logoPng: true, version: true } });
  return profile?.logoPng ? { png: profile.logoPng, version: profile.version } : undefined;
}

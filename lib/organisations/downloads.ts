import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { asApprovedMember, readAsMember, assertStaff } from "./access";
import { getMyOrganisation } from "./index";
import { ForbiddenError, NotFoundError } from "./errors";

/**
 * The branded fact sheet's downloads. Only members of an approved organisation may download:
 * the rule is kept here, so the route cannot forget it.
 */

/**
 * The person's organisation and brand, when they may download its fact sheet: NotFound without
 * an organisation, Forbidden unless it is approved.
 */
export async function getDownloadableBrand(actor: Actor) {
  const mine = await getMyOrganisation(actor);
  if (!mine) throw new NotFoundError("Not a member of an organisation");
  if (mine.organisation.status !== "approved") throw new ForbiddenError("The organisation is not approved");
  return mine;
}

/**
 * Records a branded fact sheet download by a member of an approved organisation: once per
 * person, organisation, version and language a day, however often they download it.
 */
export async function recordDownload(
  actor: Actor,
  organisationId: string,
  download: { locale: string; contentVersion: string; profileVersion: number; now?: Date },
) {
  const { now = new Date(), ...rest } = download;
  const day = new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
  await asApprovedMember(actor, organisationId, ({ tx }) =>
    tx.factSheetDownload.createMany({ data: [{ organisationId, userId: actor.userId, day, ...rest }], skipDuplicates: true }),
  );
}

/** Whether anyone in the organisation has downloaded its fact sheet, for its members. */
export async function hasDownloaded(actor: Actor, organisationId: string) {
  await readAsMember(actor, organisationId);
  return (await (await getDb()).factSheetDownload.count({ where: { organisationId }, take: 1 })) > 0;
}

/** Downloads per organisation, most used first, for the group's staff. */
export async function getDownloadSummary(actor: Actor) {
  assertStaff(actor);
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

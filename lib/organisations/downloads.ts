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
 * For the production server's start-up request only: runs each query of a download once, for a
 * person and an organisation that do not exist, so the database client has prepared them before
 * the first provider downloads. Those find nothing and write nothing (the download record's
 * insert runs in a transaction that is rolled back). It also reads one membership and one profile,
 * whichever come first, so that turning rows into objects (dates, a logo's bytes) is prepared
 * too; what it reads goes no further than this function.
 */
export async function prepareDownloadQueries() {
  const nobody: Actor = { userId: "start-up", email: "start-up@invalid", isStaff: false };
  const db = await getDb();
  await Promise.all([
    getMyOrganisation(nobody),
    readAsMember(nobody, "start-up").catch(ignoreNotFound),
    db.brandProfile.findUnique({ where: { organisationId: "start-up" } }),
    recordDownload(nobody, "start-up", { locale: "en", contentVersion: "start-up", profileVersion: 0 }).catch(ignoreNotFound),
    insertAndRollBack(db),
    db.membership.findFirst({ include: { organisation: true } }),
    db.brandProfile.findFirst(),
  ]);
}

function ignoreNotFound(error: unknown) {
  if (!(error instanceof NotFoundError)) throw error;
}

/** The UTC day a download counts for (downloads are recorded once a day). */
const dayOf = (now: Date) => new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);

class RolledBack extends Error {}

/** The download record's insert, in a transaction that is always rolled back. */
async function insertAndRollBack(db: Awaited<ReturnType<typeof getDb>>) {
  const record = { organisationId: "start-up", userId: "start-up", day: dayOf(new Date()), locale: "en", contentVersion: "start-up", profileVersion: 0 };
  await db
    .$transaction(async (tx) => {
      // No such organisation or person: the database refuses the row, and nothing is kept either way.
      await tx.factSheetDownload.createMany({ data: [record], skipDuplicates: true }).catch(() => undefined);
      throw new RolledBack();
    })
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
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
  await asApprovedMember(actor, organisationId, ({ tx }) =>
    tx.factSheetDownload.createMany({ data: [{ organisationId, userId: actor.userId, day: dayOf(now), ...rest }], skipDuplicates: true }),
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

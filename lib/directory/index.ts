import "server-only";
import type { Actor } from "@/lib/auth/session";
import { slugify } from "@/lib/content/slug";
import { getDb } from "@/lib/db";
import { asEditor, assertStaff, auditWith, readAsMember, type Tx } from "@/lib/organisations/access";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";
import { eqfLevel, isFramework } from "./frameworks";
import type { ImportRow } from "./csv";
import { checkMicroCredential, type CheckResult, type DirectoryErrorKey, type Field, type MicroCredentialValues } from "./rules";

/**
 * Micro-credentials in the directory: an organisation's members write drafts, publish, withdraw
 * and duplicate them; everyone reads what is published by an approved organisation. Every change
 * goes through `asEditor` (a member, not while the organisation is suspended), in one transaction
 * with its history row. A micro-credential is always looked up together with the organisation the
 * person belongs to, so another organisation's id is NotFound, as if it did not exist.
 */

export type { CheckResult };

/** A refusal with the fields that are wrong (for the form's error summary). */
export class MicroCredentialInvalid extends Error {
  constructor(readonly result: Extract<CheckResult, { ok: false }>) {
    super("The micro-credential has problems");
    this.name = "MicroCredentialInvalid";
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** The stored row's values as the fields a form or a CSV row gives: to fill the form, and to check again. */
export function storedFields(row: Awaited<ReturnType<typeof findOwn>>): Partial<Record<Field, string>> {
  return {
    title: row.title,
    titleCy: row.titleCy,
    description: row.description,
    descriptionCy: row.descriptionCy,
    welshAbsentReason: row.welshAbsentReason,
    learningOutcomes: row.learningOutcomes.join("\n"),
    learningOutcomesCy: row.learningOutcomesCy.join("\n"),
    awardingBody: row.awardingBody,
    nation: row.nation,
    location: row.location,
    mode: row.mode,
    pace: row.pace,
    framework: row.framework,
    level: row.level,
    credits: row.credits?.toString() ?? "",
    notionalHours: row.notionalHours?.toString() ?? "",
    assessment: row.assessment,
    qualityAssurance: row.qualityAssurance,
    deliveryLanguage: row.deliveryLanguage,
    prerequisites: row.prerequisites,
    supervisionAndIdentity: row.supervisionAndIdentity,
    stackability: row.stackability,
    stacksTowards: row.stacksTowards,
    subject: row.subject,
    anyTimeStart: row.anyTimeStart ? "on" : "",
    startDates: isoDates(row.startDates).join(", "),
    durationWeeks: row.durationWeeks?.toString() ?? "",
    price: row.pricePence === null ? "" : (row.pricePence / 100).toFixed(2),
    fundingSchemes: row.fundingSchemes.join(","),
    bookingUrl: row.bookingUrl,
    lastChecked: row.lastCheckedOn ? isoDates([row.lastCheckedOn])[0] : "",
  };
}

/** The columns a checked set of values is stored as. */
function columns(v: MicroCredentialValues) {
  return {
    title: v.title,
    titleCy: v.titleCy,
    description: v.description,
    descriptionCy: v.descriptionCy,
    welshAbsentReason: v.welshAbsentReason,
    learningOutcomes: v.learningOutcomes,
    learningOutcomesCy: v.learningOutcomesCy,
    awardingBody: v.awardingBody,
    nation: v.nation,
    location: v.location,
    mode: v.mode,
    pace: v.pace,
    framework: v.framework,
    level: v.level,
    eqfLevel: isFramework(v.framework) ? (eqfLevel(v.framework, v.level) ?? null) : null,
    credits: v.credits ?? null,
    notionalHours: v.notionalHours ?? null,
    assessment: v.assessment,
    qualityAssurance: v.qualityAssurance,
    deliveryLanguage: v.deliveryLanguage,
    prerequisites: v.prerequisites,
    supervisionAndIdentity: v.supervisionAndIdentity,
    stackability: v.stackability,
    stacksTowards: v.stackability === "towards-award" ? v.stacksTowards : "",
    subject: v.subject,
    anyTimeStart: v.anyTimeStart,
    startDates: v.startDates.map((d) => new Date(`${d}T00:00:00.000Z`)),
    durationWeeks: v.durationWeeks ?? null,
    pricePence: v.price ?? null,
    fundingSchemes: v.fundingSchemes,
    bookingUrl: v.bookingUrl,
    lastCheckedOn: v.lastChecked ? new Date(`${v.lastChecked}T00:00:00.000Z`) : null,
  };
}

/** Words the directory's own addresses use under /micro-credentials/, never a micro-credential's slug. */
const RESERVED_SLUGS = new Set(["providers", "feed-xml", "feed"]);

/** A slug no micro-credential has: the title's, then -2, -3… */
function slugBase(title: string) {
  const words = slugify(title).slice(0, 70);
  return !words || RESERVED_SLUGS.has(words) ? `micro-credential${words ? `-${words}` : ""}` : words;
}

async function uniqueSlug(tx: Tx, title: string) {
  const base = slugBase(title);
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!(await tx.microCredential.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** The organisation's own micro-credential, or NotFound (another organisation's id included). */
async function findOwn(tx: Tx, organisationId: string, id: string) {
  const row = await tx.microCredential.findFirst({ where: { id, organisationId } });
  if (!row) throw new NotFoundError();
  return row;
}

const isoDates = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

function checked(fields: Partial<Record<Field, string>>, forPublication: boolean, stored: Date[] = []) {
  const result = checkMicroCredential(fields, { forPublication, today: today(), storedDates: isoDates(stored) });
  if (!result.ok) throw new MicroCredentialInvalid(result);
  return result;
}

/**
 * Saves a draft (a new one without `id`). A published micro-credential saved again stays
 * published only if it still meets every rule for publication; otherwise nothing is saved.
 */
export async function saveMicroCredential(actor: Actor, organisationId: string, fields: Partial<Record<Field, string>>, id?: string) {
  return asEditor(actor, organisationId, async ({ tx, audit }) => {
    if (!id) {
      const { values, warnings } = checked(fields, false);
      const row = await tx.microCredential.create({ data: { organisationId, slug: await uniqueSlug(tx, values.title), ...columns(values) } });
      await audit("microCredential.created", { id: row.id, title: row.title });
      return { id: row.id, slug: row.slug, warnings };
    }
    const existing = await findOwn(tx, organisationId, id);
    if (existing.status === "withdrawn") throw new ForbiddenError("A withdrawn micro-credential cannot be changed");
    const { values, warnings } = checked(fields, existing.status !== "draft", existing.startDates);
    await tx.microCredential.update({ where: { id }, data: { ...columns(values), version: { increment: 1 } } });
    await audit("microCredential.updated", { id, title: values.title, version: existing.version + 1 });
    return { id, slug: existing.slug, warnings };
  });
}

/** The setting that holds an organisation's first publications for staff to review. */
const REVIEW_SETTING = "directory.reviewFirstPublication";

/** Whether staff review each organisation's micro-credentials before they are first published. */
export async function reviewsFirstPublication(db?: Tx): Promise<boolean> {
  const row = await (db ?? (await getDb())).setting.findUnique({ where: { key: REVIEW_SETTING } });
  return row?.value === "on";
}

/** Staff turn the review before first publication on or off. */
export async function setReviewFirstPublication(actor: Actor, on: boolean) {
  assertStaff(actor);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: REVIEW_SETTING }, create: { key: REVIEW_SETTING, value: on ? "on" : "off" }, update: { value: on ? "on" : "off" } });
    await auditWith(tx, actor, null)("directory.reviewSetting", { on });
  });
}

/**
 * Publishes a draft that meets every rule; only an approved organisation publishes. When staff
 * review first publications, a micro-credential never published before waits for them instead.
 */
export async function publishMicroCredential(actor: Actor, organisationId: string, id: string) {
  return asEditor(actor, organisationId, async ({ tx, membership, audit }) => {
    if (membership.organisation.status !== "approved") throw new ForbiddenError("Only an approved organisation publishes");
    const existing = await findOwn(tx, organisationId, id);
    if (existing.status !== "draft") throw new ForbiddenError(`A ${existing.status} micro-credential cannot be published`);
    const { warnings } = checked(storedFields(existing), true);
    if (!existing.publishedAt && (await reviewsFirstPublication(tx))) {
      await tx.microCredential.update({ where: { id }, data: { status: "review", version: { increment: 1 } } });
      await audit("microCredential.submitted", { id, title: existing.title });
      return { slug: existing.slug, status: "review" as const, warnings };
    }
    await tx.microCredential.update({ where: { id }, data: { status: "published", publishedAt: new Date(), version: { increment: 1 } } });
    await audit("microCredential.published", { id, title: existing.title });
    return { slug: existing.slug, status: "published" as const, warnings };
  });
}

/** Micro-credentials waiting for staff review, oldest first, with their organisation. */
export async function listForReview(actor: Actor) {
  assertStaff(actor);
  return (await getDb()).microCredential.findMany({
    where: { status: "review" },
    orderBy: { updatedAt: "asc" },
    include: { organisation: { select: { id: true, name: true, slug: true, status: true } } },
  });
}

/** Staff publish a micro-credential that waited for review, or send it back to its draft. */
export async function decideReview(actor: Actor, id: string, decision: "publish" | "return") {
  assertStaff(actor);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "MicroCredential" WHERE "id" = ${id} AND "status" = 'review' FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError();
    const row = await tx.microCredential.findUniqueOrThrow({ where: { id } });
    const audit = auditWith(tx, actor, row.organisationId);
    if (decision === "publish") {
      await tx.microCredential.update({ where: { id }, data: { status: "published", publishedAt: new Date(), version: { increment: 1 } } });
      await audit("microCredential.published", { id, title: row.title });
    } else {
      await tx.microCredential.update({ where: { id }, data: { status: "draft", version: { increment: 1 } } });
      await audit("microCredential.returned", { id, title: row.title });
    }
  });
}

/**
 * Withdraws a micro-credential: it leaves the directory's lists, and its page stays at the same
 * address, marked withdrawn (a draft is simply kept as it is: it was never public).
 */
export async function withdrawMicroCredential(actor: Actor, organisationId: string, id: string) {
  await asEditor(actor, organisationId, async ({ tx, audit }) => {
    const existing = await findOwn(tx, organisationId, id);
    if (existing.status !== "published") throw new ForbiddenError(`A ${existing.status} micro-credential cannot be withdrawn`);
    await tx.microCredential.update({ where: { id }, data: { status: "withdrawn", withdrawnAt: new Date(), version: { increment: 1 } } });
    await audit("microCredential.withdrawn", { id, title: existing.title });
  });
}

/** A new draft with the same details (start dates left out: a new run has its own). */
export async function duplicateMicroCredential(actor: Actor, organisationId: string, id: string) {
  return asEditor(actor, organisationId, async ({ tx, audit }) => {
    const existing = await findOwn(tx, organisationId, id);
    const { values } = checked({ ...storedFields(existing), startDates: "" }, false);
    const row = await tx.microCredential.create({ data: { organisationId, slug: await uniqueSlug(tx, values.title), ...columns(values) } });
    await audit("microCredential.duplicated", { id: row.id, from: id, title: row.title });
    return { id: row.id, slug: row.slug };
  });
}

/** The organisation's micro-credentials, for its members: every status, newest change first. */
export async function listOwnMicroCredentials(actor: Actor, organisationId: string) {
  await readAsMember(actor, organisationId);
  return (await getDb()).microCredential.findMany({ where: { organisationId }, orderBy: { updatedAt: "desc" } });
}

/** One of the organisation's micro-credentials, for its members (NotFound for anyone else's). */
export async function getOwnMicroCredential(actor: Actor, organisationId: string, id: string) {
  await readAsMember(actor, organisationId);
  const row = await (await getDb()).microCredential.findFirst({ where: { id, organisationId } });
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * A micro-credential's public page: published or withdrawn, by an approved organisation. A
 * suspended organisation's micro-credentials disappear from the public at once; drafts never show.
 */
export async function getPublicMicroCredential(slug: string) {
  return (await getDb()).microCredential.findFirst({
    where: { slug, status: { in: ["published", "withdrawn"] }, organisation: { status: "approved" } },
    include: { organisation: { select: { name: true, slug: true } } },
  });
}

/** What the public sees of an organisation that has published: its name and micro-credentials. */
export async function getPublicOrganisation(slug: string) {
  return (await getDb()).organisation.findFirst({
    where: { slug, status: "approved", microCredentials: { some: { status: { in: ["published", "withdrawn"] } } } },
    select: {
      name: true,
      slug: true,
      microCredentials: {
        where: { status: { in: ["published", "withdrawn"] } },
        orderBy: { title: "asc" },
        select: { slug: true, title: true, titleCy: true, status: true, framework: true, level: true, credits: true, mode: true },
      },
    },
  });
}

/**
 * Every micro-credential the public may see, for the open data files and the feed: published and
 * withdrawn (with their status, so a reuser knows one has ended), newest change first.
 */
export async function listPublicRecords(take?: number) {
  return (await getDb()).microCredential.findMany({
    where: { status: { in: ["published", "withdrawn"] }, organisation: { status: "approved" } },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take,
    include: { organisation: { select: { name: true, slug: true } } },
  });
}

export type PublicRecord = Awaited<ReturnType<typeof listPublicRecords>>[number];

/** Up to `take` other published micro-credentials from the same organisation, by title. */
export async function otherFromOrganisation(organisationId: string, slug: string, take = 5) {
  return (await getDb()).microCredential.findMany({
    where: { organisationId, status: "published", slug: { not: slug } },
    orderBy: { title: "asc" },
    take,
    select: { slug: true, title: true, titleCy: true },
  });
}

/** What is wrong with rows of an import, by row number: nothing was saved. */
export type ImportRowProblem = { row: number; errors: Partial<Record<Field, DirectoryErrorKey>>; reference?: "unknown" | "duplicate" | "withdrawn" };

export class ImportInvalid extends Error {
  constructor(readonly problems: ImportRowProblem[]) {
    super("The import has problems");
    this.name = "ImportInvalid";
  }
}

/**
 * Saves every row of a CSV import, or none: each row is checked as the form checks it (a row with
 * a reference updates that micro-credential of the organisation's, and one already published
 * must stay publishable); if any row has a problem, nothing is saved and every problem is
 * returned. New rows become drafts. One transaction, one history row.
 */
export async function importMicroCredentials(actor: Actor, organisationId: string, rows: ImportRow[]) {
  return asEditor(
    actor,
    organisationId,
    async ({ tx, audit }) => {
      const mine = await tx.microCredential.findMany({ where: { organisationId }, select: { id: true, slug: true, status: true, startDates: true, version: true } });
      const bySlug = new Map(mine.map((m) => [m.slug, m]));
      const seen = new Set<string>();
      const problems: ImportRowProblem[] = [];
      const ready: { row: ImportRow; values: MicroCredentialValues; target?: (typeof mine)[number] }[] = [];
      for (const row of rows) {
        const target = row.reference ? bySlug.get(row.reference) : undefined;
        const reference = row.reference && !target ? "unknown" : row.reference && seen.has(row.reference) ? "duplicate" : target?.status === "withdrawn" ? "withdrawn" : undefined;
        if (row.reference) seen.add(row.reference);
        const result = checkMicroCredential(row.fields, { forPublication: Boolean(target && target.status !== "draft"), today: today(), storedDates: isoDates(target?.startDates ?? []) });
        if (!result.ok || reference) problems.push({ row: row.row, errors: result.ok ? {} : result.errors, ...(reference ? { reference } : {}) });
        else ready.push({ row, values: result.values, target });
      }
      if (problems.length) throw new ImportInvalid(problems);

      // New rows: addresses worked out together (one read of the addresses taken), then one insert.
      const taken = new Set((await tx.microCredential.findMany({ select: { slug: true } })).map((m) => m.slug));
      const slugFor = (title: string) => {
        const base = slugBase(title);
        for (let i = 1; ; i++) {
          const slug = i === 1 ? base : `${base}-${i}`;
          if (!taken.has(slug)) {
            taken.add(slug);
            return slug;
          }
        }
      };
      const created = ready.filter((r) => !r.target);
      await tx.microCredential.createMany({ data: created.map((r) => ({ organisationId, slug: slugFor(r.values.title), ...columns(r.values) })) });
      const updated = ready.filter((r) => r.target);
      for (const { values, target } of updated) await tx.microCredential.update({ where: { id: target!.id }, data: { ...columns(values), version: { increment: 1 } } });
      await audit("microCredential.imported", { created: created.length, updated: updated.length });
      return { created: created.length, updated: updated.length };
    },
    { timeoutMs: 120_000 },
  );
}

/** Whether the organisation has a public page in the directory (approved, with something published). */
export async function hasDirectoryPage(organisationId: string): Promise<boolean> {
  const found = await (await getDb()).microCredential.findFirst({
    where: { organisationId, status: "published", organisation: { status: "approved" } },
    select: { id: true },
  });
  return Boolean(found);
}

/** What the directory's sitemap lists: published micro-credentials and the organisations that have them. */
export async function listForSitemap() {
  const db = await getDb();
  const rows = await db.microCredential.findMany({
    where: { status: "published", organisation: { status: "approved" } },
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true, organisation: { select: { slug: true } } },
  });
  return rows;
}

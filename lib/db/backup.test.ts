import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { postgresDatabase, testPostgresUrl } from "@/test/database";
import { backupDatabase, backupKindOf, restoreDatabase } from "./backup";
import { resolveDatabaseTarget, type DatabaseTarget } from "./config";
import { openDatabase, withSqlExecutor } from "./open";

/**
 * A backup restores everything: every table's row count and a logo's bytes match after a round
 * trip, on the embedded database and on PostgreSQL.
 */
const temp = mkdtempSync(path.join(tmpdir(), "micsig-backup-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const LOGO = randomBytes(4096);

/** Some of everything: people, an organisation with a brand and logo, history, feedback, downloads. */
async function fill(target: DatabaseTarget) {
  const db = await openDatabase(target);
  try {
    const user = await db.prisma.user.create({ data: { email: `owner-${randomBytes(3).toString("hex")}@example.ac.uk` } });
    const organisation = await db.prisma.organisation.create({
      data: {
        slug: `coleg-${randomBytes(3).toString("hex")}`,
        name: "Coleg Cymraeg ŵ ŷ",
        type: "college",
        nation: "wales",
        domains: ["example.ac.uk"],
        status: "approved",
        memberships: { create: { userId: user.id, role: "owner" } },
        profile: { create: { contactName: "Siân", logoPng: LOGO, logoWidth: 64, logoHeight: 64, addressLines: ["1 Heol y Coleg", "Caerdydd"] } },
        auditEvents: { create: { actorEmail: user.email, action: "organisation.created", detail: { name: "Coleg" } } },
        downloads: { create: { userId: user.id, locale: "cy", contentVersion: "1", profileVersion: 1, day: new Date("2026-11-01T00:00:00Z") } },
      },
    });
    await db.prisma.feedback.create({ data: { usefulness: 4, role: "employer", source: "public", locale: "cy", improvement: "=1+1" } });
    return organisation.id;
  } finally {
    await db.close();
  }
}

/** Every table of the portal and its number of rows, and the logo's bytes. */
async function snapshot(target: DatabaseTarget, organisationId: string) {
  return withSqlExecutor(target, async (sql) => {
    const { rows: tables } = await sql.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
      counts[name] = rows[0]!.n;
    }
    const { rows } = await sql.query<{ logo: Uint8Array }>('SELECT "logoPng" AS logo FROM "BrandProfile" WHERE "organisationId" = $1', [organisationId]);
    return { counts, logo: Buffer.from(rows[0]!.logo).toString("hex") };
  });
}

describe("backups of the embedded database", () => {
  it("restore every row and the logo's bytes, keeping the replaced data aside", async () => {
    const source = resolveDatabaseTarget(`file:${path.join(temp, "source")}`);
    const id = await fill(source);
    const before = await snapshot(source, id);
    expect(before.counts).toMatchObject({ Organisation: 1, BrandProfile: 1, Membership: 1, AuditEvent: 1, Feedback: 1, FactSheetDownload: 1, User: 1 });

    const file = path.join(temp, "pglite.tar.gz");
    await backupDatabase(source, file);
    expect(await backupKindOf(file)).toBe("pglite");

    // Restored over a database holding something else: that is kept aside, and the backup wins.
    const target = resolveDatabaseTarget(`file:${path.join(temp, "target")}`);
    await fill(target);
    const { keptAside } = await restoreDatabase(target, file);
    expect(keptAside).toMatch(/target\.before-restore-/);
    expect(await snapshot(target, id)).toEqual(before);
    expect(before.logo).toBe(LOGO.toString("hex"));
  });

  it("refuses a file that is not an embedded backup, changing nothing", async () => {
    const target = resolveDatabaseTarget(`file:${path.join(temp, "refuses")}`);
    const id = await fill(target);
    const before = await snapshot(target, id);
    const fake = path.join(temp, "fake.dump");
    writeFileSync(fake, "PGDMP not really");
    await expect(restoreDatabase(target, fake)).rejects.toThrow(/is a postgres backup, and DATABASE_URL points at the embedded database/);
    writeFileSync(fake, "hello");
    await expect(restoreDatabase(target, fake)).rejects.toThrow(/not a backup this tool wrote/);
    expect(await snapshot(target, id)).toEqual(before);
  });

  it("refuses to back up or restore an embedded database a server has open", async () => {
    const target = resolveDatabaseTarget(`file:${path.join(temp, "open")}`);
    const id = await fill(target);
    const file = path.join(temp, "open.tar.gz");
    await backupDatabase(target, file);
    writeFileSync(path.join(temp, "open", "postmaster.pid"), "-42\n/pglite/data\n");
    await expect(backupDatabase(target, path.join(temp, "other.tar.gz"))).rejects.toThrow(/is open \(postmaster\.pid is there\): stop the server first/);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/stop the server first/);
    rmSync(path.join(temp, "open", "postmaster.pid"));
    expect((await snapshot(target, id)).counts.Organisation).toBe(1);
  });
});

const baseUrl = testPostgresUrl();
(baseUrl ? describe : describe.skip)(baseUrl ? "backups of PostgreSQL (TEST_DATABASE_URL)" : "backups of PostgreSQL (TEST_DATABASE_URL not set)", () => {
  const databases: { tearDown(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const d of databases) await d.tearDown();
  });

  it("restore every row and the logo's bytes with pg_dump and pg_restore", async () => {
    const sourceDb = await postgresDatabase(baseUrl!);
    const targetDb = await postgresDatabase(baseUrl!);
    databases.push(sourceDb, targetDb);
    const source = resolveDatabaseTarget(sourceDb.url);
    const target = resolveDatabaseTarget(targetDb.url);
    const id = await fill(source);
    const before = await snapshot(source, id);
    const file = path.join(temp, "postgres.dump");
    await backupDatabase(source, file);
    expect(await backupKindOf(file)).toBe("postgres");
    await fill(target);
    await restoreDatabase(target, file);
    expect(await snapshot(target, id)).toEqual(before);
    // The restored database still takes new rows (its sequences and constraints came back too).
    const client = new pg.Client({ connectionString: targetDb.url });
    await client.connect();
    await expect(client.query(`INSERT INTO "OrganisationDomain" ("domain", "organisationId") VALUES ('example.ac.uk', $1)`, [id])).resolves.toBeDefined();
    await expect(client.query(`INSERT INTO "OrganisationDomain" ("domain", "organisationId") VALUES ('example.ac.uk', $1)`, [id])).rejects.toThrow(/duplicate key/);
    await client.end();
  });
});

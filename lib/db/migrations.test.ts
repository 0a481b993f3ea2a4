import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations, type Migration } from "./migrations";
import { diffMigrationsToSchema } from "./schema-diff";

let db: PGlite | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function tables(pg: PGlite) {
  const { rows } = await pg.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

describe("applyMigrations on the embedded database", () => {
  it("creates the auth and organisation tables and records each migration as Prisma does", async () => {
    db = new PGlite();
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const applied = await applyMigrations(db, migrations);

    expect(applied).toEqual(migrations.map((m) => m.name));
    expect(await tables(db)).toEqual(
      expect.arrayContaining(["Account", "Membership", "Organisation", "Session", "User", "VerificationToken", "_prisma_migrations"]),
    );
    const { rows } = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("does nothing the second time", async () => {
    db = new PGlite();
    const migrations = await readMigrations();
    await applyMigrations(db, migrations);
    expect(await applyMigrations(db, migrations)).toEqual([]);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    db = new PGlite();
    const migrations = await readMigrations();
    await applyMigrations(db, migrations);
    const edited: Migration[] = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(db, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    db = new PGlite();
    const broken: Migration = { name: "20990101000000_broken", sql: 'CREATE TABLE "Half" (id int); SELECT nope;', checksum: "x" };
    await expect(applyMigrations(db, [broken])).rejects.toThrow(/20990101000000_broken failed/);
    expect(await tables(db)).toEqual(["_prisma_migrations"]);
  });
});

describe("schema and migrations", () => {
  it("agree: prisma/schema.prisma needs no SQL beyond the committed migrations", async () => {
    // When this fails, write the missing migration with: npm run db:diff -- <name>
    expect(await diffMigrationsToSchema()).toBe("");
  });
});

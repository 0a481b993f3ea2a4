import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";

/**
 * Test databases. Data-layer suites run once on the embedded PGlite and once on PostgreSQL
 * (TEST_DATABASE_URL). Without TEST_DATABASE_URL the PostgreSQL run is listed as skipped, by name:
 * this is the one way tests skip.
 */

export type TestDatabase = { url: string; tearDown: () => Promise<void> };

/** The PostgreSQL server tests may use, or undefined. Only ever one on this machine. */
export function testPostgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return undefined;
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`TEST_DATABASE_URL must point at this machine, not ${host}`);
  return url;
}

/** A throw-away embedded database in a temporary folder. */
export async function embeddedDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "micsig-test-db-"));
  return { url: `file:${dir}`, tearDown: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A throw-away PostgreSQL database with the committed migrations applied, as in production. */
export async function postgresDatabase(baseUrl: string): Promise<TestDatabase> {
  const name = `micsig_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const { withSqlExecutor } = await import("@/lib/db/open");
  const { applyMigrations, readMigrations } = await import("@/lib/db/migrations");
  const { resolveDatabaseTarget } = await import("@/lib/db/config");
  await withSqlExecutor(resolveDatabaseTarget(url.toString()), async (sql) => applyMigrations(sql, await readMigrations()));
  return {
    url: url.toString(),
    tearDown: async () => {
      const drop = new pg.Client({ connectionString: baseUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

type Db = Awaited<ReturnType<typeof import("@/lib/db").getDb>>;

/**
 * Registers `suite` on the embedded database and on PostgreSQL. The portal's own client
 * (lib/db's getDb) points at the test database while the suite runs; `db()` returns it.
 */
export function onEachDatabase(title: string, suite: (db: () => Db) => void) {
  const postgres = testPostgresUrl();
  const runs: Array<[string, (() => Promise<TestDatabase>) | undefined]> = [
    ["the embedded database (PGlite)", embeddedDatabase],
    ["PostgreSQL (TEST_DATABASE_URL)", postgres ? () => postgresDatabase(postgres) : undefined],
  ];
  for (const [name, open] of runs) {
    if (!open) {
      describe.skip(`${title} on PostgreSQL (TEST_DATABASE_URL not set)`, () => suite(() => undefined as never));
      continue;
    }
    describe(`${title} on ${name}`, () => {
      let database: TestDatabase | undefined;
      let client: Db | undefined;
      beforeAll(async () => {
        database = await open();
        process.env.DATABASE_URL = database.url;
        (globalThis as { micsigDb?: unknown }).micsigDb = undefined;
        client = await (await import("@/lib/db")).getDb();
      });
      afterAll(async () => {
        const current = (globalThis as { micsigDb?: Promise<{ close(): Promise<void> }> }).micsigDb;
        if (current) await (await current).close();
        (globalThis as { micsigDb?: unknown }).micsigDb = undefined;
        await database?.tearDown();
      });
      suite(() => client!);
    });
  }
}

/**
 * A person as sign-in would create them, for data-layer tests: a User row and the Actor the pages
 * would pass on.
 */
export async function newPerson(db: Db, email: string, isStaff = false): Promise<import("@/lib/auth/session").Actor> {
  const user = await db.user.create({ data: { email } });
  return { userId: user.id, email, isStaff };
}

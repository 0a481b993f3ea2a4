import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "./config";
import { applyMigrations, readMigrations } from "./migrations";
import { openDatabase, withSqlExecutor, type OpenDatabase } from "./open";

const baseUrl = process.env.TEST_DATABASE_URL;

// Only ever against a database on this machine: a throw-away database is created and dropped.
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point at this machine, not ${host}`);
  }
}

describe.skipIf(!baseUrl)("PostgreSQL (TEST_DATABASE_URL)", () => {
  const name = `micsig_test_${randomBytes(4).toString("hex")}`;
  let url = "";
  let db: OpenDatabase | undefined;

  beforeAll(async () => {
    assertLocal(baseUrl!);
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(baseUrl!);
    u.pathname = `/${name}`;
    url = u.toString();
  });

  afterAll(async () => {
    await db?.close();
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("applies the migrations once, then finds nothing to do", async () => {
    const target = resolveDatabaseTarget(url);
    expect(target.kind).toBe("postgres");
    const migrations = await readMigrations();
    expect(await withSqlExecutor(target, (sql) => applyMigrations(sql, migrations))).toHaveLength(migrations.length);
    expect(await withSqlExecutor(target, (sql) => applyMigrations(sql, migrations))).toEqual([]);
  });

  it("stores and reads an organisation through the Prisma client, with Postgres arrays and enums", async () => {
    db = await openDatabase(resolveDatabaseTarget(url));
    await db.prisma.organisation.create({
      data: { slug: "test-college", name: "Test College", type: "college", nation: "wales", domains: ["test.ac.uk"] },
    });
    const found = await db.prisma.organisation.findFirst({
      where: { name: { equals: "TEST COLLEGE", mode: "insensitive" }, domains: { has: "test.ac.uk" } },
    });
    expect(found).toMatchObject({ slug: "test-college", status: "pending", nation: "wales" });
  });
});

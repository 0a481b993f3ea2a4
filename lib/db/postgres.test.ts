import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "@/test/database";
import { resolveDatabaseTarget } from "./config";
import { applyMigrations, readMigrations } from "./migrations";
import { openDatabase, withSqlExecutor, type OpenDatabase } from "./open";

// Only ever against a database on this machine: a throw-away database is created and dropped.
const baseUrl = testPostgresUrl();

const describeOnPostgres = baseUrl ? describe : describe.skip;
describeOnPostgres(baseUrl ? "PostgreSQL (TEST_DATABASE_URL)" : "PostgreSQL (TEST_DATABASE_URL not set)", () => {
  const name = `micsig_test_${randomBytes(4).toString("hex")}`;
  let url = "";
  let db: OpenDatabase | undefined;

  beforeAll(async () => {
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

import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { organisationSuite } from "./suite";

const baseUrl = process.env.TEST_DATABASE_URL;

if (baseUrl) {
  organisationSuite("provider data layer on PostgreSQL (TEST_DATABASE_URL)", async () => {
    const host = new URL(baseUrl).hostname;
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`TEST_DATABASE_URL must point at this machine, not ${host}`);
    const name = `micsig_orgs_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    // Apply the committed migrations, as `npm run db:migrate` does in production.
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
  });
} else {
  describe.skip("provider data layer on PostgreSQL (TEST_DATABASE_URL not set)", () => {
    organisationSuite("skipped", async () => ({ url: "", tearDown: async () => {} }));
  });
}

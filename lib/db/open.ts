import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import type { DatabaseTarget } from "./config";
import { applyMigrations, readMigrations, type SqlExecutor } from "./migrations";

/** An open database: the Prisma client plus a way to close what sits underneath it. */
export type OpenDatabase = {
  prisma: PrismaClient;
  target: DatabaseTarget;
  close(): Promise<void>;
};

/**
 * Opens the target. The embedded database is migrated on open (one process owns its directory);
 * PostgreSQL is migrated explicitly with `npm run db:migrate`, as a deploy step.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === "pglite") {
    await mkdir(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: target.dataDir });
    await applyMigrations(pglite, await readMigrations());
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      prisma,
      target,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  return { prisma, target, close: () => prisma.$disconnect() };
}

/** Runs `fn` with a plain SQL connection to the target (migrations, tooling). */
export async function withSqlExecutor<T>(
  target: DatabaseTarget,
  fn: (db: SqlExecutor) => Promise<T>,
): Promise<T> {
  if (target.kind === "pglite") {
    await mkdir(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: target.dataDir });
    try {
      return await fn(pglite);
    } finally {
      await pglite.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await fn({
      exec: (sql) => client.query(sql),
      query: async <R>(sql: string, params?: unknown[]) => {
        const result = await client.query(sql, params);
        return { rows: result.rows as R[] };
      },
    });
  } finally {
    await client.end();
  }
}

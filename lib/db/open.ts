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
  // Under load, requests queue for one of the pool's connections instead of failing: Prisma's
  // default lets a transaction wait 2 s for a connection, which a busy instance exceeds.
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, max: poolSize(process.env.DATABASE_POOL_SIZE) }),
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
  return { prisma, target, close: () => prisma.$disconnect() };
}

/** Connections each process may hold to PostgreSQL (DATABASE_POOL_SIZE, default 10). */
export function poolSize(value: string | undefined) {
  const size = Number(value ?? 10);
  if (!Number.isInteger(size) || size < 1 || size > 100) throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 100, not "${value}".`);
  return size;
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

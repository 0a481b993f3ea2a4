import "server-only";
import { resolveDatabaseTarget } from "./config";
import { openDatabase, type OpenDatabase } from "./open";

export type { PrismaClient } from "./generated/client";
/** Prisma's SQL template helpers (Prisma.sql, Prisma.join), for the few queries written in SQL. */
export { Prisma } from "./generated/client";

// One client per server process. It is created on first use, never at import, so that
// `next build` workers never open (and lock) the embedded database directory.
const globalForDb = globalThis as unknown as { micsigDb?: Promise<OpenDatabase> };

/** The process-wide database, opened (and for PGlite, migrated) on first call. */
export async function getDb() {
  globalForDb.micsigDb ??= openDatabase(resolveDatabaseTarget(process.env.DATABASE_URL)).catch(
    (error: unknown) => {
      globalForDb.micsigDb = undefined;
      throw error;
    },
  );
  return (await globalForDb.micsigDb).prisma;
}

/** Closes the process-wide database (scripts that end; a server never calls it). */
export async function closeDb() {
  const open = globalForDb.micsigDb;
  globalForDb.micsigDb = undefined;
  if (open) await (await open).close();
}

/** Answers whether the database responds to a trivial query within `timeoutMs`. */
export async function checkDatabase(timeoutMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = getDb()
    .then((db) => db.$queryRaw`SELECT 1`)
    .then(() => true)
    .catch((error: unknown) => {
      console.error("Database check failed:", error);
      return false;
    });
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

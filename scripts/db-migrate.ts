/**
 * Applies the committed migrations to DATABASE_URL (PostgreSQL in production, or the embedded
 * PGlite directory). Safe to run again: applied migrations are skipped.
 */
import { resolveDatabaseTarget } from "../lib/db/config";
import { applyMigrations, readMigrations } from "../lib/db/migrations";
import { withSqlExecutor } from "../lib/db/open";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const where = target.kind === "pglite" ? `embedded database in ${target.dataDir}` : "PostgreSQL";
const applied = await withSqlExecutor(target, async (db) =>
  applyMigrations(db, await readMigrations()),
);
console.log(
  applied.length
    ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(", ")}`
    : `The ${where} is up to date.`,
);

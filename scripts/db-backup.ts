// npm run db:backup [-- <file>]: backs up the database DATABASE_URL names (PostgreSQL with pg_dump,
// the embedded database as a tar.gz of its folder; stop the server first for the embedded one).
import { resolveDatabaseTarget } from "../lib/db/config";
import { backupDatabase, defaultBackupFile } from "../lib/db/backup";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const file = process.argv[2] ?? defaultBackupFile(target);
try {
  await backupDatabase(target, file);
  console.log(`Backed up the ${target.kind === "postgres" ? "PostgreSQL" : "embedded"} database to ${file}.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}

// npm run db:restore -- <file>: restores a backup made by db:backup over the database DATABASE_URL
// names. Stop every server using the database first.
import { resolveDatabaseTarget } from "../lib/db/config";
import { restoreDatabase } from "../lib/db/backup";

const file = process.argv[2];
if (!file) {
  console.error("Name the backup to restore: npm run db:restore -- backups/<file>");
  process.exit(2);
}
const target = resolveDatabaseTarget(process.env.DATABASE_URL);
try {
  const { keptAside } = await restoreDatabase(target, file);
  console.log(`Restored ${file} into the ${target.kind === "postgres" ? "PostgreSQL" : "embedded"} database.`);
  if (keptAside) console.log(`The data it replaced is kept in ${keptAside}; delete it when you no longer need it.`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}

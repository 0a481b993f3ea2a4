/**
 * Writes the next migration from the difference between prisma/schema.prisma and the committed
 * migrations:   npm run db:diff -- add_feedback
 * With --check it writes nothing and exits 1 when they disagree (CI and the unit tests use this).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, LOCKFILE } from "../lib/db/schema-diff";
import { MIGRATIONS_DIR } from "../lib/db/migrations";

const args = process.argv.slice(2);
const check = args.includes("--check");
const name = args.find((a) => !a.startsWith("--"));

const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log("The migrations match prisma/schema.prisma: nothing to write.");
  process.exit(0);
}
if (check) {
  console.error("prisma/schema.prisma and prisma/migrations disagree. The missing SQL is:\n");
  console.error(sql);
  console.error("\nWrite it as a migration with: npm run db:diff -- <short_name>");
  process.exit(1);
}
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Name the migration in snake_case: npm run db:diff -- add_feedback");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
await writeFile(
  path.join(MIGRATIONS_DIR, "migration_lock.toml"),
  LOCKFILE,
);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);

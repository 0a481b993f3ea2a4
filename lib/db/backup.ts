import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync } from "node:fs";
import { mkdir, open, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseTarget } from "./config";

/**
 * Backups of the portal's database, in the database's own format: `pg_dump --format=custom` for
 * PostgreSQL (restored with `pg_restore`), and PGlite's data directory as a gzipped tar for the
 * embedded database. A restore checks that the file is of the target's kind before touching
 * anything. The embedded database can only be backed up or restored while no server has it open.
 */

export type BackupKind = "postgres" | "pglite";

/** What kind of backup a file is, from its first bytes: pg_dump's "PGDMP", or gzip. */
export async function backupKindOf(file: string): Promise<BackupKind | undefined> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString("latin1") === "PGDMP") return "postgres";
    if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
    return undefined;
  } finally {
    await handle.close();
  }
}

/** The usual file name of a new backup: kind and time, in a `backups/` folder. */
export function defaultBackupFile(target: DatabaseTarget, now = new Date(), dir = "backups") {
  const stamp = now.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  return path.join(dir, target.kind === "postgres" ? `micsig-postgres-${stamp}.dump` : `micsig-pglite-${stamp}.tar.gz`);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => reject(new Error(`${command} could not start (${error.message}): install the PostgreSQL client tools.`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/**
 * PGlite writes postmaster.pid while a process has the folder open and removes it on close. Two
 * processes in one folder would corrupt it, so backup and restore refuse while the file is there.
 */
function assertClosed(dataDir: string) {
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new Error(
      `The embedded database in ${dataDir} is open (postmaster.pid is there): stop the server first. If no server is running, it stopped without closing the database; delete ${path.join(dataDir, "postmaster.pid")} and try again.`,
    );
  }
}

/** Writes a backup of the target to `file` (its folder is created). */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === "postgres") {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  if (!existsSync(path.join(target.dataDir, "PG_VERSION"))) throw new Error(`There is no embedded database in ${target.dataDir}.`);
  assertClosed(target.dataDir);
  const pglite = await PGlite.create({ dataDir: target.dataDir });
  try {
    const tar = await pglite.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await tar.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

/**
 * Restores a backup over the target. PostgreSQL: in one transaction, replacing the portal's tables.
 * Embedded: the current data directory is kept beside the new one (`<dir>.before-restore-<time>`).
 */
export async function restoreDatabase(target: DatabaseTarget, file: string, now = new Date()): Promise<{ keptAside?: string }> {
  const kind = await backupKindOf(file);
  if (kind !== target.kind) {
    throw new Error(`${file} is ${kind ? `a ${kind} backup` : "not a backup this tool wrote"}, and DATABASE_URL points at ${target.kind === "postgres" ? "PostgreSQL" : "the embedded database"}.`);
  }
  if (target.kind === "postgres") {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${target.url}`, file]);
    return {};
  }
  let keptAside: string | undefined;
  if (existsSync(target.dataDir)) assertClosed(target.dataDir);
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    keptAside = `${target.dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, "-").slice(0, 19)}`;
    renameSync(target.dataDir, keptAside);
  }
  await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: target.dataDir, loadDataDir: new Blob([await readFile(file)]) });
  await pglite.close();
  return { keptAside };
}

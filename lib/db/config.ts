import path from "node:path";

/** Which database the portal talks to, decided from `DATABASE_URL` alone. */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/**
 * Unset or `file:<dir>` -> embedded PGlite in that directory (relative to the project);
 * `postgres://` or `postgresql://` -> PostgreSQL. Anything else is a configuration error.
 */
export function resolveDatabaseTarget(
  url: string | undefined,
  cwd: string = process.cwd(),
): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (value.startsWith("file:")) {
    const dir = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!dir) throw new Error("DATABASE_URL=file: needs a directory, e.g. file:.data/pglite");
    return { kind: "pglite", dataDir: path.resolve(cwd, dir) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  throw new Error(
    `DATABASE_URL must be empty, file:<directory> or postgres://…; got "${value.split(":")[0]}:…"`,
  );
}

import { describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "./config";

describe("resolveDatabaseTarget", () => {
  it("uses the embedded database in .data/pglite when DATABASE_URL is unset or blank", () => {
    expect(resolveDatabaseTarget(undefined, "/srv/app")).toEqual({ kind: "pglite", dataDir: "/srv/app/.data/pglite" });
    expect(resolveDatabaseTarget("  ", "/srv/app")).toEqual({ kind: "pglite", dataDir: "/srv/app/.data/pglite" });
  });

  it("uses the embedded database at a file: directory, relative or absolute", () => {
    expect(resolveDatabaseTarget("file:tmp/db", "/srv/app")).toEqual({ kind: "pglite", dataDir: "/srv/app/tmp/db" });
    expect(resolveDatabaseTarget("file:/var/lib/micsig", "/srv/app")).toEqual({ kind: "pglite", dataDir: "/var/lib/micsig" });
    expect(resolveDatabaseTarget("file:///var/lib/micsig", "/srv/app")).toEqual({ kind: "pglite", dataDir: "/var/lib/micsig" });
  });

  it("uses PostgreSQL for postgres:// and postgresql:// addresses", () => {
    const url = "postgresql://app:secret@db.internal:5432/micsig";
    expect(resolveDatabaseTarget(url)).toEqual({ kind: "postgres", url });
    expect(resolveDatabaseTarget("postgres://postgres@127.0.0.1/test").kind).toBe("postgres");
  });

  it("refuses anything else without echoing credentials", () => {
    expect(() => resolveDatabaseTarget("mysql://root:hunter2@localhost/db")).toThrow(/must be empty, file:/);
    expect(() => resolveDatabaseTarget("mysql://root:hunter2@localhost/db")).not.toThrow(/hunter2/);
    expect(() => resolveDatabaseTarget("file:")).toThrow(/needs a directory/);
  });
});

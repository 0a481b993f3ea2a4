import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedFolderProblem } from "./embedded-folder";

/**
 * The embedded database's folder is checked before it opens: a read-only or full disk is named at
 * start, not found in the middle of someone's request. Real read-only and full filesystems need
 * mount (root); without it those two cases are reported as skipped.
 */
const temp = mkdtempSync(path.join(tmpdir(), "micsig-folder-"));
const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted.reverse()) spawnSync("umount", [dir]);
  rmSync(temp, { recursive: true, force: true });
});

const mount = (...args: string[]) => spawnSync("mount", args, { encoding: "utf8" }).status === 0;
const probe = path.join(temp, "probe");
mkdirSync(probe);
const canMount = process.getuid?.() === 0 && mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", probe);
if (canMount) mounted.push(probe);

describe("the embedded database folder", () => {
  it("is fine when it can be written and has room (and is created when missing)", async () => {
    expect(await embeddedFolderProblem(path.join(temp, "new", "pglite"))).toBeUndefined();
  });

  it("names a path that is a file, not a folder", async () => {
    const file = path.join(temp, "a-file");
    writeFileSync(file, "");
    expect(await embeddedFolderProblem(file)).toMatch(/a-file cannot be used .*DATABASE_URL=file:/);
  });

  it.skipIf(!canMount)("names a read-only folder and says what to do", async () => {
    const dir = path.join(temp, "read-only");
    mkdirSync(dir);
    expect(mount("-t", "tmpfs", "-o", "size=256m,ro", "tmpfs", dir)).toBe(true);
    mounted.push(dir);
    expect(await embeddedFolderProblem(dir)).toBe(
      `The embedded database folder ${dir} is read-only: the server must be able to write there. Make it writable for the user running the server, or set DATABASE_URL=file:<a writable folder>.`,
    );
  });

  it.skipIf(!canMount)("names a full disk, and one with too little room left", async () => {
    const full = path.join(temp, "full");
    mkdirSync(full);
    expect(mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", full)).toBe(true);
    mounted.push(full);
    writeFileSync(path.join(full, "filler"), Buffer.alloc(60 * 1024)); // tmpfs counts whole pages
    spawnSync("sh", ["-c", `cat /dev/zero > ${full}/rest 2>/dev/null`]);
    expect(await embeddedFolderProblem(full)).toMatch(/^The embedded database folder .*full is full: free some space/);

    const small = path.join(temp, "small");
    mkdirSync(small);
    expect(mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", small)).toBe(true);
    mounted.push(small);
    expect(await embeddedFolderProblem(small)).toMatch(/has only [78] MB free; it needs at least 64 MB/);
  });
});

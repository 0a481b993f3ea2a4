import { constants } from "node:fs";
import { access, mkdir, rm, statfs, writeFile } from "node:fs/promises";
import path from "node:path";

/** Free space the embedded database needs in its folder to start: a new one takes about 40 MB. */
export const EMBEDDED_MIN_FREE_BYTES = 64 * 1024 * 1024;

/**
 * What stops the embedded database from working in `dir`, said so that whoever starts the server
 * knows what to change, or undefined when the folder can be written and has room. Checked before
 * the database opens: PGlite itself fails on a read-only or full disk with a low-level error, or
 * later, in the middle of someone's request.
 */
export async function embeddedFolderProblem(dir: string, minFreeBytes = EMBEDDED_MIN_FREE_BYTES): Promise<string | undefined> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    // access() trusts permissions; root bypasses them, a read-only mount does not: write for real.
    const probe = path.join(dir, `.write-check-${process.pid}`);
    await writeFile(probe, "ok");
    await rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOSPC") return `The embedded database folder ${dir} is full: free some space on its disk, or set DATABASE_URL to a folder on another disk.`;
    if (code === "EROFS" || code === "EACCES" || code === "EPERM") {
      return `The embedded database folder ${dir} is read-only: the server must be able to write there. Make it writable for the user running the server, or set DATABASE_URL=file:<a writable folder>.`;
    }
    return `The embedded database folder ${dir} cannot be used (${code ?? (error as Error).message}): set DATABASE_URL=file:<a writable folder>.`;
  }
  const { bavail, bsize } = await statfs(dir);
  const free = bavail * bsize;
  if (free < minFreeBytes) {
    const mb = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`;
    return `The embedded database folder ${dir} has only ${mb(free)} free; it needs at least ${mb(minFreeBytes)}. Free some space on its disk, or set DATABASE_URL to a folder on another disk.`;
  }
  return undefined;
}

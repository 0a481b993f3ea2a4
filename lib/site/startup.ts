import { assertMailConfigured } from "@/lib/auth/settings";
import { getDb } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/config";
import { embeddedFolderProblem } from "@/lib/db/embedded-folder";
import { siteUrlProblems } from "./production-settings";

/**
 * Once per server process, on the Node.js runtime: refuse to run a production server that could
 * not send sign-in links or has no public https address (SITE_URL), or whose embedded database
 * folder is read-only or full, and open (and migrate) the embedded database now rather than in the
 * first reader's request, which takes a few seconds the first time.
 */
export async function startServer() {
  const problems = siteUrlProblems();
  try {
    assertMailConfigured();
  } catch (error) {
    problems.push((error as Error).message);
  }
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.kind === "pglite") {
    const problem = await embeddedFolderProblem(target.dataDir);
    if (problem) problems.push(problem);
  }
  if (problems.length) {
    console.error(`Refusing to start:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  await getDb().catch((error: unknown) => {
    console.error("The database could not be opened at start-up:", error);
  });
}

import { assertMailConfigured } from "@/lib/auth/settings";
import { getDb } from "@/lib/db";

/**
 * Once per server process, on the Node.js runtime: refuse to run a production server that could
 * not send sign-in links, and open (and migrate) the embedded database now rather than in the
 * first reader's request, which takes a few seconds the first time.
 */
export async function startServer() {
  try {
    assertMailConfigured();
  } catch (error) {
    console.error(`Refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
  await getDb().catch((error: unknown) => {
    console.error("The database could not be opened at start-up:", error);
  });
}

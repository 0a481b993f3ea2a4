// Runs once when a server process starts. Opening (and migrating) the embedded database takes a
// few seconds the first time, so do it now rather than in the first reader's request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Refuse to start a production server that could not send sign-in links.
  const { assertMailConfigured } = await import("@/lib/auth/settings");
  assertMailConfigured();
  const { getDb } = await import("@/lib/db");
  await getDb().catch((error: unknown) => {
    console.error("The database could not be opened at start-up:", error);
  });
}

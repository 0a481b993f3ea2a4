// Runs once when a server process starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("@/lib/site/startup");
    await startServer();
  }
}

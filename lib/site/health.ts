import "server-only";
import { checkDatabase } from "@/lib/db";

/** What the health check reports: ok when every dependency answers, otherwise which one is down. */
export async function healthStatus() {
  const database = (await checkDatabase()) ? "ok" : "down";
  return { ok: database === "ok", body: { status: database === "ok" ? "ok" : "degraded", database } };
}

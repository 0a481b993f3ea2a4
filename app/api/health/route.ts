import { checkDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when every dependency answers, 503 naming what is down. */
export async function GET() {
  const database = (await checkDatabase()) ? "ok" : "down";
  const ok = database === "ok";
  return Response.json(
    { status: ok ? "ok" : "degraded", database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

import { healthStatus } from "@/lib/site/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when every dependency answers, 503 naming what is down. */
export async function GET() {
  const { ok, body } = await healthStatus();
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

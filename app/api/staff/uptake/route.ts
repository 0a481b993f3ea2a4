import { currentActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { BREAKDOWNS, breakdownRows, getUptake, parseRange, type Breakdown } from "@/lib/staff/uptake";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/staff/uptake?by=month|nation|type|language&from=YYYY-MM-DD&to=YYYY-MM-DD — one
 * breakdown of the fact sheet's uptake as CSV, the same rows as the staff page's table. Staff only:
 * anyone else gets 404, as if it did not exist.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor?.isStaff) return notFound();
  const params = new URL(request.url).searchParams;
  const by = params.get("by") as Breakdown;
  if (!BREAKDOWNS.includes(by)) return new Response("by must be month, nation, type or language.", { status: 400 });
  const { range, problems } = parseRange({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined }, new Date());
  if (problems.length) return new Response("from and to must be real dates (YYYY-MM-DD), from on or before to.", { status: 400 });
  const uptake = await getUptake(actor, range);
  const rows = breakdownRows(uptake, by).map((r) => [r.key, r.downloads]);
  return csvResponse(`fact-sheet-uptake-by-${by}-${range.from}-to-${range.to}.csv`, toCsv([by, "downloads"], rows));
}

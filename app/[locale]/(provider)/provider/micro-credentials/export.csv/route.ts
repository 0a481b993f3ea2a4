import { currentActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { listOwnMicroCredentials, storedFields } from "@/lib/directory";
import { CSV_HEADER, csvRow } from "@/lib/directory/csv";
import { getMyOrganisation } from "@/lib/organisations";

export const dynamic = "force-dynamic";

/**
 * /provider/micro-credentials/export.csv — the signed-in member's organisation's micro-credentials
 * in the import's columns, to edit and import again. Nobody else's: the organisation is the
 * person's own, never one named in the request.
 */
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first", { status: 401, headers: { "Cache-Control": "no-store" } });
  const mine = await getMyOrganisation(actor);
  if (!mine) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const rows = await listOwnMicroCredentials(actor, mine.organisation.id);
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(`${mine.organisation.slug}-micro-credentials-${day}.csv`, toCsv(CSV_HEADER, rows.map((row) => csvRow(row.slug, storedFields(row), row.status))));
}

import { currentActor } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { exportFeedback, parseFeedbackFilters } from "@/lib/feedback";

export const dynamic = "force-dynamic";

/**
 * GET /api/staff/feedback[?role=…&usefulness=…&source=…] — the feedback matching the staff page's
 * filters as CSV, newest first. Staff only: anyone else gets 404, as if it did not exist.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor?.isStaff) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const filters = parseFeedbackFilters(Object.fromEntries(new URL(request.url).searchParams));
  const rows = (await exportFeedback(actor, filters)).map((f) => [
    f.createdAt,
    f.usefulness,
    f.role,
    f.source,
    f.locale,
    f.improvement,
    f.email,
  ]);
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(`fact-sheet-feedback-${day}.csv`, toCsv(["sent", "usefulness", "role", "source", "language", "improvement", "contact_email"], rows));
}

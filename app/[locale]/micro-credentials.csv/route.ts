import { openDataCsv } from "@/lib/directory/open-data";

export const dynamic = "force-dynamic";

/** /micro-credentials.csv: every public micro-credential, one row each (columns in lib/directory/present.ts). */
export async function GET() {
  return new Response(await openDataCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="micro-credentials.csv"',
      // Checked on every request (cheap: see lib/directory/open-data.ts), so a withdrawal or suspension shows at once.
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

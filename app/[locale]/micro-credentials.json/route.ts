import { openDataJson } from "@/lib/directory/open-data";

export const dynamic = "force-dynamic";

/** /micro-credentials.json: every public micro-credential as a record (the CSV's columns as keys). */
export async function GET() {
  return new Response(await openDataJson(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Checked on every request (cheap: see lib/directory/open-data.ts), so a withdrawal or suspension shows at once.
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

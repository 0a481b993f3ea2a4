import { currentActor } from "@/lib/auth/session";
import { factSheetPdf, isSheetChoice, sheetFileName } from "@/lib/fact-sheet";
import { getMyOrganisation, recordDownload } from "@/lib/organisations";

export const dynamic = "force-dynamic";

/**
 * GET /api/fact-sheet?locale=en|cy|bilingual[&qr=0] — the signed-in member's organisation's branded
 * fact sheet. 401 signed out; 403 without an organisation or unless it is approved; 400 for a
 * bad language; 304 when the browser already has these bytes.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to download the fact sheet.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const params = new URL(request.url).searchParams;
  const choice = params.get("locale") ?? "en";
  if (!isSheetChoice(choice)) return new Response("locale must be en, cy or bilingual.", { status: 400 });
  const mine = await getMyOrganisation(actor);
  if (!mine) return new Response("You are not a member of an organisation.", { status: 403 });
  if (mine.organisation.status !== "approved") {
    return new Response("Your organisation is not approved for downloads.", { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  const { bytes, etag, contentVersion } = await factSheetPdf({
    organisationId: mine.organisation.id,
    organisationName: mine.organisation.name,
    profile: mine.profile,
    choice,
    includeQr: params.get("qr") !== "0",
  });
  const headers = {
    ETag: etag,
    "Cache-Control": "private, no-cache",
    Vary: "Cookie",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  await recordDownload(actor, mine.organisation.id, { locale: choice, contentVersion, profileVersion: mine.profile?.version ?? 0 });
  return new Response(Buffer.from(bytes), {
    headers: {
      ...headers,
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${sheetFileName(mine.organisation.slug, choice)}"`,
    },
  });
}

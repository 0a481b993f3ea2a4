import { currentActor } from "@/lib/auth/session";
import { hasDirectoryPage } from "@/lib/directory";
import { factSheetPdf, isSheetChoice, prepareFactSheet, qrChosen, qrTarget, sheetFileName, sheetKey, type SheetRequest } from "@/lib/fact-sheet";
import { getDownloadableBrand, prepareDownloadQueries, recordDownload } from "@/lib/organisations/downloads";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";
import { consume } from "@/lib/rate-limit";
import { pdfDownloadLimit } from "@/lib/rate-limit/settings";
import { isPrepareRequest } from "@/lib/site/prepare";

export const dynamic = "force-dynamic";

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });

/**
 * GET /api/fact-sheet?locale=en|cy|bilingual[&qr=0|qr=0&qr=1][&qrTo=directory][&ui=cy] — the signed-in member's organisation's branded
 * fact sheet. 401 signed out; 403 without an organisation or unless it is approved; 400 for a
 * bad language; 304 when the browser already has these bytes (answered before any rendering);
 * 429 past the per-person hourly limit.
 */
export async function GET(request: Request) {
  if (isPrepareRequest(request)) return prepare();
  const actor = await currentActor();
  if (!actor) return text("Sign in to download the fact sheet.", 401);
  const params = new URL(request.url).searchParams;
  const choice = params.get("locale") ?? "en";
  if (!isSheetChoice(choice)) return text("locale must be en, cy or bilingual.", 400);
  let mine: Awaited<ReturnType<typeof getDownloadableBrand>>;
  try {
    mine = await getDownloadableBrand(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return text("You are not a member of an organisation.", 403);
    if (error instanceof ForbiddenError) return text("Your organisation is not approved for downloads.", 403);
    throw error;
  }

  const includeQr = qrChosen(params.getAll("qr"));
  const target = includeQr
    ? qrTarget(params.get("qrTo"), { website: Boolean(mine.profile?.findOutMoreUrl), directory: params.get("qrTo") === "directory" || !mine.profile?.findOutMoreUrl ? await hasDirectoryPage(mine.organisation.id) : false })
    : undefined;
  const sheet: SheetRequest = {
    organisationId: mine.organisation.id,
    organisationName: mine.organisation.name,
    profile: mine.profile,
    choice,
    includeQr,
    directorySlug: target === "directory" ? mine.organisation.slug : undefined,
  };
  const { etag } = sheetKey(sheet);
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Cookie" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const limit = await consume([pdfDownloadLimit(actor.userId)]);
  if (!limit.ok) return text("You have downloaded the fact sheet many times in the last hour. Try again later.", 429, { "Retry-After": "3600" });

  const { bytes, contentVersion } = await factSheetPdf(sheet);
  await recordDownload(actor, mine.organisation.id, { locale: choice, contentVersion, profileVersion: mine.profile?.version ?? 0 });
  return new Response(Buffer.from(bytes), {
    headers: {
      ...headers,
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${sheetFileName(mine.organisation.slug, choice, params.get("ui") === "cy" ? "cy" : "en")}"`,
    },
  });
}

/**
 * The production server's start-up request (scripts/server.mjs, after it listens): runs this
 * route's own code once, off any provider's request, so the first download after a deploy is as
 * quick as the rest: the fonts are parsed, the locked text shaped and a sheet made (not kept), and
 * the session, organisation and rate-limit queries compiled. Public pages are served meanwhile.
 */
async function prepare() {
  // The start-up request carries a session cookie that matches no session: the sign-in check runs
  // its query and finds nobody.
  await currentActor();
  const [bytes] = await Promise.all([
    prepareFactSheet(),
    prepareDownloadQueries(),
    // The limiter's own row for the start-up, outside any person's key; it expires like the rest.
    consume([{ key: "start-up", max: 1_000_000, windowMs: 60_000 }]),
  ]);
  // The last sheet goes back to the server, which discards it: answering with a PDF prepares
  // that path too.
  return new Response(Buffer.from(bytes), { headers: { "Content-Type": "application/pdf", "Cache-Control": "no-store" } });
}

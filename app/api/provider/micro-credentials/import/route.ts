import { currentActor } from "@/lib/auth/session";
import { CSV_MAX_BYTES } from "@/lib/directory/csv";
import { importCsv } from "@/lib/directory/import";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { getMyOrganisation } from "@/lib/organisations";
import { ForbiddenError } from "@/lib/organisations/errors";
import { consume } from "@/lib/rate-limit";
import { limitConcurrency } from "@/lib/rate-limit/concurrency";
import { directoryImportLimit } from "@/lib/rate-limit/settings";
import { BodyTooLargeError, fieldFromHead, isSameOrigin, parseForm, readBodyLimited } from "@/lib/security/request";

export const dynamic = "force-dynamic";

// The file may be 20 MB (10,000 full rows come to about 10 MB); the multipart envelope and the other fields add a little.
const MAX_BODY = CSV_MAX_BYTES + 64 * 1024;
// At most one import is read and checked at a time in a process, whoever sends it.
const oneAtATime = limitConcurrency(1);

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * POST /api/provider/micro-credentials/import — the import page's form (multipart, works without
 * JavaScript). Like the logo upload, the one other large body, it has its own size limit applied
 * while reading. Answers with a redirect to the import page: with the counts when everything was
 * saved, or with the report of what was wrong (nothing saved).
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Cross-site request refused", { status: 403 });
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  const mine = await getMyOrganisation(actor);
  if (!mine) return notFound();

  const back = (locale: Locale, query: Record<string, string>) =>
    new Response(null, {
      status: 303,
      headers: { Location: `${localePath(locale, "/provider/micro-credentials/import")}?${new URLSearchParams(query)}`, "Cache-Control": "no-store" },
    });
  const urlLocale = new URL(request.url).searchParams.get("locale");
  const fallback: Locale = isLocale(urlLocale) ? urlLocale : "en";

  const limit = await consume([directoryImportLimit(actor.userId)]);
  if (!limit.ok) return back(fallback, { error: "tooMany" });

  let form: FormData;
  try {
    form = await parseForm(request, await readBodyLimited(request, MAX_BODY));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      const locale = fieldFromHead(error.head, request.headers.get("content-type"), "locale");
      return back(isLocale(locale) ? locale : fallback, { error: "tooBig" });
    }
    return back(fallback, { error: "missing" });
  }
  const raw = form.get("locale");
  const locale: Locale = isLocale(raw) ? raw : fallback;
  if (String(form.get("organisationId") ?? "") !== mine.organisation.id) return notFound();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return back(locale, { error: "missing" });
  if (file.size > CSV_MAX_BYTES) return back(locale, { error: "tooBig" });
  try {
    const result = await oneAtATime(async () => importCsv(actor, mine.organisation.id, new Uint8Array(await file.arrayBuffer())));
    return result.ok ? back(locale, { created: String(result.created), updated: String(result.updated) }) : back(locale, { report: result.reportId });
  } catch (error) {
    if (error instanceof ForbiddenError) return back(locale, { error: "suspended" });
    throw error;
  }
}

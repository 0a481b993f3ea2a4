import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { localePath, isLocale, type Locale } from "@/lib/i18n";
import { LogoError, MAX_LOGO_BYTES, normaliseLogo } from "@/lib/logo/normalise";
import { getLogo, getMyOrganisation, setLogo } from "@/lib/organisations";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";
import { consumeLimits } from "@/lib/rate-limit";
import { logoUploadLimit } from "@/lib/rate-limit/settings";
import { BodyTooLargeError, isSameOrigin, parseForm, readBodyLimited } from "@/lib/security/request";

export const dynamic = "force-dynamic";

// The logo may be 2 MB; the multipart envelope and the other fields add a little.
const MAX_UPLOAD_BODY = MAX_LOGO_BYTES + 64 * 1024;

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/provider/logo?org=<organisation id>&v=<version> — the signed-in member's organisation
 * logo (the normalised PNG). The organisation is part of the address, so a browser shared by two
 * people never shows one organisation's cached logo to the other. 401 signed out; 404 for any
 * organisation but the person's own, or without a logo.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first", { status: 401, headers: { "Cache-Control": "no-store" } });
  const mine = await getMyOrganisation(actor);
  const claimed = new URL(request.url).searchParams.get("org");
  if (!mine || mine.organisation.id !== claimed) return notFound();
  const logo = await getLogo(actor, mine.organisation.id);
  if (!logo) return notFound();
  return new Response(Buffer.from(logo.png), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * POST /api/provider/logo — the logo upload form (multipart, works without JavaScript). The only
 * request that may carry more than a few kilobytes: its own 2 MB limit is applied while reading,
 * every other form goes through server actions with a small limit (next.config.mjs). Answers with
 * a redirect back to the brand details page, with the outcome in the address.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Cross-site request refused", { status: 403 });
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  const mine = await getMyOrganisation(actor);
  if (!mine) return notFound();

  const back = (locale: Locale, query: string) =>
    new Response(null, { status: 303, headers: { Location: `${localePath(locale, "/provider/profile")}?${query}#logo-heading`, "Cache-Control": "no-store" } });
  const localeOf = (form?: FormData): Locale => {
    const raw = form?.get("locale") ?? new URL(request.url).searchParams.get("locale");
    return isLocale(raw) ? raw : "en";
  };

  let form: FormData;
  try {
    form = await parseForm(request, await readBodyLimited(request, MAX_UPLOAD_BODY));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return back(localeOf(), "logoError=tooBig");
    return back(localeOf(), "logoError=corrupt");
  }
  const locale = localeOf(form);
  if (String(form.get("organisationId") ?? "") !== mine.organisation.id) return notFound();
  const file = form.get("logo");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return back(locale, "logoError=missing");
  if (file.size > MAX_LOGO_BYTES) return back(locale, "logoError=tooBig");

  const limit = await consumeLimits(await getDb(), [logoUploadLimit(actor.userId)]);
  if (!limit.ok) return back(locale, "logoError=tooMany");
  try {
    await setLogo(actor, mine.organisation.id, await normaliseLogo(new Uint8Array(await file.arrayBuffer())));
  } catch (error) {
    if (error instanceof LogoError) return back(locale, `logoError=${error.code}`);
    if (error instanceof ForbiddenError) return back(locale, "logoError=suspended");
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  return back(locale, "logo=saved");
}

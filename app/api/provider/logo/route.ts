import { currentActor } from "@/lib/auth/session";
import { localePath, isLocale, type Locale } from "@/lib/i18n";
import { LogoError, MAX_LOGO_BYTES, normaliseLogo } from "@/lib/logo/normalise";
import type { Actor } from "@/lib/auth/session";
import { getLogo, getMyOrganisation, setLogo } from "@/lib/organisations";
import { getLogoForStaff } from "@/lib/staff/organisations";
import { ForbiddenError, NotFoundError } from "@/lib/organisations/errors";
import { logoAltSchema } from "@/lib/organisations/validation";
import { consume } from "@/lib/rate-limit";
import { logoUploadLimit } from "@/lib/rate-limit/settings";
import { limitConcurrency } from "@/lib/rate-limit/concurrency";
import { BodyTooLargeError, fieldFromHead, isSameOrigin, parseForm, readBodyLimited } from "@/lib/security/request";

export const dynamic = "force-dynamic";

// The logo may be 2 MB; the multipart envelope and the other fields add a little.
const MAX_UPLOAD_BODY = MAX_LOGO_BYTES + 64 * 1024;

// At most two logos are decoded at once in a process, whoever uploads them (each may take 5 s).
const oneAtATime = limitConcurrency(2);

/** The person's own organisation's logo, when the address names that organisation. */
async function ownLogo(actor: Actor, claimed: string | null) {
  const mine = await getMyOrganisation(actor);
  return mine && mine.organisation.id === claimed ? getLogo(actor, mine.organisation.id) : undefined;
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/provider/logo?org=<organisation id>&v=<version> — the signed-in member's organisation
 * logo (the normalised PNG). The organisation is part of the address, so a browser shared by two
 * people never shows one organisation's cached logo to the other. 401 signed out; 404 for any
 * organisation but the person's own (staff: any organisation, for its staff page), or without a logo.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first", { status: 401, headers: { "Cache-Control": "no-store" } });
  const claimed = new URL(request.url).searchParams.get("org");
  // Staff preview any organisation's brand (pending ones too) on its staff page.
  const logo = actor.isStaff && claimed ? await getLogoForStaff(actor, claimed) : await ownLogo(actor, claimed);
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
 * POST /api/provider/logo — the logo step's form (multipart, works without JavaScript): a new
 * logo file and its description, or the description alone. The only request that may carry more
 * than a few kilobytes: its own 2 MB limit is applied while reading, every other form goes through
 * server actions with a small limit (next.config.mjs). Answers with a redirect back to the logo
 * page, with the outcome in the address (and, after an error, the description typed, so nothing
 * typed is lost).
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
      headers: { Location: `${localePath(locale, "/provider/logo")}?${new URLSearchParams(query)}`, "Cache-Control": "no-store" },
    });
  const localeOf = (form?: FormData): Locale => {
    const raw = form?.get("locale") ?? new URL(request.url).searchParams.get("locale");
    return isLocale(raw) ? raw : "en";
  };

  // Counted before the body is read: past the limit, not even the upload is taken in.
  const limit = await consume([logoUploadLimit(actor.userId)]);
  if (!limit.ok) return back(localeOf(), { logoError: "tooMany" });

  let form: FormData;
  try {
    form = await parseForm(request, await readBodyLimited(request, MAX_UPLOAD_BODY));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The description is sent before the file: show it again with the message.
      const typed = fieldFromHead(error.head, request.headers.get("content-type"), "logoAlt") ?? "";
      const locale = fieldFromHead(error.head, request.headers.get("content-type"), "locale");
      return back(isLocale(locale) ? locale : localeOf(), { logoError: "tooBig", logoAlt: typed.slice(0, 500) });
    }
    return back(localeOf(), { logoError: "corrupt" });
  }
  const locale = localeOf(form);
  if (String(form.get("organisationId") ?? "") !== mine.organisation.id) return notFound();
  const typedAlt = String(form.get("logoAlt") ?? "").slice(0, 500);
  const alt = logoAltSchema.safeParse({ logoAlt: typedAlt });
  if (!alt.success) return back(locale, { altError: alt.error.issues[0]?.message ?? "unsafeText", logoAlt: typedAlt });
  const fail = (code: string) => back(locale, { logoError: code, logoAlt: typedAlt });

  const file = form.get("logo");
  const chosen = file instanceof File && !(file.size === 0 && file.name === "");
  if (chosen && file.size > MAX_LOGO_BYTES) return fail("tooBig");
  if (!chosen && !mine.profile?.logoPng) return fail("missing");

  try {
    const logo = chosen ? await oneAtATime(async () => normaliseLogo(new Uint8Array(await file.arrayBuffer()))) : undefined;
    await setLogo(actor, mine.organisation.id, logo, alt.data.logoAlt);
  } catch (error) {
    if (error instanceof LogoError) return fail(error.code);
    if (error instanceof ForbiddenError) return fail("suspended");
    if (error instanceof NotFoundError) return fail("missing");
    throw error;
  }
  return back(locale, { logo: chosen ? "saved" : "described" });
}

import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER, localeOfPath } from "@/lib/i18n/path-locale";
import { buildCsp, needsWasm } from "@/lib/security/csp";
import { prerenderedScriptHashes } from "@/lib/security/csp-manifest";

/**
 * Sets the Content-Security-Policy (and HSTS over HTTPS). Prerendered pages keep their static
 * HTML and get the hashes of their inline scripts; every other page gets a per-request nonce,
 * which Next applies to its own scripts. Authorisation is NOT decided here: pages, actions and
 * route handlers check it themselves.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV !== "production";
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const hashes = dev ? undefined : prerenderedScriptHashes(request.nextUrl.pathname);

  let response: NextResponse;
  let csp: string;
  if (hashes) {
    csp = buildCsp({ kind: "hashes", hashes }, { https, wasm: needsWasm(request.nextUrl.pathname) });
    response = NextResponse.next();
  } else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    csp = buildCsp({ kind: "nonce", nonce }, { dev, https, wasm: needsWasm(request.nextUrl.pathname) });
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    // For the not-found page of an unknown address, which has no route params to say it.
    headers.set(LOCALE_HEADER, localeOfPath(request.nextUrl.pathname));
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      // Not the directory's CSV import: Next copies a request's body for the proxy and keeps at most
      // 10 MB of it (experimental.proxyClientMaxBodySize), so a file of 10 to 20 MB would reach the
      // route cut short. The route answers only with redirects, which need no CSP.
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|manifest\\.webmanifest|fonts/|data/|pagefind/|robots\\.txt|sitemap\\.xml|api/provider/micro-credentials/import).*)",
      // Prerendered pages: scripts/server.mjs has set their headers (scripts/prerendered.mjs).
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "x-micsig-prerendered" },
      ],
    },
  ],
};

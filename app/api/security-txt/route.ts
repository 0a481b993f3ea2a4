import { contentRepoUrl, siteUrl } from "@/lib/site/env";

export const dynamic = "force-dynamic";

/**
 * /.well-known/security.txt (RFC 9116), rewritten here by next.config.mjs. The contact is the one
 * SECURITY.md gives: the repository's private vulnerability reporting, at CONTENT_REPO_URL (a
 * GitHub repository); SECURITY_CONTACT (a mailto: or https: address) overrides it. Without either,
 * there is no file (404) rather than a made-up address.
 */
export function GET() {
  const repo = contentRepoUrl();
  const configured = process.env.SECURITY_CONTACT?.trim();
  const contact = configured && /^(mailto:|https:\/\/)/.test(configured) ? configured : repo ? `${repo}/security/advisories/new` : undefined;
  if (!contact) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  // Under a year ahead (RFC 9116), from the start of the day, so the file stays the same all day.
  const expires = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
  expires.setUTCDate(expires.getUTCDate() + 364);
  const lines = [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString()}`,
    "Preferred-Languages: en, cy",
    `Canonical: ${new URL("/.well-known/security.txt", siteUrl()).href}`,
    ...(repo ? [`Policy: ${repo}/blob/main/SECURITY.md`] : []),
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}

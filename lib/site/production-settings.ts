/**
 * Settings a production server cannot run safely without. Each problem is named in one message,
 * so whoever deploys sees them all at once.
 */

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Problems with SITE_URL in production: it must be set, and https unless the site is only local. */
export function siteUrlProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const value = env.SITE_URL?.trim();
  if (!value) {
    return [
      "SITE_URL is not set. Sign-in links would point to localhost and cookies would lose their Secure flag: set it to the public https address, e.g. SITE_URL=https://microcredentials.example.org.",
    ];
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`SITE_URL is not a web address: "${value}".`];
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) {
    return [`SITE_URL must start with https:// in production (only a local trial on localhost may use http): "${value}".`];
  }
  if (url.pathname !== "/" || url.search || url.hash) return [`SITE_URL must be an origin without a path, query or fragment: "${value}".`];
  if (env.SIGN_IN_LINKS_TO_LOG === "1" && !LOCAL_HOSTS.has(url.hostname)) {
    return ["SIGN_IN_LINKS_TO_LOG=1 would write everyone's sign-in links to the log of a public site: it is for local trials on localhost only."];
  }
  return [];
}

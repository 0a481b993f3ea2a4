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

/**
 * Everything `npm run start:prod` requires of a production server's environment, each problem
 * named: a database (PostgreSQL; the embedded one only with ALLOW_EMBEDDED_DB=1, for a single
 * instance), an SMTP server, an https SITE_URL and a long AUTH_SECRET. Unlike a local trial, no
 * sign-in link may go to the log.
 */
export function productionProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const database = env.DATABASE_URL?.trim();
  if (!database) {
    problems.push("DATABASE_URL is not set: set it to the PostgreSQL database, e.g. DATABASE_URL=postgres://micsig:…@db.internal:5432/micsig.");
  } else if (!/^postgres(ql)?:\/\//.test(database)) {
    if (database.startsWith("file:")) {
      if (env.ALLOW_EMBEDDED_DB !== "1") {
        problems.push(
          "DATABASE_URL names the embedded database (file:…). It serves one process only and has no server to back up or fail over: use PostgreSQL, or set ALLOW_EMBEDDED_DB=1 for a single-instance site.",
        );
      }
    } else {
      problems.push(`DATABASE_URL must be postgres://… (or file:… with ALLOW_EMBEDDED_DB=1), not "${database.split(":")[0]}:…".`);
    }
  }
  if (!env.EMAIL_SERVER?.trim()) {
    problems.push("EMAIL_SERVER is not set: the portal sends sign-in links by e-mail, e.g. EMAIL_SERVER=smtp://user:pass@mail.example.org:587.");
  }
  if (env.SIGN_IN_LINKS_TO_LOG === "1") problems.push("SIGN_IN_LINKS_TO_LOG=1 writes sign-in links to the log: unset it in production.");
  const secret = env.AUTH_SECRET ?? "";
  if (secret.length < 32) {
    problems.push(
      `AUTH_SECRET ${secret ? `is ${secret.length} character${secret.length === 1 ? "" : "s"} long` : "is not set"}: it signs everyone's sessions and must be at least 32 random characters (for example: openssl rand -base64 32).`,
    );
  }
  const site = siteUrlProblems({ ...env, NODE_ENV: "production" });
  if (site.length) problems.push(...site);
  else if (new URL(env.SITE_URL!.trim()).protocol !== "https:") problems.push(`SITE_URL must be https:// for a production site, not "${env.SITE_URL}".`);
  return problems;
}

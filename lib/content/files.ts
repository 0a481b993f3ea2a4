import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { hasOwnPage } from "./document-pages";

/**
 * The content files and the site's routes as they are on disk, read without Contentlayer, so
 * content:check and the tests can use them: the checks find link targets here, and the tests
 * take their list of public pages from `publicPaths`.
 */

export type ContentFile = {
  /** Path from the project root, e.g. content/faqs/en/what-levels.mdx */
  file: string;
  folder: string;
  locale: string;
  slug: string;
  data: Record<string, unknown>;
  /** The MDX body and the line number (1-based) of its first line in the file. */
  body: string;
  bodyStart: number;
};

/** The 1-based line of `field:` in a content file's header, or 1 when the field is not there. */
export function headerLine(root: string, file: string, field: string): number {
  const full = path.join(root, file);
  if (!existsSync(full)) return 1;
  return readFileSync(full, "utf8").split("\n").findIndex((l) => l.startsWith(`${field}:`)) + 1 || 1;
}

/** Reads every content/<folder>/<locale>/<slug>.mdx with its front matter. */
export function readContent(root: string): ContentFile[] {
  const base = path.join(root, "content");
  const files: ContentFile[] = [];
  for (const folder of readdirSync(base)) {
    if (folder === "messages" || folder === "data") continue;
    const folderPath = path.join(base, folder);
    for (const locale of readdirSync(folderPath)) {
      const localePath = path.join(folderPath, locale);
      for (const name of readdirSync(localePath)) {
        if (!name.endsWith(".mdx")) continue;
        const text = readFileSync(path.join(localePath, name), "utf8");
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
        const front = match?.[1] ?? "";
        let data: Record<string, unknown> = {};
        try {
          data = (parseYaml(front) as Record<string, unknown>) ?? {};
        } catch {
          data = {};
        }
        files.push({
          file: path.posix.join("content", folder, locale, name),
          folder,
          locale,
          slug: name.replace(/\.mdx$/, ""),
          data,
          body: match ? text.slice(match[0].length) : text,
          bodyStart: match ? match[0].split("\n").length : 1,
        });
      }
    }
  }
  return files;
}

/** Route patterns under app/[locale], e.g. "/case-studies/[slug]", from the page files on disk. */
export function appRoutes(root: string, { publicOnly = false } = {}): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const seg = entry.name;
        if (seg.startsWith("[...")) continue; // the not-found catch-all
        if (publicOnly && PRIVATE_GROUPS.has(seg)) continue;
        walk(path.join(dir, seg), seg.startsWith("(") ? segments : [...segments, seg]);
      } else if (entry.name === "page.tsx") {
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(path.join(root, "app", "[locale]"), []);
  return routes;
}

/** Route groups of the signed-in areas: their pages are not public. */
const PRIVATE_GROUPS = new Set(["(provider)", "(staff)"]);
/** Routes that only send the reader on (next-auth's fixed error address goes to /sign-in). */
const REDIRECTS = new Set(["/auth-error"]);


/** Addresses of the English documents that have their own page under a `/<folder>/[slug]` route. */
export function documentPaths(docs: ContentFile[], route: string): string[] {
  const dynamic = /^\/([^/]+)\/\[slug\]$/.exec(route);
  if (!dynamic) return [];
  const folder = dynamic[1]!;
  return docs
    .filter((d) => d.locale === "en" && d.folder === folder && hasOwnPage(folder, d.data))
    .map((d) => `/${folder}/${d.slug}`)
    .sort();
}

/** Public pages kept out of search engines (they carry noindex): the sitemap leaves them out. */
export const NOT_INDEXED = new Set(["/sign-in", "/sign-in/check-email", "/feedback/thank-you", "/search"]);

/**
 * Public pages whose content lives in the database (the micro-credentials directory): indexed,
 * but listed in the directory's own sitemap (/directory-sitemap.xml), made per request with the
 * date of the newest change, not in the one built with the site.
 */
export const IN_DIRECTORY_SITEMAP = new Set(["/micro-credentials"]);

/** The public pages search engines should find in the site's sitemap: publicPaths less NOT_INDEXED and IN_DIRECTORY_SITEMAP. */
export function indexablePaths(root: string): string[] {
  return publicPaths(root).filter((p) => !NOT_INDEXED.has(p) && !IN_DIRECTORY_SITEMAP.has(p));
}

/**
 * Every public page built from the repository, without a language prefix: each static public
 * route, and each document with its own page. Pages made from the database (an organisation's
 * shareable fact sheet) are not listed: they exist only once someone creates one.
 */
export function publicPaths(root: string): string[] {
  const docs = readContent(root);
  return appRoutes(root, { publicOnly: true })
    .filter((route) => !REDIRECTS.has(route))
    .flatMap((route) => (route.includes("[") ? documentPaths(docs, route) : [route]))
    .sort();
}

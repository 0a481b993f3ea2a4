/** Public base address of the site, used for canonical links, hreflang and structured data. */
export function siteUrl(): URL {
  const port = process.env.PORT ?? "3000";
  return new URL(process.env.SITE_URL ?? `http://localhost:${port}`);
}

/** Where staff edit content, when configured: links every content page to its source file. */
export function contentRepoUrl(): string | undefined {
  const value = process.env.CONTENT_REPO_URL?.trim();
  return value ? value.replace(/\/+$/, "") : undefined;
}

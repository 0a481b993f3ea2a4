import { contentRepoUrl } from "@/lib/site/env";
import { formatDate, getMessages, type Locale } from "@/lib/i18n";

/** "Last updated" line and, when CONTENT_REPO_URL is set, a link to the page's source file. */
export function PageMeta({
  locale,
  updated,
  sourcePath,
}: {
  locale: Locale;
  updated: string;
  sourcePath?: string;
}) {
  const t = getMessages(locale).page;
  const repo = contentRepoUrl();
  return (
    <div className="page-meta">
      <p>
        {t.updated}: <time dateTime={updated.slice(0, 10)}>{formatDate(updated, locale)}</time>
      </p>
      {repo && sourcePath ? (
        <p>
          <a href={`${repo}/edit/main/${sourcePath}`}>{t.editThisPage}</a>
        </p>
      ) : null}
    </div>
  );
}

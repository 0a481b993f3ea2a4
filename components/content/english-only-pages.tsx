import Link from "next/link";
import { getEnglishOnlyDocuments } from "@/lib/content";
import { getMessages, localePath, type Locale } from "@/lib/i18n";

/** `<EnglishOnlyPages />` in the accessibility statement: the pages not yet in Welsh, from the content. */
export function EnglishOnlyPages({ locale }: { locale: Locale }) {
  const pages = getEnglishOnlyDocuments();
  if (pages.length === 0) return <p>{getMessages(locale).page.englishOnlyNone}</p>;
  return (
    <ul>
      {pages.map((page) => (
        <li key={page.href + page.title}>
          <Link href={localePath(locale, page.href)} lang="en">
            {page.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

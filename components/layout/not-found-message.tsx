import Link from "next/link";
import { getMessages, localePath, type Locale } from "@/lib/i18n";

/** What a reader sees at an address that leads nowhere. */
export function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <div className="narrow">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link href={localePath(locale, "/")}>{t.notFound.home}</Link>
      </p>
    </div>
  );
}

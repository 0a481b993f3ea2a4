import Link from "next/link";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/sign-in/check-email">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  return pageMetadata({ locale, path: "/sign-in/check-email", title: getMessages(locale).auth.checkTitle });
}

export default async function CheckEmailPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).auth;
  return (
    <div className="narrow">
      <h1>{t.checkTitle}</h1>
      <p>{t.checkBody}</p>
      <p>
        <Link href={localePath(locale, "/sign-in")}>{t.checkAgain}</Link>
      </p>
      <p>{t.limitNote}</p>
    </div>
  );
}

import { cookies } from "next/headers";
import Link from "next/link";
import { SIGN_IN_ADDRESS_COOKIE, shownAddress } from "@/lib/auth/check-email";
import { fill, getMessages, localePath, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/sign-in/check-email">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).auth;
  return privatePageMetadata({ locale, path: "/sign-in/check-email", title: t.checkTitle, description: t.checkDescription });
}

export default async function CheckEmailPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).auth;
  const address = shownAddress((await cookies()).get(SIGN_IN_ADDRESS_COOKIE)?.value);
  return (
    <div className="narrow">
      <h1>{t.checkTitle}</h1>
      {address ? (
        <p className="break-anywhere">
          {fill(t.askedFor, { email: address })} <Link href={localePath(locale, "/sign-in")}>{t.typo}</Link>.
        </p>
      ) : null}
      <p>{t.checkBody}</p>
      <p>
        <Link href={localePath(locale, "/sign-in")}>{t.checkAgain}</Link>
      </p>
      <p>{t.limitNote}</p>
    </div>
  );
}

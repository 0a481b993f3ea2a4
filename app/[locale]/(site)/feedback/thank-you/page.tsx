import Link from "next/link";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/feedback/thank-you">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).feedback;
  return privatePageMetadata({ locale, path: "/feedback/thank-you", title: t.thanksTitle, description: t.thanksReceived });
}

/** After feedback is sent: what happens to it next. */
export default async function FeedbackThanksPage({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).feedback;
  return (
    <>
      <div className="panel-confirmation">
        <h1>{t.thanksTitle}</h1>
        <p>{t.thanksReceived}</p>
      </div>
      <p>{t.thanksNext}</p>
      <p>{t.thanksContact}</p>
      <p>
        <Link href={localePath(locale, "/fact-sheet")}>{t.thanksBack}</Link>
      </p>
    </>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalisedArticle } from "@/components/content/localised-article";
import { FactSheetText } from "@/components/fact-sheet/fact-sheet-text";
import { FeedbackForm } from "@/components/fact-sheet/feedback-form";
import { feedbackFormText } from "@/lib/feedback/strings";
import { getFactSheet } from "@/lib/content";
import { getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { sendFeedbackAction } from "../feedback/actions";

type Props = PageProps<"/[locale]/fact-sheet">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const sheet = getFactSheet(locale) ?? notFound();
  return pageMetadata({ locale, path: "/fact-sheet", title: sheet.doc.title, description: sheet.doc.description });
}

export default async function FactSheetPage({ params }: Props) {
  const locale = await routeLocale(params);
  const sheet = getFactSheet(locale) ?? notFound();
  const messages = getMessages(locale);
  const t = messages.factSheet;
  return (
    <LocalisedArticle locale={locale} item={sheet} updated={sheet.doc.updated}>
      <h1>{sheet.doc.title}</h1>
      <p className="no-print">
        <Link href={localePath(locale, "/provider/fact-sheet")}>{t.providerTopLink}</Link>
      </p>
      <div className="prose">
        <FactSheetText sheet={sheet.doc} locale={locale} />
        <p className="caption">
          {t.version} {sheet.doc.version}
        </p>
      </div>
      <aside className="callout no-print" aria-labelledby="brand-heading">
        <h2 id="brand-heading">{t.providerHeading}</h2>
        <p>{t.providerText}</p>
        <p>
          <Link className="button" href={localePath(locale, "/provider/fact-sheet")}>
            {t.providerLink}
          </Link>
        </p>
      </aside>
      <div className="no-print">
        <FeedbackForm
          submit={sendFeedbackAction}
          locale={locale}
          source="public"
          permalink={localePath(locale, "/fact-sheet")}
          {...feedbackFormText(messages)}
        />
      </div>
    </LocalisedArticle>
  );
}

import { SignInForm } from "@/components/auth/sign-in-form";
import { mailSettings } from "@/lib/auth/settings";
import { getMessages, pick, queryValue, routeLocale } from "@/lib/i18n";
import { privatePageMetadata } from "@/lib/site/metadata";
import { requestSignIn } from "./actions";

type Props = PageProps<"/[locale]/sign-in">;

export async function generateMetadata({ params }: Props) {
  const locale = await routeLocale(params);
  const t = getMessages(locale).auth;
  return privatePageMetadata({ locale, path: "/sign-in", title: t.signInTitle, description: t.signInDescription });
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const query = await searchParams;
  const messages = getMessages(locale);
  const t = messages.auth;
  const error = queryValue(query.error);
  const errorText = error ? (error === "Verification" ? t.errors.Verification : t.errors.Default) : undefined;
  return (
    <div className="narrow">
      <h1>{t.signInTitle}</h1>
      {errorText ? (
        <div className="notice notice-warning" role="alert">
          <p>{errorText}</p>
        </div>
      ) : null}
      <p>{t.signInIntro}</p>
      {mailSettings().logLinks ? (
        <div className="notice" role="note">
          <p>{t.devNotice}</p>
        </div>
      ) : null}
      <SignInForm
        submit={requestSignIn}
        locale={locale}
        returnTo={queryValue(query.returnTo)}
        t={pick(t, ["email", "emailHint", "submit"])}
        forms={messages.forms}
      />
    </div>
  );
}

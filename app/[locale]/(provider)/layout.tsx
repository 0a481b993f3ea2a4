import { requireActor } from "@/lib/auth/session";
import { fill, getMessages, routeLocale } from "@/lib/i18n";
import { signOutAction } from "./provider/actions";

// Every page of the provider area needs a signed-in person; each page, action and route handler
// checks again what that person may see or do.
export default async function ProviderLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await routeLocale(params);
  const actor = await requireActor(locale, "/provider");
  const t = getMessages(locale).provider;
  return (
    <>
      <div className="account-bar">
        <p>{fill(t.signedInAs, { email: actor.email })}</p>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="link-button">
            {t.signOut}
          </button>
        </form>
      </div>
      {children}
    </>
  );
}

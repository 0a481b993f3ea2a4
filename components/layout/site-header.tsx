import Link from "next/link";
import { navConfig } from "@/config/site";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

/** `switchTo`: where the language switch goes, for a page with no counterpart in the other language. */
export function SiteHeader({ locale, switchTo }: { locale: Locale; switchTo?: string }) {
  const t = getMessages(locale);
  return (
    <header className="site-header">
      <div className="container header-top">
        {/* The link's name starts with the words it shows (WCAG 2.5.3), then says where it goes. */}
        <Link href={localePath(locale, "/")} className="brand">
          <span className="brand-mark">{t.site.shortName}</span>{" "}
          <span className="brand-name">{t.site.name}</span>
          <span className="sr-only"> {t.site.homeLink}</span>
        </Link>
        <div className="header-tools">
          {/* A plain GET form: it reaches the search page with or without JavaScript. On a phone a
              link to the search page takes its place, so the header stays short. */}
          <form role="search" method="get" action={localePath(locale, "/search")} className="header-search" aria-label={t.search.label}>
            <label htmlFor="site-search" className="sr-only">
              {t.search.label}
            </label>
            <input id="site-search" name="q" type="search" spellCheck={false} />
            <button type="submit">{t.search.button}</button>
          </form>
          <Link href={localePath(locale, "/search")} className="header-link header-search-link">
            {t.search.button}
          </Link>
          <Link href={localePath(locale, "/provider")} className="header-link">
            {t.auth.providerSignIn}
          </Link>
          <LanguageSwitch
            locale={locale}
            label={t.language.label}
            names={{ en: t.language.en, cy: t.language.cy }}
            to={switchTo}
          />
        </div>
      </div>
      <div className="nav-band">
        <div className="container">
          <MainNav
            locale={locale}
            label={t.nav.label}
            menu={t.nav.menu}
            items={navConfig.map((item) => ({ href: item.href, text: t.nav[item.key] }))}
          />
        </div>
      </div>
    </header>
  );
}

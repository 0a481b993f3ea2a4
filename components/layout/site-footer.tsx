import Link from "next/link";
import { footerConfig } from "@/config/site";
import { getMessages, localePath, type Locale } from "@/lib/i18n";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getMessages(locale).footer;
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t.label}>
          <ul className="footer-links">
            {footerConfig.map((item) => (
              <li key={item.href}>
                <Link href={localePath(locale, item.href)}>{t[item.key]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t.funding}</p>
        <p>{t.licence}</p>
      </div>
    </footer>
  );
}

import { getMessages, type Locale } from "@/lib/i18n";

/** Shown on a Welsh page whose text is not translated yet: says so, in Welsh. */
export function FallbackNotice({ locale }: { locale: Locale }) {
  return (
    <div className="notice" role="note">
      <p>{getMessages(locale).page.fallbackNotice}</p>
    </div>
  );
}

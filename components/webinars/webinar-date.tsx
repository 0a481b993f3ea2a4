import type { Webinar } from "@/lib/content";
import { formatDate, type Locale } from "@/lib/i18n";

/** The webinar's date, as precise as it is known ("3 June 2025" or "May 2024"). */
export function WebinarDate({ webinar, locale }: { webinar: Webinar; locale: Locale }) {
  const monthOnly = webinar.datePrecision === "month";
  return (
    <time dateTime={webinar.date.slice(0, monthOnly ? 7 : 10)}>
      {formatDate(webinar.date, locale, monthOnly ? { day: undefined } : undefined)}
    </time>
  );
}

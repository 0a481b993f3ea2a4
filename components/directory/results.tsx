import Link from "next/link";
import { levelLabel, localised, pounds } from "@/lib/directory/present";
import type { DirectoryResult } from "@/lib/directory/search";
import { fill, formatDate, getMessages, localePath, type Locale } from "@/lib/i18n";

/** The page of results: title, provider, level, size and the facts an employer compares first. */
export function DirectoryResults({ locale, results }: { locale: Locale; results: DirectoryResult["results"] }) {
  const messages = getMessages(locale);
  const t = messages.directory;
  const today = new Date().toISOString().slice(0, 10);
  if (results.length === 0) return null;
  return (
    <ul className="result-list">
      {results.map((row) => {
        const text = localised(row, locale);
        const next = row.startDates.map((d) => d.toISOString().slice(0, 10)).find((d) => d >= today);
        const facts = [
          levelLabel(t, row.framework, row.level),
          row.credits ? fill(t.result.credits, { credits: row.credits }) : "",
          t.modes[row.mode as keyof typeof t.modes] ?? "",
          t.languages[row.deliveryLanguage as keyof typeof t.languages] ?? "",
          row.pricePence === null ? "" : row.pricePence === 0 ? t.result.free : pounds(row.pricePence),
          row.anyTimeStart ? t.result.anyTime : next ? fill(t.result.nextStart, { date: formatDate(next, locale) }) : "",
        ].filter(Boolean);
        const excerpt = text.description.length > 220 ? `${text.description.slice(0, 217).replace(/\s+\S*$/, "")}…` : text.description;
        return (
          <li key={row.slug}>
            <h3 className="result-title" lang={text.lang === locale ? undefined : text.lang}>
              <Link href={localePath(locale, `/micro-credentials/${row.slug}`)}>{text.title}</Link>
            </h3>
            <p className="caption">{row.providerName}</p>
            <p lang={text.lang === locale ? undefined : text.lang}>{excerpt}</p>
            <p className="result-facts">{facts.join(" · ")}</p>
          </li>
        );
      })}
    </ul>
  );
}

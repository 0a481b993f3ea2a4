import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublicOrganisation } from "@/lib/directory";
import { levelLabel, localised } from "@/lib/directory/present";
import { fill, getMessages, localePath, routeLocale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";

type Props = PageProps<"/[locale]/micro-credentials/providers/[slug]">;

const load = cache(async (slug: string) => getPublicOrganisation(slug));

async function loadPage({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const organisation = (await load(slug)) ?? notFound();
  return { locale, organisation };
}

export async function generateMetadata(props: Props) {
  const { locale, organisation } = await loadPage(props);
  const t = getMessages(locale).directory.organisation;
  return pageMetadata({
    locale,
    path: `/micro-credentials/providers/${organisation.slug}`,
    title: fill(t.title, { provider: organisation.name }),
    description: fill(t.description, { provider: organisation.name }),
  });
}

/** An organisation's page in the directory: what it offers now, then what it no longer offers. */
export default async function ProviderPage(props: Props) {
  const { locale, organisation } = await loadPage(props);
  const t = getMessages(locale).directory;
  const offered = organisation.microCredentials.filter((m) => m.status === "published");
  const ended = organisation.microCredentials.filter((m) => m.status === "withdrawn");
  const list = (rows: typeof offered, Heading: "h2" | "h3") => (
    <ul className="result-list">
      {rows.map((row) => {
        const text = localised(row, locale);
        return (
          <li key={row.slug}>
            <Heading className="result-title" lang={text.lang === locale ? undefined : text.lang}>
              <Link href={localePath(locale, `/micro-credentials/${row.slug}`)}>{text.title}</Link>
            </Heading>
            <p className="result-facts">
              {[levelLabel(t, row.framework, row.level), row.credits ? fill(t.result.credits, { credits: row.credits }) : "", t.modes[row.mode as keyof typeof t.modes] ?? ""]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      <p className="no-print">
        <Link href={localePath(locale, "/micro-credentials")}>{t.detail.back}</Link>
      </p>
      <h1>{fill(t.organisation.title, { provider: organisation.name })}</h1>
      {offered.length ? list(offered, "h2") : <p>{fill(t.organisation.none, { provider: organisation.name })}</p>}
      {ended.length ? (
        <>
          <h2>{t.organisation.withdrawnHeading}</h2>
          {list(ended, "h3")}
        </>
      ) : null}
    </>
  );
}

import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { DIRECTORY_PAGE_SIZE, FACET_NAMES, type DirectoryQuery, type Facet } from "./search-options";
import { welshTsQuery } from "@/lib/search/welsh";

/**
 * The public directory's one query path: the page of results, the total and the count for every
 * value of every facet, from what is published by approved organisations. Each facet's counts
 * apply every other filter but its own, so a reader sees how many they would get by changing it.
 * Text is searched in both languages with the indexes of migration 20261128134000: English with
 * English stemming, Welsh as written ('simple'), the reader's words widened to every form they can
 * take (lib/search/welsh.ts, as in the site search).
 */

export { COST_BANDS, CREDIT_BANDS, DIRECTORY_PAGE_SIZE, FACET_NAMES, SORTS, STARTS, type DirectoryQuery, type Facet } from "./search-options";

/** The facets, each with the SQL value it groups by (over the `base` rows below). */
const FACETS: Record<Facet, Prisma.Sql> = {
  eqf: Prisma.sql`"eqfLevel"::text`,
  credits: Prisma.sql`"creditBand"`,
  subject: Prisma.sql`"subject"`,
  mode: Prisma.sql`"mode"`,
  language: Prisma.sql`"deliveryLanguage"`,
  nation: Prisma.sql`"nation"`,
  provider: Prisma.sql`"providerSlug"`,
  start: Prisma.sql`"startKind"`,
  cost: Prisma.sql`"costBand"`,
  stackable: Prisma.sql`("stackability" = 'towards-award')::text`,
  // A micro-credential may be eligible for several schemes: counted once under each.
  funding: Prisma.sql`"scheme"`,
};

export type DirectoryResult = {
  total: number;
  page: number;
  pages: number;
  results: {
    slug: string;
    title: string;
    titleCy: string;
    description: string;
    descriptionCy: string;
    providerName: string;
    providerSlug: string;
    framework: string;
    level: string;
    eqfLevel: number | null;
    credits: number | null;
    mode: string;
    deliveryLanguage: string;
    nation: string;
    pricePence: number | null;
    anyTimeStart: boolean;
    startDates: Date[];
  }[];
  facets: Record<Facet, Record<string, number>>;
  /** The name of each provider in the provider facet, by its slug. */
  providers: Record<string, string>;
};

const english = Prisma.sql`to_tsvector('english'::regconfig, m."title" || ' ' || m."description" || ' ' || "micsig_lines"(m."learningOutcomes") || ' ' || m."awardingBody")`;
const welsh = Prisma.sql`to_tsvector('simple'::regconfig, m."titleCy" || ' ' || m."descriptionCy" || ' ' || "micsig_lines"(m."learningOutcomesCy"))`;

/** A search, its filters, sort and page: statements over one `base`, for the page, the total and the counts. */
export async function searchDirectory(query: DirectoryQuery): Promise<DirectoryResult> {
  const db = await getDb();
  const q = (query.q ?? "").trim().slice(0, 200);
  const filters = Object.fromEntries(Object.entries(query.filters ?? {}).filter(([facet, value]) => facet in FACETS && value)) as Partial<Record<Facet, string>>;
  const welshWords = welshTsQuery(q);
  const welshQuery = Prisma.sql`to_tsquery('simple'::regconfig, ${welshWords})`;
  const textMatch = q
    ? Prisma.sql`AND (${english} @@ websearch_to_tsquery('english'::regconfig, ${q})${welshWords ? Prisma.sql` OR ${welsh} @@ ${welshQuery}` : Prisma.empty})`
    : Prisma.empty;
  // Ranked on the title and description only, and only for the rows that pass every filter.
  const rank = Prisma.sql`ts_rank(to_tsvector('english'::regconfig, "title" || ' ' || "description"), websearch_to_tsquery('english'::regconfig, ${q}))
    ${welshWords ? Prisma.sql`+ ts_rank(to_tsvector('simple'::regconfig, "titleCy" || ' ' || "descriptionCy"), ${welshQuery})` : Prisma.empty}`;
  // Everything published by an approved organisation that matches the text, with the bands worked out once.
  const base = Prisma.sql`
    SELECT m."slug", m."title", m."titleCy", m."description", m."descriptionCy", m."framework", m."level", m."eqfLevel",
      m."credits", m."mode", m."deliveryLanguage", m."nation", m."pricePence", m."anyTimeStart", m."startDates",
      m."subject", m."stackability", m."fundingSchemes", m."publishedAt", o."name" AS "providerName", o."slug" AS "providerSlug",
      CASE WHEN m."credits" <= 10 THEN '1-10' WHEN m."credits" <= 20 THEN '11-20' WHEN m."credits" <= 40 THEN '21-40' ELSE '41-plus' END AS "creditBand",
      CASE WHEN m."pricePence" IS NULL THEN 'not-given' WHEN m."pricePence" = 0 THEN 'free' WHEN m."pricePence" < 25000 THEN 'under-250'
           WHEN m."pricePence" < 100000 THEN '250-999' ELSE '1000-plus' END AS "costBand",
      CASE WHEN m."anyTimeStart" THEN 'any-time' ELSE 'set-dates' END AS "startKind"
    FROM "MicroCredential" m JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE m."status" = 'published' AND o."status" = 'approved' ${textMatch}`;
  const where = (except?: Facet) => {
    const parts = (Object.entries(filters) as [Facet, string][])
      .filter(([facet]) => facet !== except)
      .map(([facet, value]) => (facet === "funding" ? Prisma.sql`${value} = ANY("fundingSchemes")` : Prisma.sql`${FACETS[facet]} = ${value}`));
    return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
  };
  const order = {
    relevance: q ? Prisma.sql`${rank} DESC, "title"` : Prisma.sql`"publishedAt" DESC, "title"`,
    title: Prisma.sql`"title"`,
    newest: Prisma.sql`"publishedAt" DESC, "title"`,
    credits: Prisma.sql`"credits", "title"`,
  }[query.sort ?? "relevance"];
  const page = Math.max(1, Math.min(10_000, Math.floor(query.page ?? 1)));

  const [rows, totals, counts] = await Promise.all([
    db.$queryRaw<DirectoryResult["results"]>`
      WITH base AS (${base})
      SELECT "slug", "title", "titleCy", "description", "descriptionCy", "providerName", "providerSlug", "framework", "level", "eqfLevel",
        "credits", "mode", "deliveryLanguage", "nation", "pricePence", "anyTimeStart", "startDates"
      FROM base ${where()}
      ORDER BY ${order}, "slug" LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${(page - 1) * DIRECTORY_PAGE_SIZE}`,
    db.$queryRaw<{ total: bigint }[]>`WITH base AS (${base}) SELECT count(*) AS "total" FROM base ${where()}`,
    db.$queryRaw<{ facet: Facet; value: string | null; count: bigint }[]>`
      WITH base AS (${base})
      ${Prisma.join(
        FACET_NAMES.map((facet) => {
          const from = facet === "funding" ? Prisma.sql`base CROSS JOIN LATERAL unnest(base."fundingSchemes") AS f("scheme")` : Prisma.sql`base`;
          return Prisma.sql`(SELECT ${facet} AS "facet", ${FACETS[facet]} AS "value", count(*) AS "count" FROM ${from} ${where(facet)} GROUP BY 2)`;
        }),
        " UNION ALL ",
      )}`,
  ]);
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, {} as Record<string, number>])) as DirectoryResult["facets"];
  for (const { facet, value, count } of counts) if (value !== null && value !== "") facets[facet][value] = Number(count);
  const count = Number(totals[0]?.total ?? 0);
  const slugs = Object.keys(facets.provider);
  const names = slugs.length ? await db.organisation.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } }) : [];
  const providers = Object.fromEntries(names.map((o) => [o.slug, o.name]));
  return { total: count, page, pages: Math.max(1, Math.ceil(count / DIRECTORY_PAGE_SIZE)), results: rows, facets, providers };
}

import "server-only";
import { createHash } from "node:crypto";
import { getFactSheet, type FactSheet } from "@/lib/content";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { approvalLine } from "./approval";
import { DEMO_BRAND } from "./demo-brand";
import { ByteLimitedCache } from "./byte-cache";
import { renderFactSheetPdf, type Brand, type SheetLocale } from "./pdf";
import { SHEET_CHOICES, type SheetChoice } from "@/lib/vocabulary";
import { localePath } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site/env";

/** The language choices a provider has: one language, or Welsh and English on facing pages. */
export const sheetChoices = SHEET_CHOICES;
export type { SheetChoice };

export function isSheetChoice(value: unknown): value is SheetChoice {
  return typeof value === "string" && (sheetChoices as readonly string[]).includes(value);
}

/**
 * The QR choice from a query string. The options form sends a hidden `qr=0` before the checkbox's
 * `qr=1`, so the last value is the person's choice (ticked: "0,1"; not ticked: "0"). Without any
 * value (a first visit, an old link) the QR code is included.
 */
export function qrChosen(values: readonly string[]): boolean {
  return values.at(-1) !== "0";
}

/**
 * Where the QR code leads: the organisation's directory page when asked for and it has one, else
 * its own "find out more" address, else the directory page if that is all there is.
 */
export function qrTarget(asked: string | null | undefined, available: { website: boolean; directory: boolean }): "website" | "directory" | undefined {
  if (asked === "directory" && available.directory) return "directory";
  if (available.website) return "website";
  return available.directory ? "directory" : undefined;
}

/** The pages of a choice, in order: bilingual is Welsh first, then English. */
export function sheetLocales(choice: SheetChoice): SheetLocale[] {
  return choice === "bilingual" ? ["cy", "en"] : [choice];
}

/** The locked text of a language: only ever the fact-sheet content, never provider input. */
export function lockedText(locale: SheetLocale): FactSheet {
  const sheet = getFactSheet(locale);
  if (!sheet || sheet.lang !== locale) throw new Error(`content/fact-sheet/${locale}/fact-sheet.mdx is missing`);
  return sheet.doc;
}

const versions = new Map<string, { docs: FactSheet[]; version: string }>();

/**
 * The content version printed on the sheet and used in cache keys: the declared version plus a
 * short hash of the text, so an edit that forgot to raise the version still shows up.
 */
export function contentVersion(locales: readonly SheetLocale[]): string {
  const docs = locales.map(lockedText);
  // Every request asks (for its ETag, its cache key and its download record): hash the text once
  // per version of the content documents, not each time.
  const key = locales.join("+");
  const known = versions.get(key);
  if (known && known.docs.every((d, i) => d === docs[i])) return known.version;
  const hash = createHash("sha256");
  for (const d of docs) hash.update(JSON.stringify([d.lead, d.sections, d.title, d.approvedBy ?? null, d.approvedOn ?? null]));
  const version = `${docs[0]!.version}-${hash.digest("hex").slice(0, 8)}`;
  versions.set(key, { docs, version });
  return version;
}

export type BrandProfileRow = {
  contactName: string | null;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  addressLines: string[];
  organisationNameCy?: string | null;
  jobTitleCy?: string | null;
  addressLinesCy?: string[] | null;
  findOutMoreUrl: string | null;
  logoPng: Uint8Array | null;
  logoWidth: number | null;
  logoHeight: number | null;
  logoAlt: string | null;
  version: number;
};

/** The brand as a sheet in `locale` shows it: Welsh values where the organisation gave them. */
/** The organisation's page in the micro-credentials directory, in a language, as a full address. */
export function directoryPageUrl(slug: string, locale: SheetLocale): string {
  return new URL(localePath(locale, `/micro-credentials/providers/${slug}`), siteUrl()).href;
}

/**
 * The sheet's brand in a language. The QR code and its link lead to the "find out more" address,
 * or, when `directorySlug` is given, to the organisation's page in the directory.
 */
export function brandOf(organisationName: string, profile: BrandProfileRow | null, locale: SheetLocale = "en", directorySlug?: string): Brand {
  const welsh = locale === "cy";
  return {
    organisationName: (welsh && profile?.organisationNameCy) || organisationName,
    contactName: profile?.contactName,
    jobTitle: (welsh && profile?.jobTitleCy) || profile?.jobTitle,
    email: profile?.email,
    phone: profile?.phone,
    website: profile?.website,
    addressLines: (welsh && profile?.addressLinesCy?.length ? profile.addressLinesCy : profile?.addressLines) ?? [],
    findOutMoreUrl: directorySlug ? directoryPageUrl(directorySlug, locale) : profile?.findOutMoreUrl,
    logo:
      profile?.logoPng && profile.logoWidth && profile.logoHeight
        ? { png: profile.logoPng, width: profile.logoWidth, height: profile.logoHeight, alt: profile.logoAlt || `${organisationName} logo` }
        : null,
  };
}

// Rendered PDFs by (content version, profile version, organisation, choice, QR, day), bounded by
// bytes (PDF_CACHE_MB, default 32 MB per server process).
const cache = new ByteLimitedCache(
  (/^\d+$/.test(process.env.PDF_CACHE_MB ?? "") ? Number(process.env.PDF_CACHE_MB) : 32) * 1024 * 1024,
);

export type SheetRequest = {
  organisationId: string;
  organisationName: string;
  profile: BrandProfileRow | null;
  choice: SheetChoice;
  includeQr: boolean;
  /** The organisation's slug when the QR code leads to its directory page instead of its own address. */
  directorySlug?: string;
  now?: Date;
};

/**
 * The cache key and ETag of a request: equal inputs, equal bytes, equal ETag. Computed without
 * rendering, so a conditional request is answered 304 before any PDF work.
 */
export function sheetKey(req: SheetRequest) {
  const day = (req.now ?? new Date()).toISOString().slice(0, 10);
  const locales = sheetLocales(req.choice);
  const qr = req.includeQr && (!!req.directorySlug || !!req.profile?.findOutMoreUrl);
  const target = req.directorySlug ? `directory:${req.directorySlug}` : "own";
  const key = [contentVersion(locales), req.organisationId, req.profile?.version ?? 0, req.choice, qr ? `qr:${target}` : "no-qr", day].join("|");
  return { key, etag: `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`, day };
}

/** The branded PDF for an organisation, from the cache when the same inputs were seen today. */
export async function factSheetPdf(req: SheetRequest): Promise<{ bytes: Uint8Array; etag: string; contentVersion: string }> {
  const { key, etag, day } = sheetKey(req);
  const locales = sheetLocales(req.choice);
  const version = contentVersion(locales);
  const hit = cache.get(key);
  if (hit) return { bytes: hit, etag, contentVersion: version };

  const bytes = await renderFactSheetPdf(sheetInput(req, version, day));
  cache.set(key, bytes);
  return { bytes, etag, contentVersion: version };
}

/** What the PDF writer needs for a request: one page per language of the choice. */
function sheetInput(req: SheetRequest, version: string, day: string) {
  const locales = sheetLocales(req.choice);
  const pages = locales.map((locale) => {
    const doc = lockedText(locale);
    const t = getMessages(locale as Locale).factSheetPdf;
    return {
      text: { locale, title: doc.title, lead: doc.lead, version, sections: doc.sections, approval: approvalLine(doc, locale as Locale, t) },
      labels: t,
      brand: brandOf(req.organisationName, req.profile, locale, req.directorySlug),
    };
  });
  const first = getMessages(locales[0] as Locale);
  return {
    pages,
    brand: brandOf(req.organisationName, req.profile, "en", req.directorySlug),
    includeQr: req.includeQr,
    generatedAt: new Date(`${day}T00:00:00.000Z`),
    title: fill(first.factSheetPdf.titleSuffix, { title: lockedText(locales[0]!).title, organisation: pages[0]!.brand.organisationName }),
  };
}

/**
 * Done once when the server starts, off the request path: parse the fonts and shape the locked
 * text of both languages by making sheets that are thrown away (not cached), so the first
 * provider to download after a deploy waits no longer than the next one.
 */
export async function prepareFactSheet(): Promise<Uint8Array> {
  const day = new Date().toISOString().slice(0, 10);
  // A logo like a provider's (the PNG the upload stores), so embedding one is prepared too.
  const { default: sharp } = await import("sharp");
  const logo = await sharp({ create: { width: 600, height: 200, channels: 4, background: "#0b3d4f" } }).png().toBuffer();
  const withLogo = { ...DEMO_BRAND, logoPng: new Uint8Array(logo), logoWidth: 600, logoHeight: 200, version: 0 };
  const withoutLogo = { ...withLogo, logoPng: null, logoWidth: null, logoHeight: null };
  // Twenty sheets, so the code that lays them out is optimised, not only the fonts parsed.
  const variants = [["bilingual", withLogo], ["en", withoutLogo], ["cy", withLogo], ["en", withLogo]] as const;
  let bytes: Uint8Array = new Uint8Array();
  for (const [choice, profile] of Array.from({ length: 5 }, () => variants).flat()) {
    const req: SheetRequest = { organisationId: "warm-up", organisationName: "Warm-up", profile, choice, includeQr: true };
    bytes = await renderFactSheetPdf(sheetInput(req, contentVersion(sheetLocales(choice)), day));
  }
  return bytes;
}

/**
 * The download's file name, in the language of the page it was asked from:
 * micro-credentials-fact-sheet-<org-slug>-<en|cy|bilingual>.pdf, or on a Welsh page
 * taflen-ffeithiau-micro-gymwysterau-<org-slug>-<saesneg|cymraeg|dwyieithog>.pdf
 */
export function sheetFileName(slug: string, choice: SheetChoice, pageLocale: Locale = "en") {
  if (pageLocale === "cy") {
    const language = { en: "saesneg", cy: "cymraeg", bilingual: "dwyieithog" }[choice];
    return `taflen-ffeithiau-micro-gymwysterau-${slug}-${language}.pdf`;
  }
  return `micro-credentials-fact-sheet-${slug}-${choice}.pdf`;
}

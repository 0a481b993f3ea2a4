import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_BRAND } from "./demo-brand";
import { factSheetPdf, lockedText, type BrandProfileRow, type SheetChoice } from "./index";
import { BAND, PAGE } from "./pdf";
import { LIMITS } from "@/lib/organisations/validation";

// Checked with poppler-utils (pdfinfo, pdffonts, pdftotext, pdfimages), as a reader's tools would.
const dir = mkdtempSync(path.join(tmpdir(), "micsig-pdf-"));
let n = 0;
function save(bytes: Uint8Array) {
  const file = path.join(dir, `sheet-${++n}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8" });
const words = (text: string) => text.replace(/[\u200b\u00ad]/g, "").replace(/\s+/g, " ").trim();

/** Pairs of words on a page whose boxes overlap: lines drawn on top of each other. */
function overlappingWords(file: string) {
  return run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]).split("<page ").slice(1).flatMap(overlapsOnPage);
}

function overlapsOnPage(page: string) {
  const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    box: m.slice(1, 5).map(Number) as [number, number, number, number],
    text: m[5]!,
  }));
  const overlaps: string[] = [];
  for (const [i, a] of words.entries()) {
    for (const b of words.slice(i + 1)) {
      const dx = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
      const dy = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
      // Boxes of neighbouring lines touch; a line drawn over another overlaps most of its height.
      if (dx > 1 && dy > 0.5 * Math.min(a.box[3] - a.box[1], b.box[3] - b.box[1])) overlaps.push(`"${a.text}" and "${b.text}"`);
    }
  }
  return overlaps;
}

/** Text of one page inside a box (points from the top left), as pdftotext reads it. */
function textIn(file: string, page: number, box: { y: number; h: number }) {
  return run("pdftotext", ["-f", String(page), "-l", String(page), "-x", "0", "-y", String(Math.floor(box.y)), "-W", "596", "-H", String(Math.ceil(box.h)), "-enc", "UTF-8", file, "-"]);
}
const aboveBand = (file: string, page = 1) => textIn(file, page, { y: 0, h: BAND.top - 1 });
const inBand = (file: string, page = 1) => textIn(file, page, { y: BAND.top, h: BAND.height });

async function logo(width: number, height: number) {
  const png = await sharp({ create: { width, height, channels: 4, background: { r: 179, g: 19, b: 90, alpha: 1 } } }).png().toBuffer();
  return { png: new Uint8Array(png), width, height };
}

const base: BrandProfileRow = {
  ...DEMO_BRAND,
  logoPng: null,
  logoWidth: null,
  logoHeight: null,
  version: 1,
};

async function sheet(profile: BrandProfileRow, choice: SheetChoice = "en", name = "Demo College", id = name) {
  const { bytes } = await factSheetPdf({ organisationId: id, organisationName: name, profile, choice, includeQr: true, now: new Date("2026-11-26T10:00:00Z") });
  return { bytes, file: save(bytes) };
}

describe("the branded fact sheet PDF", () => {
  let en: string;
  beforeAll(async () => {
    const l = await logo(600, 200);
    en = (await sheet({ ...base, logoPng: l.png, logoWidth: l.width, logoHeight: l.height })).file;
  });

  it("is one tagged A4 page with its title and language set and its fonts embedded", () => {
    const info = run("pdfinfo", [en]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Micro-credentials: a fact sheet for employers – Demo College/);
    const fonts = run("pdffonts", [en]).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => / yes\s+yes\s+yes\s+\d+/.test(line))).toBe(true);
    const catalog = run("pdfinfo", ["-meta", en]) + execFileSync("strings", [en], { encoding: "utf8" });
    expect(catalog).toMatch(/\/Lang \(en-GB\)/);
    expect(catalog).toMatch(/\/StructTreeRoot/);
    expect(catalog).toMatch(/\/Alt \(Demo College logo\)/);
  });

  it("holds the locked text word for word, and the organisation's details", () => {
    // -raw keeps the content-stream order, which is the reading order. pdftotext joins words that
    // were hyphenated at a line end ("micro-" + "credentials") and may split a run before a comma,
    // so the comparison ignores hyphens and spacing; every other character must match in order.
    const flat = (t: string) => t.replace(/[\s\u200b\u00ad-]/g, "");
    const text = flat(run("pdftotext", ["-raw", "-enc", "UTF-8", en, "-"]));
    const locked = lockedText("en");
    for (const piece of [locked.title, locked.lead, ...locked.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.bullets ?? [])])]) {
      expect(text).toContain(flat(piece));
    }
    for (const detail of ["Demo College", "Rhian Evans", "partnerships@example.ac.uk", "029 2018 0000", "CF10 1AA"]) expect(text).toContain(flat(detail));
    // Until the group approves a text, the sheet says what it is rather than claiming approval.
    expect(text).toContain(flat("The portal's summary, based on MIC.SIG's published fact sheet and FAQs; not yet approved by the group"));
  });

  it("draws no line of text over another", () => {
    expect(overlappingWords(en)).toEqual([]);
  });

  it("contains exactly one image: the logo (the QR code is drawn as vectors)", () => {
    const rows = run("pdfimages", ["-list", en]).split("\n").slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    // Its transparency travels as a soft mask ("smask") of the same image.
    expect(rows.filter((r) => r[2] === "image").map((r) => [r[3], r[4]])).toEqual([["600", "200"]]);
  });

  it("gives the same bytes for the same inputs", async () => {
    const l = await logo(600, 200);
    // Different organisation ids and times of day, so neither call is answered from the cache.
    const render = (organisationId: string, now: string) =>
      factSheetPdf({
        organisationId,
        organisationName: "Demo College",
        profile: { ...base, logoPng: l.png, logoWidth: l.width, logoHeight: l.height },
        choice: "en",
        includeQr: true,
        now: new Date(now),
      });
    const first = await render("Demo College x", "2026-11-26T23:00:00Z");
    const again = await render("Demo College y", "2026-11-26T08:00:00Z");
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it("differs between two organisations only in the brand band", async () => {
    const other = (await sheet({ ...base, contactName: "Other Person", email: "hello@other.ac.uk", addressLines: ["Other Road"] }, "en", "Other University")).file;
    expect(aboveBand(other)).toBe(aboveBand(en));
    expect(inBand(other)).not.toBe(inBand(en));
    expect(words(inBand(other))).toContain("Other University");
  });

  it("has Welsh and English pages for the bilingual choice, Welsh first, with Welsh letters intact", async () => {
    const { file } = await sheet({ ...base, contactName: "Siân Ŵyn ap Gwŷr", jobTitle: "Rheolwr partneriaethau ẁ ẃ ẅ ỳ" }, "bilingual");
    expect(run("pdfinfo", [file])).toMatch(/Pages:\s+2\n/);
    const cy = words(run("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", file, "-"]));
    expect(cy).toContain(words(lockedText("cy").lead));
    expect(cy).toContain("Siân Ŵyn ap Gwŷr");
    expect(cy).toContain("ẁ ẃ ẅ ỳ");
    expect(cy).toContain("Cysylltwch â ni");
    expect(cy).toContain("Crynodeb y porth");
    expect(words(run("pdftotext", ["-f", "2", "-l", "2", "-enc", "UTF-8", file, "-"]))).toContain(words(lockedText("en").lead));
  });
});

describe("extreme brand details never move or cover the locked text", () => {
  const longest: BrandProfileRow = {
    ...base,
    contactName: "W".repeat(LIMITS.contactName),
    jobTitle: "M".repeat(LIMITS.jobTitle),
    email: `${"a".repeat(LIMITS.email - 12)}@example.org`,
    phone: "01234 567890",
    website: `https://www.${"w".repeat(LIMITS.website - 20)}.org/`,
    addressLines: Array.from({ length: LIMITS.addressLines }, () => "Ŵ".repeat(LIMITS.addressLine)),
    findOutMoreUrl: `https://www.example.org/${"q".repeat(LIMITS.findOutMoreUrl - 30)}`,
  };
  const cases: Array<[string, () => Promise<BrandProfileRow>]> = [
    ["the longest allowed values", async () => longest],
    ["a 10:1 wide logo", async () => ({ ...base, ...(await logo(1200, 120).then((l) => ({ logoPng: l.png, logoWidth: l.width, logoHeight: l.height }))) })],
    ["a 1:4 tall logo", async () => ({ ...base, ...(await logo(200, 800).then((l) => ({ logoPng: l.png, logoWidth: l.width, logoHeight: l.height }))) })],
    ["no logo at all", async () => base],
  ];

  for (const choice of ["en", "cy"] as const) {
    for (const [name, profile] of cases) {
      it(`${name} (${choice})`, async () => {
        const reference = (await sheet(base, choice, "Reference College")).file;
        const { file } = await sheet(await profile(), choice, `Extreme College ${name}`);
        expect(aboveBand(file)).toBe(aboveBand(reference));
        // Every word on the page is either in the locked area or inside the band's box.
        const boxes = run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
        for (const m of boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)) {
          const [xMin, yMin, xMax, yMax] = m.slice(1).map(Number) as [number, number, number, number];
          expect(xMin).toBeGreaterThanOrEqual(PAGE.margin - 1);
          expect(xMax).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 1);
          if (yMax > BAND.top) expect(yMin).toBeGreaterThanOrEqual(BAND.top - 0.5);
        }
        // No line is drawn over another (the e-mail line once left the telephone line on top of it).
        expect(overlappingWords(file)).toEqual([]);
        execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(dir, `extreme-${choice}-${name.replace(/\W+/g, "-")}`)]);
      });
    }
  }
});

// The rendered pages are kept for people to look at.
console.log(`fact sheet test PDFs and pictures: ${dir}`);

describe("e-mail addresses on the sheet", () => {
  it("are never broken across lines, however long", async () => {
    const l = await logo(600, 200);
    const emails = ["employer-partnerships@coleg-enghraifft-hir-iawn.ac.uk", "employer-partnerships@coleg-en-mwz5tcwi.ac.uk", "partnerships@coleg-example.ac.uk"];
    for (const [i, email] of emails.entries()) {
      for (const choice of ["en", "cy"] as const) {
        const { file } = await sheet({ ...base, email, logoPng: l.png, logoWidth: l.width, logoHeight: l.height }, choice, "Coleg Enghraifft", `long-email-${choice}-${i}`);
        const band = inBand(file).replace(/\u200b/g, "");
        expect(band.split("\n").some((line) => line.includes(email)), `${email} in ${choice}:\n${band}`).toBe(true);
      }
    }
  });
});

describe("contact details in both languages", () => {
  it("puts the Welsh values on the Welsh page and the English ones on the English page", async () => {
    const profile: BrandProfileRow = {
      ...base,
      jobTitle: "Employer partnerships manager",
      addressLines: ["1 College Road", "Swansea"],
      organisationNameCy: "Coleg Enghraifft",
      jobTitleCy: "Rheolwr partneriaethau cyflogwyr",
      addressLinesCy: ["1 Heol y Coleg", "Abertawe"],
    };
    const { file } = await sheet(profile, "bilingual", "Example College", "welsh-values");
    const welsh = words(inBand(file, 1));
    const english = words(inBand(file, 2));
    expect(welsh).toContain("Coleg Enghraifft");
    expect(welsh).toContain("Rheolwr partneriaethau cyflogwyr");
    expect(welsh).toContain("1 Heol y Coleg Abertawe");
    expect(welsh).not.toContain("Swansea");
    expect(english).toContain("Example College");
    expect(english).toContain("Employer partnerships manager");
    expect(english).toContain("1 College Road Swansea");
    expect(english).not.toContain("Abertawe");
  });

  it("falls back to the English values where no Welsh is given", async () => {
    const { file } = await sheet({ ...base, jobTitle: "Partnerships lead" }, "cy", "Example College", "welsh-fallback");
    expect(words(inBand(file))).toContain("Partnerships lead");
  });
});

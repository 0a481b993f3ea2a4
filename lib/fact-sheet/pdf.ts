import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { fill } from "@/lib/i18n/format";
import { contactLines, displayUrl } from "./contact";
import { loadFonts } from "./fonts";

/**
 * The branded employer fact sheet as an accessible PDF: A4, one page per language, real text in
 * embedded Inter, a tagged structure tree in reading order (headings, paragraphs, lists, the logo
 * as a figure with alt text), decoration marked as artifacts, title and language set.
 * Pure: the same inputs give the same bytes.
 */

export type SheetLocale = "en" | "cy";

export type SheetText = {
  locale: SheetLocale;
  title: string;
  lead: string;
  version: string;
  /** Who approved the text and when, or that it is the portal's summary: printed under the footer. */
  approval: string;
  sections: ReadonlyArray<{ id: string; heading: string; paragraphs: readonly string[]; bullets?: readonly string[] | null }>;
};

export type Brand = {
  organisationName: string;
  contactName?: string | null;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  addressLines?: readonly string[];
  findOutMoreUrl?: string | null;
  logo?: { png: Uint8Array; width: number; height: number; alt: string } | null;
};

export type SheetLabels = {
  contactHeading: string;
  findOutMore: string;
  qrAlt: string;
  footer: string; // e.g. "Content version {version} · Generated {date} · MIC.SIG"
  telephone: string;
  email: string;
  website: string;
};

export type FactSheetInput = {
  /** One page per language; a page's own brand (its Welsh values) replaces `brand` on it. */
  pages: ReadonlyArray<{ text: SheetText; labels: SheetLabels; brand?: Brand }>;
  brand: Brand;
  includeQr: boolean;
  generatedAt: Date;
  title: string;
};

// A4 in points, and the fixed boxes the layout never leaves.
export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const;
export const BAND = { height: 150, top: PAGE.height - PAGE.margin - 18 - 150 } as const;
const CONTENT_BOTTOM = BAND.top - 12;
const COLUMN_GAP = 20;
const INK = "#0b0c0c";
const BRAND = "#0b3d4f";
const ACCENT = "#b3135a";
const SURFACE = "#f3f2f1";

export class FactSheetLayoutError extends Error {}

type Doc = PDFKit.PDFDocument;
type StructElement = ReturnType<Doc["struct"]>;

/** Renders the fact sheet; resolves with the PDF bytes. */
export async function renderFactSheetPdf(input: FactSheetInput): Promise<Uint8Array> {
  const f = loadFonts();
  const firstLang = input.pages[0]?.text.locale ?? "en";
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    autoFirstPage: false,
    pdfVersion: "1.7",
    // PDF/UA-1 identification; the bundled types list only the PDF/A subsets.
    subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: firstLang === "cy" ? "cy-GB" : "en-GB",
    displayTitle: true,
    compress: true,
    info: {
      Title: input.title,
      Author: input.brand.organisationName,
      Subject: "Micro-credentials: employer fact sheet",
      Creator: "MIC.SIG portal",
      Producer: "MIC.SIG portal",
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  // The bundled types do not list fontkit fonts as a source, which pdfkit supports.
  doc.registerFont("Inter", f.regular as never);
  doc.registerFont("Inter-Bold", f.bold as never);

  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const qr = input.includeQr && input.brand.findOutMoreUrl ? QRCode.create(input.brand.findOutMoreUrl, { errorCorrectionLevel: "M" }) : undefined;

  for (const { text, labels, brand } of input.pages) {
    doc.addPage({ size: "A4", margin: PAGE.margin });
    const section = doc.struct("Sect", { lang: text.locale === "cy" ? "cy-GB" : "en-GB" });
    root.add(section);
    drawPage(doc, section, text, labels, { ...input, brand: brand ?? input.brand }, qr);
    section.end();
  }
  root.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function artifact(doc: Doc, draw: () => void) {
  doc.markContent("Artifact", { type: "Layout" });
  draw();
  doc.endMarkedContent();
}

function drawPage(doc: Doc, sect: StructElement, text: SheetText, labels: SheetLabels, input: FactSheetInput, qr: QRCode.QRCode | undefined) {
  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;

  artifact(doc, () => {
    doc.rect(0, 0, PAGE.width, 10).fill(BRAND);
    doc.rect(0, 10, PAGE.width, 3).fill(ACCENT);
  });

  doc.fillColor(INK).font("Inter-Bold").fontSize(19);
  doc.text(text.title, left, PAGE.margin, { width, structParent: sect, structType: "H1", lineGap: 1 });
  doc.moveDown(0.35);
  doc.font("Inter").fontSize(11).fillColor(INK);
  doc.text(text.lead, left, doc.y, { width, structParent: sect, structType: "P", lineGap: 1.5 });
  const columnsTop = doc.y + 10;

  // Two columns; each section stays whole, in reading order: down the left, then the right.
  const columnWidth = (width - COLUMN_GAP) / 2;
  let column = 0;
  let y = columnsTop;
  for (const s of text.sections) {
    const needed = sectionHeight(doc, s, columnWidth);
    if (y + needed > CONTENT_BOTTOM) {
      column += 1;
      y = columnsTop;
      if (column > 1 || y + needed > CONTENT_BOTTOM) {
        throw new FactSheetLayoutError(`The ${text.locale} fact sheet text does not fit on one A4 page (section "${s.id}"): shorten it.`);
      }
    }
    y = drawSection(doc, sect, s, left + column * (columnWidth + COLUMN_GAP), y, columnWidth) + 9;
  }

  drawBrandBand(doc, sect, labels, input.brand, qr);

  doc.font("Inter").fontSize(7).fillColor("#484949");
  const footer = fill(labels.footer, {
    version: text.version,
    date: input.generatedAt.toISOString().slice(0, 10),
  });
  doc.text(footer, left, PAGE.height - PAGE.margin - 10, { width, structParent: sect, structType: "P", lineBreak: false });
  // The approval line sits under the footer, inside the bottom margin (still 32 pt from the edge):
  // pdfkit would start a new page for text below the margin, so the margin is lifted for this line.
  const { bottom } = doc.page.margins;
  doc.page.margins.bottom = 0;
  doc.text(text.approval, left, PAGE.height - PAGE.margin - 1, { width, structParent: sect, structType: "P", lineBreak: false });
  doc.page.margins.bottom = bottom;
}

const HEADING = { font: "Inter-Bold", size: 10.5 } as const;
const BODY = { font: "Inter", size: 8.5, gap: 1 } as const;

// Section heights depend only on the locked text and the column width: measure each once.
const heights = new Map<string, number>();

function sectionHeight(doc: Doc, s: SheetText["sections"][number], width: number) {
  const key = JSON.stringify([s, width]);
  const known = heights.get(key);
  if (known !== undefined) return known;
  const measured = measureSection(doc, s, width);
  if (heights.size > 500) heights.clear();
  heights.set(key, measured);
  return measured;
}

function measureSection(doc: Doc, s: SheetText["sections"][number], width: number) {
  doc.font(HEADING.font).fontSize(HEADING.size);
  let h = doc.heightOfString(s.heading, { width }) + 3;
  doc.font(BODY.font).fontSize(BODY.size);
  for (const p of s.paragraphs) h += doc.heightOfString(p, { width, lineGap: BODY.gap }) + 4;
  for (const b of s.bullets ?? []) h += doc.heightOfString(b, { width: width - 10, lineGap: BODY.gap }) + 1.5;
  return h;
}

function drawSection(doc: Doc, sect: StructElement, s: SheetText["sections"][number], x: number, y: number, width: number) {
  const part = doc.struct("Sect");
  sect.add(part);
  doc.fillColor(BRAND).font(HEADING.font).fontSize(HEADING.size);
  doc.text(s.heading, x, y, { width, structParent: part, structType: "H2" });
  doc.y += 3;
  doc.fillColor(INK).font(BODY.font).fontSize(BODY.size);
  for (const p of s.paragraphs) {
    doc.text(p, x, doc.y, { width, lineGap: BODY.gap, structParent: part, structType: "P" });
    doc.y += 4;
  }
  if (s.bullets?.length) {
    // PDF/UA: list items live in a list (L → LI → Lbl + LBody), not straight in the section.
    const list = doc.struct("L");
    part.add(list);
    doc.list([...s.bullets], x, doc.y, {
      width,
      lineGap: BODY.gap,
      bulletRadius: 1.6,
      textIndent: 10,
      bulletIndent: 0,
      paragraphGap: 1.5,
      structParent: list,
      structTypes: ["LI", "Lbl", "LBody"],
    } as PDFKit.Mixins.TextOptions);
    list.end();
  }
  part.end();
  return doc.y;
}

/**
 * Text that is a link, tagged as PDF/UA asks: a Link element holding the text and, by an object
 * reference, the link annotation, which carries /StructParent and its alternate text (/Contents).
 * `draw` writes the text from the current position without a link of its own; the annotation covers
 * what it drew (from the current y to the y after, `width` wide).
 */
function linkedText(doc: Doc, parent: StructElement, url: string, alt: string, box: { x: number; width: number }, draw: () => void) {
  const link = doc.struct("Link");
  parent.add(link);
  const content = doc.markStructureContent("Link");
  link.add(content);
  const top = doc.y;
  draw();
  doc.endMarkedContent();
  // pdfkit's annotate() takes PDF dictionary entries as well as its own options.
  doc.link(box.x, top, box.width, doc.y - top, url, { structParent: link, Contents: new String(alt) } as unknown as PDFKit.Mixins.AnnotationOption);
  link.end();
}

/** Fits text lines into a box, shrinking the type from 9 to 6.5 pt until they fit. */
function fitLines(doc: Doc, lines: Array<{ text: string; bold?: boolean }>, width: number, height: number) {
  for (let size = 9; size >= 6.5; size -= 0.25) {
    let total = 0;
    for (const line of lines) {
      doc.font(line.bold ? "Inter-Bold" : "Inter").fontSize(size);
      total += doc.heightOfString(line.text, { width, lineGap: 0.6 });
    }
    if (total <= height) return size;
  }
  return 6.5;
}

function drawBrandBand(doc: Doc, sect: StructElement, labels: SheetLabels, brand: Brand, qr: QRCode.QRCode | undefined) {
  const x = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const top = BAND.top;
  const pad = 12;
  artifact(doc, () => {
    doc.rect(x, top, width, BAND.height).fill(SURFACE);
    doc.rect(x, top, 4, BAND.height).fill(ACCENT);
  });

  const band = doc.struct("Sect");
  sect.add(band);

  // Logo: scaled to fit its box whatever its shape, centred vertically.
  const logoBox = { x: x + pad + 4, y: top + pad, w: 150, h: BAND.height - 2 * pad };
  if (brand.logo) {
    const scale = Math.min(logoBox.w / brand.logo.width, logoBox.h / brand.logo.height);
    const w = brand.logo.width * scale;
    const h = brand.logo.height * scale;
    const figure = doc.struct("Figure", { alt: brand.logo.alt });
    band.add(figure);
    const content = doc.markStructureContent("Figure");
    figure.add(content);
    doc.image(Buffer.from(brand.logo.png), logoBox.x, logoBox.y + (logoBox.h - h) / 2, { width: w, height: h });
    doc.endMarkedContent();
    figure.end();
  }

  const qrSize = qr ? 82 : 0;
  const qrBox = { w: qr ? 128 : 0 };
  const textX = logoBox.x + (brand.logo ? logoBox.w + 16 : 0);
  const textWidth = x + width - pad - qrBox.w - (qr ? 12 : 0) - textX;
  const textHeight = BAND.height - 2 * pad;

  const lines = contactLines(brand, labels);
  const heading = { text: labels.contactHeading, bold: true };
  const size = fitLines(doc, [heading, ...lines], textWidth, textHeight);
  doc.fillColor(BRAND).font("Inter-Bold").fontSize(size);
  doc.text(heading.text, textX, top + pad, { width: textWidth, structParent: band, structType: "H2", lineGap: 0.6 });
  doc.fillColor(INK);
  const contact = doc.struct("P");
  band.add(contact);
  for (const line of lines) {
    doc.font(line.bold ? "Inter-Bold" : "Inter").fontSize(size);
    const draw = () => {
      if (line.keepWhole && line.label && line.value) {
        // An e-mail address is never broken across lines (a reader would copy half of it), so it
        // is drawn without pdfkit's line wrapper: with the label when both fit, otherwise on a line
        // of its own, set a little smaller if it is still too wide.
        const oneLine = doc.widthOfString(line.text) <= textWidth;
        if (!oneLine) doc.text(`${line.label}: `, textX, doc.y, { width: textWidth, lineGap: 0.6 });
        const value = oneLine ? line.text : line.value;
        const fits = Math.min(size, (0.98 * size * textWidth) / doc.widthOfString(value));
        const lineTop = doc.y;
        doc.fontSize(fits).text(value, textX, lineTop, { lineGap: 0.6, lineBreak: false });
        // Text drawn without the line wrapper leaves y where it was: move to the next line.
        doc.y = lineTop + doc.currentLineHeight(true) + 0.6;
        doc.fontSize(size);
      } else {
        doc.text(`${line.text} `, textX, doc.y, { width: textWidth, lineGap: 0.6 });
      }
    };
    if (line.link) {
      linkedText(doc, contact, line.link, line.text, { x: textX, width: Math.min(textWidth, doc.widthOfString(line.text)) }, draw);
    } else {
      const content = doc.markStructureContent("P");
      contact.add(content);
      draw();
      doc.endMarkedContent();
    }
  }
  contact.end();

  if (qr) {
    const qrX = x + width - pad - qrBox.w + (qrBox.w - qrSize) / 2;
    const qrY = top + pad;
    const figure = doc.struct("Figure", { alt: fill(labels.qrAlt, { url: brand.findOutMoreUrl ?? "" }) });
    band.add(figure);
    const content = doc.markStructureContent("Figure");
    figure.add(content);
    const n = qr.modules.size;
    const cell = qrSize / (n + 2);
    doc.rect(qrX, qrY, qrSize, qrSize).fill("#ffffff");
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        if (qr.modules.get(row, col)) doc.rect(qrX + (col + 1) * cell, qrY + (row + 1) * cell, cell, cell);
      }
    }
    doc.fill(INK);
    doc.endMarkedContent();
    figure.end();

    doc.font("Inter-Bold").fontSize(7.5).fillColor(INK);
    const labelY = qrY + qrSize + 5;
    doc.text(labels.findOutMore, x + width - pad - qrBox.w, labelY, { width: qrBox.w, align: "center", structParent: band, structType: "P" });
    doc.font("Inter").fontSize(6.5);
    const url = brand.findOutMoreUrl ?? "";
    const urlParagraph = doc.struct("P");
    band.add(urlParagraph);
    doc.y += 1;
    linkedText(doc, urlParagraph, url, `${labels.findOutMore}: ${displayUrl(url)}`, { x: x + width - pad - qrBox.w, width: qrBox.w }, () => {
      // Break long addresses anywhere so they never leave the box.
      doc.text(displayUrl(url).replace(/(.{26})/g, "$1\u200b"), x + width - pad - qrBox.w, doc.y, {
        width: qrBox.w,
        align: "center",
        height: top + BAND.height - pad - doc.y,
        ellipsis: true,
      });
    });
    urlParagraph.end();
  }
  band.end();
}

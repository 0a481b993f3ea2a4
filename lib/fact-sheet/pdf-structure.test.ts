import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkPdfStructure, outline } from "@/test/pdf-structure";
import { DEMO_BRAND } from "./demo-brand";
import { factSheetPdf, type BrandProfileRow, type SheetChoice } from "./index";

// PDF/UA-1 structure of the branded fact sheet, checked by walking the PDF's objects
// (test/pdf-structure.ts) and, as a second witness, by poppler's `pdfinfo -struct`.

const dir = mkdtempSync(path.join(tmpdir(), "micsig-pdfua-"));
const BEFORE_FIX = "test/fixtures/fact-sheet-before-pdfua-fix.pdf";

async function variant(choice: SheetChoice, withLogo: boolean, includeQr: boolean) {
  const png = withLogo ? await sharp({ create: { width: 600, height: 200, channels: 4, background: "#b3135a" } }).png().toBuffer() : null;
  const profile: BrandProfileRow = { ...DEMO_BRAND, logoPng: png ? new Uint8Array(png) : null, logoWidth: png ? 600 : null, logoHeight: png ? 200 : null, version: 1 };
  const id = `pdfua-${choice}-${withLogo}-${includeQr}`;
  const { bytes } = await factSheetPdf({ organisationId: id, organisationName: "Demo College", profile, choice, includeQr, now: new Date("2026-11-27T10:00:00Z") });
  const file = path.join(dir, `${id}.pdf`);
  writeFileSync(file, bytes);
  return { bytes, file };
}

describe("the branded fact sheet's structure (PDF/UA-1)", () => {
  for (const choice of ["en", "cy", "bilingual"] as const) {
    for (const withLogo of [true, false]) {
      for (const includeQr of [true, false]) {
        it(`passes for ${choice}, ${withLogo ? "with" : "without"} a logo, ${includeQr ? "with" : "without"} the QR code`, async () => {
          const { bytes, file } = await variant(choice, withLogo, includeQr);
          const report = await checkPdfStructure(bytes);
          expect(report.problems, outline(report.tree).join("\n")).toEqual([]);
          const pages = choice === "bilingual" ? 2 : 1;
          // Links: the e-mail address and website on each page, and the QR code's address.
          expect(report.links).toBe(pages * (2 + (includeQr ? 1 : 0)));
          expect(report.figures).toBe(pages * ((withLogo ? 1 : 0) + (includeQr ? 1 : 0)));
          // Each language's page is marked with its language; the document with the first one.
          const sections = report.tree.children[0]!.children.map((s) => s.lang);
          expect(sections).toEqual(choice === "bilingual" ? ["cy-GB", "en-GB"] : [choice === "cy" ? "cy-GB" : "en-GB"]);
          expect(report.lang).toBe(sections[0]);

          // The second witness: poppler reads lists inside L and every link as a Link element.
          const struct = execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8" });
          const lines = struct.split("\n");
          lines.forEach((line, i) => {
            if (/^\s*LI\b/.test(line)) expect(lines.slice(0, i).reverse().find((l) => l.search(/\S/) < line.search(/\S/))?.trim(), line).toMatch(/^L\b/);
          });
          expect(lines.filter((l) => /^\s*Link\b/.test(l))).toHaveLength(report.links);
        });
      }
    }
  }

  it("fails on the sheet as it was before the fix (lists without L, links outside the tree)", async () => {
    const report = await checkPdfStructure(readFileSync(BEFORE_FIX));
    expect(report.problems).toEqual(
      expect.arrayContaining([
        "an LI sits in Sect, not in an L",
        "a link annotation is not in the structure tree, not by a Link element",
        "a link annotation has no /StructParent",
        "a link annotation has no alternate text (/Contents)",
      ]),
    );
    expect(execFileSync("pdfinfo", ["-struct", BEFORE_FIX], { encoding: "utf8" })).not.toMatch(/^\s*Link\b/m);
  });

  it("the check itself catches untagged text, a Figure without alt text and a skipped heading level", async () => {
    const doc = new PDFDocument({ tagged: true, lang: "en-GB", autoFirstPage: false, pdfVersion: "1.7" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on("end", resolve));
    doc.addPage();
    const root = doc.struct("Document");
    doc.addStructure(root);
    root.add(doc.struct("H1", {}, () => doc.text("Title")));
    root.add(doc.struct("H3", {}, () => doc.text("Skipped a level")));
    root.add(doc.struct("Figure", {}, () => doc.rect(10, 10, 20, 20).fill("#000")));
    doc.text("Drawn outside the tree");
    root.end();
    doc.end();
    await ended;
    const { problems } = await checkPdfStructure(new Uint8Array(Buffer.concat(chunks)));
    expect(problems).toEqual(
      expect.arrayContaining([
        "a heading skips from H1 to H3",
        "a Figure has no /Alt",
        "text is drawn outside the structure tree without being marked as an artifact",
      ]),
    );
  });
});

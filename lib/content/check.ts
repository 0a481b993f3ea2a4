import { readFileSync } from "node:fs";
import path from "node:path";
import { anchors, FACT_SHEET_SECTIONS, FAQ_CATEGORIES, WEBINAR_SERIES } from "@/lib/vocabulary";
import { checkChoices } from "./enum-check";
import { appRoutes, documentPaths, headerLine, readContent, type ContentFile } from "./files";
import { extractHeadings, slugify } from "./slug";

/**
 * Checks on the content that the schema cannot express: internal links and anchors, images
 * without alt text, and English/Welsh pairs. Every finding names the file and line.
 */

export type Finding = { level: "error" | "warning"; file: string; line: number; message: string };

/**
 * Every public document exists in Welsh as well as English (the group is funded in Wales): a missing
 * translation is an error, a Welsh text older than its English one a warning.
 */
export function welshPath(folder: string, slug: string) {
  return `content/${folder}/cy/${slug}.mdx`;
}

type Target = { anchors?: Set<string> };

/** Every public path and the anchors it is known to have. */
function siteMap(root: string, docs: ContentFile[]): Map<string, Target> {
  const map = new Map<string, Target>();
  const english = docs.filter((d) => d.locale === "en");
  const anchorsOf = (d: ContentFile) => new Set(extractHeadings(d.body).map((h) => h.id));
  const byPath = new Map(english.map((d) => [`/${d.folder}/${d.slug}`, d]));
  // Links may point into the signed-in areas too (e.g. "sign in to /provider"), so every route counts.
  for (const route of appRoutes(root)) {
    if (route.includes("[")) {
      for (const p of documentPaths(docs, route)) map.set(p, { anchors: anchorsOf(byPath.get(p)!) });
      continue;
    }
    const slug = route.slice(1);
    const page = english.find((d) => d.folder === "pages" && d.slug === slug);
    map.set(route, page ? { anchors: anchorsOf(page) } : {});
  }
  const faqs = map.get("/faqs");
  if (faqs) {
    faqs.anchors = new Set([
      ...english.filter((d) => d.folder === "faqs").map((d) => slugify(d.slug)),
      ...FAQ_CATEGORIES.map(anchors.faqCategory),
    ]);
  }
  const sheet = english.find((d) => d.folder === "fact-sheet");
  const factSheet = map.get("/fact-sheet");
  if (factSheet && sheet) {
    const sections = (sheet.data.sections as Array<{ id: string }> | undefined) ?? [];
    factSheet.anchors = new Set(sections.map((s) => anchors.factSheetSection(s.id)));
  }
  const webinars = map.get("/webinars");
  if (webinars) webinars.anchors = new Set(WEBINAR_SERIES.map(anchors.webinarSeries));
  return map;
}

const LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/**
 * The fact sheet's sections: each id once, in the order the branded PDF lays them out. (The
 * schema only checks that each id is one of them.) Names the line of the first id out of place.
 */
function checkSectionOrder(root: string, doc: ContentFile): Finding[] {
  const ids = ((doc.data.sections as Array<{ id?: unknown }> | undefined) ?? []).map((s) => String(s.id));
  const at = ids.findIndex((id, i) => id !== FACT_SHEET_SECTIONS[i]);
  if (at === -1 && ids.length === FACT_SHEET_SECTIONS.length) return [];
  const lines = readFileSync(path.join(root, doc.file), "utf8").split("\n");
  const idLines = lines.flatMap((l, i) => (/^\s*-\s*id:/.test(l) ? [i + 1] : []));
  const line = at === -1 ? (idLines.at(-1) ?? 1) : (idLines[at] ?? 1);
  const expected = FACT_SHEET_SECTIONS[at === -1 ? ids.length : at];
  const found = at === -1 ? "the list ends" : `found ${ids[at]}`;
  return [
    {
      level: "error",
      file: doc.file,
      line,
      message: `section ${(at === -1 ? ids.length : at) + 1} must be ${expected} (${found}); the sections are, in this order: ${FACT_SHEET_SECTIONS.join(", ")}`,
    },
  ];
}

/** Runs every check over the content of the project at `root`. */
export function checkContent(root: string): Finding[] {
  const docs = readContent(root);
  const findings: Finding[] = [];
  const site = siteMap(root, docs);

  for (const doc of docs) {
    const lines = doc.body.split("\n");
    lines.forEach((text, index) => {
      const line = doc.bodyStart + index;
      for (const m of text.matchAll(LINK)) {
        const [, bang, label, href = ""] = m;
        if (bang) {
          if (!label?.trim()) findings.push({ level: "error", file: doc.file, line, message: `image ${href} has no alt text: write it between the [ ]` });
          continue;
        }
        if (!href.startsWith("/") && !href.startsWith("#")) continue;
        const [rawPath = "", anchor] = href.split("#");
        const target = rawPath === "" ? `/${doc.folder === "pages" ? doc.slug : `${doc.folder}/${doc.slug}`}` : rawPath.replace(/^\/(cy|en)(?=\/|$)/, "") || "/";
        const page = site.get(target.replace(/\/+$/, "") || "/");
        if (!page) {
          findings.push({ level: "error", file: doc.file, line, message: `link to ${href}: no such page` });
        } else if (anchor && !page.anchors?.has(anchor)) {
          findings.push({ level: "error", file: doc.file, line, message: `link to ${href}: the page has no #${anchor}` });
        }
      }
      for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
        if (!/\balt\s*=\s*["'][^"']+["']/.test(m[0])) {
          findings.push({ level: "error", file: doc.file, line, message: "<img> without alt text" });
        }
      }
    });
  }

  findings.push(...checkChoices(root, docs));
  for (const doc of docs.filter((d) => d.folder === "fact-sheet")) {
    findings.push(...checkSectionOrder(root, doc));
    if (Boolean(doc.data.approvedBy) !== Boolean(doc.data.approvedOn)) {
      const field = doc.data.approvedBy ? "approvedBy" : "approvedOn";
      findings.push({ level: "error", file: doc.file, line: headerLine(root, doc.file, field), message: "approvedBy and approvedOn go together: give both (who approved the text, and when) or neither" });
    }
  }

  const key = (d: ContentFile) => `${d.folder}/${d.slug}`;
  const english = new Map(docs.filter((d) => d.locale === "en").map((d) => [key(d), d]));
  const welsh = new Map(docs.filter((d) => d.locale === "cy").map((d) => [key(d), d]));
  for (const [k, cy] of welsh) {
    const en = english.get(k);
    if (!en) {
      findings.push({ level: "error", file: cy.file, line: 1, message: `Welsh document without an English original (content/${cy.folder}/en/${cy.slug}.mdx)` });
      continue;
    }
    const enUpdated = String(en.data.updated ?? "");
    const cyUpdated = String(cy.data.updated ?? "");
    if (enUpdated && cyUpdated && cyUpdated < enUpdated) {
      findings.push({
        level: "warning",
        file: cy.file,
        line: headerLine(root, cy.file, "updated"),
        message: `Welsh text (updated ${cyUpdated}) is older than the English (updated ${enUpdated}): update the translation`,
      });
    }
  }
  for (const [k, en] of english) {
    if (!welsh.has(k)) {
      findings.push({ level: "error", file: en.file, line: 1, message: `needs a Welsh version at ${welshPath(en.folder, en.slug)} (every public page is published in English and Welsh)` });
    }
  }
  return findings;
}

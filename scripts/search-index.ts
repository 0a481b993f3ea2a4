// After `next build`: the site search index (Pagefind), from the prerendered HTML of every public
// page search engines may index, in English and in Welsh (two indexes, by each page's <html lang>).
// Only the page's content is indexed (<main data-pagefind-body>), never the header, menu or footer.
// Each page is given its type, for the results' filter. The index goes to public/pagefind.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { listPageText } from "../lib/content";
import { indexablePaths } from "../lib/content/files";
import { getMessages } from "../lib/i18n/messages";
import { searchType } from "../lib/search/types";

const appDir = path.join(".next", "server", "app");
const output = path.join("public", "pagefind");

/** /about in Welsh -> .next/server/app/cy/about.html; / -> en.html */
const htmlFile = (locale: "en" | "cy", p: string) => path.join(appDir, p === "/" ? `${locale}.html` : `${locale}${p}.html`);
const address = (locale: "en" | "cy", p: string) => (locale === "en" ? p : p === "/" ? "/cy" : `/cy${p}`);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
let pages = 0;
for (const locale of ["en", "cy"] as const) {
  // The lists rendered per request (they take filters) have no HTML here: their unfiltered text.
  for (const page of listPageText(locale, getMessages(locale))) {
    const type = searchType(page.path);
    const added = await index.addCustomRecord({ url: address(locale, page.path), content: page.text, language: locale, meta: { title: page.title, type }, filters: { type: [type] } });
    if (added.errors.length) throw new Error(`${address(locale, page.path)}: ${added.errors.join("; ")}`);
    pages++;
  }
}
const listed = new Set(listPageText("en", getMessages("en")).map((p) => p.path));
for (const p of indexablePaths(process.cwd()).filter((path) => !listed.has(path))) {
  for (const locale of ["en", "cy"] as const) {
    const type = searchType(p);
    if (!existsSync(htmlFile(locale, p))) throw new Error(`${htmlFile(locale, p)} is missing: is ${p} rendered per request? Add it to listPageText.`);
    const html = readFileSync(htmlFile(locale, p), "utf8").replace(
      /<main([^>]*)data-pagefind-body([^>]*)>/,
      (open) => `${open}<span data-pagefind-filter="type:${type}" data-pagefind-meta="type:${type}" hidden></span>`,
    );
    if (!html.includes("data-pagefind-filter")) throw new Error(`${htmlFile(locale, p)} has no <main data-pagefind-body>`);
    const added = await index.addHTMLFile({ url: address(locale, p), content: html });
    if (added.errors.length) throw new Error(`${address(locale, p)}: ${added.errors.join("; ")}`);
    pages++;
  }
}
rmSync(output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length) throw new Error(written.errors.join("; "));
await pagefind.close();
console.log(`Search: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms, written to ${output}.`);

/**
 * npm run content:new <type> "<title>" — writes a valid English document to start from, e.g.
 *   npm run content:new case-study "Short courses for care workers"
 * Then edit every field (see CONTENT.md) and run npm run content:check.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { welshPath } from "../lib/content/check";
import { slugify } from "../lib/content/slug";
import type { EducationProviderType, FaqCategory, Nation } from "../lib/vocabulary";

const today = new Date().toISOString().slice(0, 10);

const templates: Record<string, { folder: string; fields: (title: string) => Record<string, unknown>; body: string }> = {
  page: {
    folder: "pages",
    fields: (title) => ({ title, description: "One or two sentences for search results.", updated: today }),
    body: "## First section\n\nWrite the page here.\n",
  },
  faq: {
    folder: "faqs",
    fields: (title) => ({ question: title, category: "basics" satisfies FaqCategory, order: 99, updated: today }),
    body: "Write the answer here in one to three short paragraphs.\n",
  },
  "case-study": {
    folder: "case-studies",
    fields: (title) => ({
      title,
      description: "One or two sentences for search results.",
      provider: "Name of the college or university",
      nation: "wales" satisfies Nation,
      providerType: "college" satisfies EducationProviderType,
      themes: ["skills-strategy"],
      summary: "One sentence on what the provider did.",
      updated: today,
    }),
    body: "## What we know\n\nSay what the case study covers, in your own words.\n\n## Read the full case study\n\nSay where the full case study is published.\n",
  },
  webinar: {
    folder: "webinars",
    fields: (title) => ({
      title,
      description: "One or two sentences for search results.",
      date: today,
      series: "mic-sig",
      speakers: [{ name: "Speaker name", organisation: "Organisation" }],
      summary: "One sentence on what the webinar covered.",
      updated: today,
    }),
    body: "## About the webinar\n\nWhat it covered and who spoke.\n",
  },
  resource: {
    folder: "resources",
    fields: (title) => ({
      title,
      description: "One or two sentences for search results.",
      resourceType: "report",
      publisher: "Publisher",
      published: today,
      summary: "One sentence on what the document is.",
      updated: today,
    }),
    body: "What the document covers and where to find it.\n",
  },
  framework: {
    folder: "global-summary",
    fields: () => ({
      region: "Country or region",
      framework: "Name of the framework or policy",
      year: new Date().getFullYear(),
      sizeRule: "The credit or size rule, in one line",
      sourceTitle: "Who published the source",
      sourceUrl: "https://www.example.org/replace-with-the-source",
      lastReviewed: today,
    }),
    body: "One to three sentences on what the framework does.\n",
  },
  report: {
    folder: "reports",
    fields: (title) => ({
      title,
      description: "One or two sentences for search results.",
      status: "published",
      published: today,
      summary: "One or two sentences for the reports index.",
      respondents: "Who answered",
      updated: today,
    }),
    body: "## Background\n\nWrite the report here. Add `dataset:` and `<Figure id=\"…\" />` for charts (see CONTENT.md).\n",
  },
};

const [type, title] = process.argv.slice(2);
const template = type ? templates[type] : undefined;
if (!template || !title?.trim()) {
  console.error(`Usage: npm run content:new <type> "<title>"\nTypes: ${Object.keys(templates).join(", ")}`);
  process.exit(2);
}
const slug = slugify(title);
if (!slug) {
  console.error("The title needs at least one letter or number.");
  process.exit(2);
}
const file = path.join("content", template.folder, "en", `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists: choose another title or edit that file.`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `---\n${stringify(template.fields(title.trim()))}---\n\n${template.body}`);
console.log(`Wrote ${file}. Fill in every field, then run: npm run content:check`);
console.log(`Every page also needs its Welsh version: write ${welshPath(template.folder, slug)} with the same fields (content:check fails until it exists).`);

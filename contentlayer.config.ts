import {
  defineDocumentType,
  defineNestedType,
  makeSource,
  type ComputedFields,
} from "contentlayer2/source-files";
import {
  CASE_STUDY_THEMES,
  EDUCATION_PROVIDER_TYPES,
  FACT_SHEET_SECTIONS,
  FAQ_CATEGORIES,
  NATIONS,
  RESOURCE_TYPES,
  WEBINAR_SERIES,
} from "./lib/vocabulary";

/**
 * One document type per folder under `content/`. Every document lives at
 * `content/<folder>/<locale>/<slug>.mdx`; locale and slug are computed from that path,
 * so an English file and its Welsh translation share a file name.
 */

const LOCALES = ["en", "cy"] as const;

function pathParts(sourceFilePath: string) {
  // <folder>/<locale>/<slug>.mdx
  const [, locale, ...rest] = sourceFilePath.split("/");
  const slug = rest.join("/").replace(/\.mdx$/, "");
  if (!locale || !(LOCALES as readonly string[]).includes(locale)) {
    throw new Error(
      `${sourceFilePath}: the folder after the content type must be one of ${LOCALES.join(", ")}`,
    );
  }
  return { locale, slug };
}

const localised: ComputedFields = {
  locale: {
    type: "string",
    description: "Language of the document, from its folder (en or cy)",
    resolve: (doc) => pathParts(doc._raw.sourceFilePath).locale,
  },
  slug: {
    type: "string",
    description: "URL slug, from the file name",
    resolve: (doc) => pathParts(doc._raw.sourceFilePath).slug,
  },
};

const Source = defineNestedType(() => ({
  name: "Source",
  fields: {
    title: { type: "string", required: true, description: "What the source is" },
    url: { type: "string", required: true, description: "Public https address of the source" },
    lang: {
      type: "enum",
      options: ["en", "cy"],
      default: "en",
      required: false,
      description: "Language of the source's title (en unless the source itself is Welsh)",
    },
  },
}));

const common = {
  title: { type: "string", required: true, description: "Heading and <title> of the page" },
  description: {
    type: "string",
    required: true,
    description: "One or two sentences for search results and link previews",
  },
  updated: { type: "date", required: true, description: "When the text was last reviewed (YYYY-MM-DD)" },
  sources: {
    type: "list",
    of: Source,
    required: false,
    description: "Public sources for the facts on the page",
  },
} as const;

export const Page = defineDocumentType(() => ({
  name: "Page",
  filePathPattern: "pages/**/*.mdx",
  contentType: "mdx",
  fields: { ...common },
  computedFields: localised,
}));

const FactSheetSection = defineNestedType(() => ({
  name: "FactSheetSection",
  fields: {
    id: {
      type: "enum",
      required: true,
      options: [...FACT_SHEET_SECTIONS],
      description: "Stable name the branded PDF lays out by",
    },
    heading: { type: "string", required: true },
    paragraphs: { type: "list", of: { type: "string" }, required: true },
    bullets: { type: "list", of: { type: "string" }, required: false },
  },
}));

export const FactSheet = defineDocumentType(() => ({
  name: "FactSheet",
  filePathPattern: "fact-sheet/**/*.mdx",
  contentType: "mdx",
  fields: {
    ...common,
    version: {
      type: "string",
      required: true,
      description: "Content version printed on the branded PDF, e.g. 2025.1",
    },
    lead: { type: "string", required: true, description: "The locked one-paragraph description" },
    approvedBy: {
      type: "string",
      required: false,
      description: "Who approved this text as the group's own (leave out until it has been approved)",
    },
    approvedOn: { type: "date", required: false, description: "When it was approved (with approvedBy)" },
    sections: { type: "list", of: FactSheetSection, required: true },
  },
  computedFields: localised,
}));

export const Faq = defineDocumentType(() => ({
  name: "Faq",
  filePathPattern: "faqs/**/*.mdx",
  contentType: "mdx",
  fields: {
    question: { type: "string", required: true },
    category: {
      type: "enum",
      required: true,
      options: [...FAQ_CATEGORIES],
      description: "Group the question is listed under",
    },
    order: { type: "number", required: true, description: "Position within its category" },
    updated: common.updated,
    sources: common.sources,
  },
  computedFields: localised,
}));

export const CaseStudy = defineDocumentType(() => ({
  name: "CaseStudy",
  filePathPattern: "case-studies/**/*.mdx",
  contentType: "mdx",
  fields: {
    ...common,
    provider: { type: "string", required: true },
    nation: {
      type: "enum",
      required: true,
      options: [...NATIONS],
    },
    providerType: { type: "enum", required: true, options: [...EDUCATION_PROVIDER_TYPES] },
    themes: {
      type: "list",
      of: { type: "enum", options: [...CASE_STUDY_THEMES] },
      required: true,
      description: `Themes for the filter: ${CASE_STUDY_THEMES.join(", ")}`,
    },
    summary: { type: "string", required: true },
    published: {
      type: "date",
      required: false,
      description: "When the provider published the case study; leave it out when the date is not known",
    },
    featured: { type: "boolean", required: false, default: false },
  },
  computedFields: localised,
}));

const Speaker = defineNestedType(() => ({
  name: "Speaker",
  fields: {
    name: { type: "string", required: true },
    role: { type: "string", required: false },
    organisation: { type: "string", required: true },
  },
}));

const Publication = defineNestedType(() => ({
  name: "Publication",
  fields: {
    title: { type: "string", required: true },
    published: { type: "date", required: true },
  },
}));

export const Webinar = defineDocumentType(() => ({
  name: "Webinar",
  filePathPattern: "webinars/**/*.mdx",
  contentType: "mdx",
  fields: {
    ...common,
    date: { type: "date", required: true, description: "Day the webinar took place" },
    datePrecision: {
      type: "enum",
      options: ["day", "month"],
      default: "day",
      required: false,
      description: "Use month when only the month is known: the page then shows e.g. May 2024",
    },
    chair: { type: "string", required: false },
    speakers: { type: "list", of: Speaker, required: true },
    summary: { type: "string", required: true },
    series: { type: "enum", required: true, options: [...WEBINAR_SERIES] },
    organisers: {
      type: "list",
      of: { type: "string" },
      required: false,
      description: "Who organised it, as the source names them; leave out for MIC.SIG's own webinars (and QAA's for the enhancement project)",
    },
    recordingUrl: { type: "string", required: false },
    publications: { type: "list", of: Publication, required: false },
  },
  computedFields: localised,
}));

export const Resource = defineDocumentType(() => ({
  name: "Resource",
  filePathPattern: "resources/**/*.mdx",
  contentType: "mdx",
  fields: {
    ...common,
    resourceType: {
      type: "enum",
      required: true,
      options: [...RESOURCE_TYPES],
    },
    publisher: { type: "string", required: true },
    published: { type: "date", required: false, description: "Leave out when the date is not known" },
    summary: { type: "string", required: true },
    url: { type: "string", required: false, description: "Public https address, when there is one" },
    file: { type: "string", required: false, description: "Path under /public, when hosted here" },
  },
  computedFields: localised,
}));

export const Framework = defineDocumentType(() => ({
  name: "Framework",
  filePathPattern: "global-summary/**/*.mdx",
  contentType: "mdx",
  fields: {
    region: { type: "string", required: true, description: "Country or region" },
    framework: { type: "string", required: true, description: "Name of the framework or policy" },
    year: { type: "number", required: true },
    sizeRule: { type: "string", required: true, description: "Credit or size rule, in one line" },
    sourceTitle: { type: "string", required: true, description: "The source's own title, in English (it is marked as English on the Welsh page)" },
    sourceUrl: { type: "string", required: true },
    lastReviewed: { type: "date", required: true },
  },
  computedFields: localised,
}));

export const Report = defineDocumentType(() => ({
  name: "Report",
  filePathPattern: "reports/**/*.mdx",
  contentType: "mdx",
  fields: {
    ...common,
    status: {
      type: "enum",
      required: true,
      options: ["published", "closed"],
      description: "published: the report is here; closed: the survey has closed and no report is published",
    },
    published: { type: "date", required: false, description: "Publication date of the report" },
    datePrecision: { type: "enum", options: ["day", "month"], default: "day", required: false },
    closed: { type: "date", required: false, description: "For a survey still to report: the day it closed" },
    closedPrecision: {
      type: "enum",
      options: ["day", "day-month"],
      default: "day",
      required: false,
      description: "day-month when the source gives the closing day and month but not the year: the page then shows no year",
    },
    summary: { type: "string", required: true, description: "One or two sentences for the reports index" },
    respondents: { type: "string", required: true, description: "Who answered, e.g. 66 employers and 27 PSRBs" },
    dataset: {
      type: "string",
      required: false,
      description: "Folder under content/data holding the report's CSV files and dataset.json",
    },
    keyFindings: { type: "list", of: { type: "string" }, required: false },
  },
  computedFields: localised,
}));

export default makeSource({
  disableImportAliasWarning: true,
  contentDirPath: "content",
  contentDirExclude: ["messages", "data"],
  documentTypes: [Page, FactSheet, Faq, CaseStudy, Webinar, Resource, Framework, Report],
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  onMissingOrIncompatibleData: "fail",
});

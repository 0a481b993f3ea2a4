/**
 * The portal's shared vocabulary: every list of values that the content schema, the content
 * checks, `content:new`, the forms and the pages agree on, declared once, with one spelling per
 * value. Where the database needs another spelling, lib/organisations maps it (see nation.ts).
 *
 * This file imports nothing, so the content configuration, scripts and client components can all
 * use it.
 */

/** The nations, in the order the site lists them. */
export const NATIONS = ["wales", "scotland", "northern-ireland", "england"] as const;
export type Nation = (typeof NATIONS)[number];

/** Kinds of education provider a case study is about. */
export const EDUCATION_PROVIDER_TYPES = ["college", "university"] as const;
export type EducationProviderType = (typeof EDUCATION_PROVIDER_TYPES)[number];

/** Kinds of organisation that may register: an education provider, or another (e.g. a trainer). */
export const ORGANISATION_TYPES = [...EDUCATION_PROVIDER_TYPES, "other"] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** FAQ groups, in the order the FAQ page lists them. */
export const FAQ_CATEGORIES = ["basics", "employers", "providers", "quality"] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

/** Kinds of resource, in the order the resources page offers them as a filter. */
export const RESOURCE_TYPES = ["report", "article", "guide", "statement", "survey"] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Themes a case study can have (`themes:`); the case studies list filters by them. Names in the messages' `caseStudyThemes`. */
export const CASE_STUDY_THEMES = [
  "community-learning",
  "continuing-professional-development",
  "digital-skills",
  "health-and-care",
  "institutional-strategy",
  "meta-skills",
  "skills-strategy",
  "widening-access",
  "workforce-development",
] as const;
export type CaseStudyTheme = (typeof CASE_STUDY_THEMES)[number];

/** Webinar series, in the order the webinars page lists them. */
export const WEBINAR_SERIES = ["mic-sig", "enhancement-project"] as const;

/** Stable names of the fact sheet's sections: the branded PDF lays out by them. */
export const FACT_SHEET_SECTIONS = [
  "what-they-are",
  "employer-benefits",
  "levels-and-credit",
  "delivery",
  "cost",
  "working-with-providers",
] as const;

/** Page anchors, built one way wherever a heading is given an id or a link points at one. */
export const anchors = {
  factSheetSection: (id: string) => `fs-${id}`,
  faqCategory: (category: string) => `category-${category}`,
  webinarSeries: (series: string) => `series-${series}`,
};

/** The languages of the branded fact sheet a provider can download: English, Welsh, or both. */
export const SHEET_CHOICES = ["en", "cy", "bilingual"] as const;
export type SheetChoice = (typeof SHEET_CHOICES)[number];

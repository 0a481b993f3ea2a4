/**
 * The fields of the provider forms, in the order the forms show them. The action reads these
 * fields, the schema validates them (validation.ts checks it has exactly these keys), and the
 * form lists its errors in this order. Imports nothing, so client components can use it.
 */
export const ORGANISATION_FIELDS = ["name", "type", "nation", "website", "domains"] as const;

export const BRAND_PROFILE_FIELDS = [
  "contactName",
  "jobTitle",
  "email",
  "phone",
  "website",
  "address",
  "findOutMoreUrl",
  "organisationNameCy",
  "jobTitleCy",
  "addressCy",
  "publicContact",
] as const;

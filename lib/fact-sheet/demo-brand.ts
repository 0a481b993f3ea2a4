/**
 * The made-up Demo College's brand details: seeded by `npm run quickstart` and used by the fact
 * sheet tests and benchmark, so all three describe the same sheet.
 */
export const DEMO_BRAND = {
  contactName: "Rhian Evans",
  jobTitle: "Employer partnerships manager",
  email: "partnerships@example.ac.uk",
  phone: "029 2018 0000",
  website: "https://www.example.org/",
  addressLines: ["1 College Road", "Cardiff", "CF10 1AA"],
  findOutMoreUrl: "https://www.example.org/micro-credentials",
  logoAlt: "Demo College logo",
};

import type { Page } from "@playwright/test";

/** Fills the form as a provider would, for a micro-credential that can be published. */
export async function fillPublishable(page: Page, title: string, marker: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill(`Short online course on reading payroll data for small firms. ${marker}`);
  await page.getByLabel("Learning outcomes", { exact: true }).fill("Read a payroll report\nSpot common errors");
  await page.getByLabel("Title in Welsh").fill(`Darllen data cyflogres ${marker}`);
  await page.getByLabel("Description in Welsh").fill(`Cwrs byr ar-lein ar ddarllen data cyflogres i gwmnïau bach. ${marker}`);
  await page.getByLabel("Learning outcomes in Welsh").fill("Darllen adroddiad cyflogres\nSylwi ar wallau cyffredin");
  await page.getByRole("group", { name: "Framework" }).getByLabel("Scottish Credit and Qualifications Framework (SCQF)", { exact: true }).check();
  await page.getByLabel("Level", { exact: true }).fill("7");
  await page.getByLabel("Credits", { exact: true }).fill("10");
  await page.getByLabel("Hours of learning").fill("100");
  await page.getByRole("group", { name: "How it is taught" }).getByLabel("Online", { exact: true }).check();
  await page.getByRole("group", { name: "Pace" }).getByLabel("At your own pace", { exact: true }).check();
  await page.getByRole("group", { name: "Nation" }).getByLabel("Scotland", { exact: true }).check();
  await page.getByRole("group", { name: "Language of teaching" }).getByLabel("Bilingual (Welsh and English)", { exact: true }).check();
  await page.getByLabel("Assessment", { exact: true }).fill("An online test");
  await page.getByLabel("Quality assurance", { exact: true }).fill("Validated by the college's academic board");
  await page.getByRole("group", { name: "Counts towards an award" }).getByLabel("Stands alone", { exact: true }).check();
  await page.getByLabel("Learners can start at any time").check();
  await page.getByLabel("Price in pounds (optional)").fill("120");
  await page.getByLabel("Individual Training Account (Scotland)").check();
  await page.getByLabel("Booking web address (optional)").fill("https://www.example.org/payroll");
}

import { expect, type Page } from "@playwright/test";
import { linkIn, mailCount, waitForMail } from "./mail";

/** Signs in as a person would: asks for a link, opens it from the captured mail. */
export async function signIn(page: Page, email: string, locale: "en" | "cy" = "en") {
  const before = mailCount();
  await page.goto(locale === "cy" ? "/cy/sign-in" : "/sign-in");
  await page.getByLabel(locale === "cy" ? "Cyfeiriad e-bost" : "E-mail address").fill(email);
  await page.getByRole("button", { name: locale === "cy" ? "Anfon dolen mewngofnodi ataf" : "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "cy" ? "Gwiriwch eich e-bost" : "Check your e-mail");
  const mail = await waitForMail(email, before);
  const link = linkIn(mail);
  await page.goto(link);
  await expect(page).toHaveURL(locale === "cy" ? /\/cy\/provider$/ : /\/provider$/);
  return { mail, link };
}

/** A unique address per test run, so tests never depend on each other's data. */
export function uniqueEmail(local: string, domain: string) {
  return `${local}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@${domain}`;
}

/** From the provider home page, adds an organisation as its owner, as a person fills the form. */
export async function addOrganisation(page: Page, name: string, domain: string, type = "College", nation = "Wales") {
  await page.getByRole("link", { name: "Add an organisation" }).click();
  await page.getByLabel("Organisation name").fill(name);
  await page.getByRole("group", { name: "Type of organisation" }).getByLabel(type).check();
  await page.getByRole("group", { name: "Nation" }).getByLabel(nation).check();
  await page.getByLabel("E-mail domains your staff use").fill(domain);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** A new owner of a new, auto-approved (ac.uk) organisation, signed in on the provider home page. */
export async function newApprovedOwner(page: Page, name: string) {
  const domain = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now().toString(36)}.ac.uk`;
  const email = uniqueEmail("owner", domain);
  await signIn(page, email);
  await addOrganisation(page, name, domain);
  return { email, domain };
}

/** A new owner of an approved organisation with contact details and a "find out more" address. */
export async function brandedOwner(page: Page, name: string) {
  const owner = await newApprovedOwner(page, name);
  await page.getByRole("link", { name: "Contact details" }).click();
  await page.getByLabel("Contact name").fill("Gwenllïan Pŵer");
  await page.getByLabel("Contact e-mail address").fill("hello@example.ac.uk");
  await page.getByLabel('"Find out more" web address (optional)').fill("https://www.example.org/short-courses");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByRole("status")).toHaveText("Contact details saved.");
  return owner;
}

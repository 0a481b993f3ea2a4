import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addOrganisation, signIn, uniqueEmail } from "./auth";
import { AXE_TAGS } from "../test/axe";


async function axe(page: Page, url: string) {
  await page.goto(url);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the signed-in provider pages, with and without errors, pass axe in English and Welsh", async ({ page }) => {
  const domain = `axe-${Date.now().toString(36)}.ac.uk`;
  await signIn(page, uniqueEmail("owner", domain));
  const violations: string[] = [];
  violations.push(...(await axe(page, "/provider")), ...(await axe(page, "/cy/provider")));
  violations.push(...(await axe(page, "/provider/organisation/new")), ...(await axe(page, "/cy/provider/organisation/new")));

  await page.getByRole("button", { name: "Ychwanegu sefydliad" }).click();
  await expect(page.getByRole("heading", { name: "Mae problem" })).toBeVisible();
  violations.push(...(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `cy form errors ${v.id}`));

  await page.goto("/provider");
  await addOrganisation(page, "Axe College", domain);

  for (const url of ["/provider", "/cy/provider", "/provider/profile", "/cy/provider/profile", "/provider/logo", "/cy/provider/logo", "/provider/members", "/cy/provider/members"]) {
    violations.push(...(await axe(page, url)));
  }
  await page.goto("/provider/profile");
  await page.getByLabel("Contact name").fill("");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "There is a problem" }).locator("..")).toBeFocused();
  violations.push(...(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `profile errors ${v.id}`));
  await page.goto("/cy/provider/logo");
  await page.getByRole("button", { name: "Uwchlwytho logo" }).click();
  await expect(page.getByRole("heading", { name: "Mae problem" })).toBeVisible();
  violations.push(...(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `cy logo errors ${v.id}`));
  expect(violations).toEqual([]);
});

test("the error summary link moves focus to its field with the keyboard", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  const link = page.getByRole("link", { name: "Enter your e-mail address" });
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("E-mail address")).toBeFocused();
});

import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { STAFF_EMAIL } from "./accounts";
import { addOrganisation, brandedOwner, signIn, uniqueEmail } from "./auth";
import { AXE_TAGS } from "../test/axe";

const dir = mkdtempSync(path.join(tmpdir(), "micsig-e2e-pdf-"));


function pdfInfo(bytes: Buffer, name: string) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { info: execFileSync("pdfinfo", [file], { encoding: "utf8" }), text: execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }) };
}

test("an approved provider previews the sheet and downloads it in English, Welsh and both", async ({ page }) => {
  await brandedOwner(page, "Sheet College");
  await page.goto("/provider");
  await page.getByRole("link", { name: "Preview and download" }).click();
  const preview = page.locator(".sheet-preview");
  await expect(preview.getByRole("heading", { level: 2 })).toHaveText("Micro-credentials: a fact sheet for employers");
  await expect(preview.getByText("Gwenllïan Pŵer")).toBeVisible();
  await expect(preview.getByRole("img", { name: "QR code linking to https://www.example.org/short-courses" })).toBeVisible();

  await page.getByLabel("Cymraeg (Welsh)", { exact: true }).check();
  await page.getByRole("button", { name: "Update the preview" }).click();
  await expect(page).toHaveURL(/locale=cy/);
  await expect(preview.locator("article")).toHaveAttribute("lang", "cy");

  const slug = "sheet-college";
  for (const [choice, pages] of [["en", 1], ["cy", 1], ["bilingual", 2]] as const) {
    const language = page.getByRole("group", { name: "Language" });
    await (choice === "bilingual" ? language.getByLabel(/^Bilingual/) : language.getByLabel(choice === "en" ? "English" : "Cymraeg (Welsh)", { exact: true })).check();
    await page.getByRole("button", { name: "Update the preview" }).click();
    await expect(page).toHaveURL(new RegExp(`locale=${choice}`));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`micro-credentials-fact-sheet-${slug}-${choice}.pdf`);
    const bytes = Buffer.from(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)));
    const { info, text } = pdfInfo(bytes, `${choice}.pdf`);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    expect(text).toContain("Gwenllïan Pŵer");
    expect(text).toContain(choice === "en" ? "Contact us" : "Cysylltwch â ni");
  }

  const response = await page.request.get("/api/fact-sheet?locale=en");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="micro-credentials-fact-sheet-${slug}-en.pdf"`);
  const etag = response.headers()["etag"]!;
  const again = await page.request.get("/api/fact-sheet?locale=en", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect((await page.request.get("/api/fact-sheet?locale=fr")).status()).toBe(400);

  // The shareable page shows the same branded sheet to anyone, without the contact person's own
  // details until the organisation chooses to publish them.
  await page.getByRole("link", { name: new RegExp(`/fact-sheet/${slug}$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Micro-credentials: a fact sheet for employers, from Sheet College");
  await expect(page.getByText("Sheet College", { exact: true })).toBeVisible();
  await expect(page.getByText("Gwenllïan Pŵer")).toHaveCount(0);
  await expect(page.getByText("hello@example.ac.uk")).toHaveCount(0);
  await page.goto("/provider/profile");
  await page.getByLabel("Also show the contact person's name, job title, e-mail address and telephone number on the public page").check();
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByRole("status")).toHaveText("Contact details saved.");
  await page.goto(`/fact-sheet/${slug}`);
  await expect(page.getByText("Gwenllïan Pŵer")).toBeVisible();
  await expect(page.getByRole("link", { name: "hello@example.ac.uk" })).toBeVisible();
  const violations = (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id);
  await page.goto(`/cy/fact-sheet/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  violations.push(...(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `cy ${v.id}`));
  for (const url of ["/provider/fact-sheet", "/cy/provider/fact-sheet?locale=bilingual"]) {
    await page.goto(url);
    violations.push(...(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${url} ${v.id}`));
  }
  expect(violations).toEqual([]);
});

test("downloads answer 401 signed out and 403 for a pending organisation, whose page says why", async ({ page, browser }) => {
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/api/fact-sheet?locale=en")).status()).toBe(401);
  await anonymous.close();

  const domain = `pending-${Date.now().toString(36)}.example`;
  await signIn(page, uniqueEmail("owner", domain));
  expect((await page.request.get("/api/fact-sheet?locale=en")).status()).toBe(403);
  await addOrganisation(page, "Pending Training", domain, "Other", "England");
  expect((await page.request.get("/api/fact-sheet?locale=en")).status()).toBe(403);
  await page.goto("/provider/fact-sheet");
  await expect(page.getByRole("note")).toHaveText("You can download the fact sheet once the group's staff have approved your organisation.");
  await expect(page.getByRole("button", { name: "Download the PDF" })).toHaveCount(0);
  expect((await page.goto("/fact-sheet/pending-training"))?.status()).toBe(404);
});

test("staff see who downloads the fact sheet", async ({ page, browser }) => {
  const provider = await browser.newContext();
  const p = await provider.newPage();
  await brandedOwner(p, "Counted College");
  expect((await p.request.get("/api/fact-sheet?locale=cy")).status()).toBe(200);
  await provider.close();
  await signIn(page, STAFF_EMAIL);
  await page.goto("/staff/organisations?q=Counted+College");
  await page.getByRole("link", { name: "Counted College" }).first().click();
  await expect(page.getByText(/^1 in all \(Welsh: 1\); the last on /)).toBeVisible();
});

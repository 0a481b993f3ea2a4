import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { brandedOwner, newApprovedOwner } from "./auth";

// What an officer downloads is always what the form shows at that moment: the language chosen and
// the QR choice, with or without "Update the preview" first, with and without JavaScript.

const dir = mkdtempSync(path.join(tmpdir(), "micsig-e2e-choices-"));

async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the PDF" }).click()]);
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  const target = path.join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  writeFileSync(target, bytes);
  return {
    name: file.suggestedFilename(),
    text: execFileSync("pdftotext", ["-enc", "UTF-8", target, "-"], { encoding: "utf8" }),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [target], { encoding: "utf8" }))?.[1]),
  };
}

const language = (page: Page, label: RegExp | string) =>
  page.getByRole("group", { name: "Language" }).getByLabel(label, typeof label === "string" ? { exact: true } : undefined);
const qrBox = (page: Page) => page.getByLabel('Include a QR code to my "find out more" web address');

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`the download is in the language chosen, without updating the preview first (${how})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const slug = `choice-college-${javaScriptEnabled ? "js" : "nojs"}`;
    await brandedOwner(page, `Choice College ${javaScriptEnabled ? "JS" : "NoJS"}`);
    await page.goto("/provider/fact-sheet");

    await language(page, "Cymraeg (Welsh)").check();
    const welsh = await download(page);
    expect(welsh.name).toBe(`micro-credentials-fact-sheet-${slug}-cy.pdf`);
    expect(welsh.text).toContain("Cysylltwch â ni");
    expect(welsh.text).not.toContain("Contact us");

    await language(page, /^Bilingual/).check();
    const both = await download(page);
    expect(both.name).toBe(`micro-credentials-fact-sheet-${slug}-bilingual.pdf`);
    expect(both.pages).toBe(2);

    await language(page, "English").check();
    const english = await download(page);
    expect(english.text).toContain("Contact us");
    await context.close();
  });

  test(`the QR code choice survives "Update the preview" and reaches the download in every language (${how})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await brandedOwner(page, `QR College ${javaScriptEnabled ? "JS" : "NoJS"}`);
    await page.goto("/provider/fact-sheet");
    const qrImage = page.locator(".sheet-preview").getByRole("img", { name: /^(QR code linking to|Cod QR yn cysylltu â) / });

    await expect(qrBox(page)).toBeChecked();
    await language(page, "Cymraeg (Welsh)").check();
    await page.getByRole("button", { name: "Update the preview" }).click();
    // On a narrow screen the page lands on the preview, not the top.
    await expect(page).toHaveURL(/locale=cy.*#preview$/);
    await expect(qrBox(page)).toBeChecked();
    await expect(qrImage).toHaveCount(1);
    expect((await download(page)).text).toContain("Rhagor o wybodaeth");

    await qrBox(page).uncheck();
    await page.getByRole("button", { name: "Update the preview" }).click();
    await expect(qrBox(page)).not.toBeChecked();
    await expect(qrImage).toHaveCount(0);
    expect((await download(page)).text).not.toContain("Rhagor o wybodaeth");

    await qrBox(page).check();
    await language(page, /^Bilingual/).check();
    await page.getByRole("button", { name: "Update the preview" }).click();
    await expect(qrBox(page)).toBeChecked();
    await expect(qrImage).toHaveCount(2);
    const both = await download(page);
    expect(both.text).toContain("Rhagor o wybodaeth");
    expect(both.text).toContain("Find out more");
    await context.close();
  });
}

test("downloading a sheet with no contact details asks first", async ({ page }) => {
  await newApprovedOwner(page, "Empty Contact College");
  await page.goto("/provider/fact-sheet");
  await page.getByRole("button", { name: "Download the PDF" }).click();
  const question = page.getByRole("alert").filter({ hasText: "Your sheet has no contact details yet" });
  await expect(question).toBeVisible();
  await expect(question.getByRole("link", { name: "Add contact details" })).toHaveAttribute("href", "/provider/profile");
  const [file] = await Promise.all([page.waitForEvent("download"), question.getByRole("link", { name: "Download without contact details" }).click()]);
  expect(file.suggestedFilename()).toBe("micro-credentials-fact-sheet-empty-contact-college-en.pdf");
});

test("on the Welsh page the downloaded file has a Welsh name", async ({ page }) => {
  await brandedOwner(page, "Coleg Enw Ffeil");
  await page.goto("/cy/provider/fact-sheet");
  await page.getByRole("group", { name: "Iaith" }).getByLabel("Cymraeg", { exact: true }).check();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lawrlwytho'r PDF" }).click()]);
  expect(file.suggestedFilename()).toBe("taflen-ffeithiau-micro-gymwysterau-coleg-enw-ffeil-cymraeg.pdf");
});

test("the logo step works without JavaScript: upload, description and the browser's own file control", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await brandedOwner(page, "Coleg Heb Sgript");
  await page.goto("/cy/provider/logo");
  const png = await sharp({ create: { width: 300, height: 100, channels: 4, background: "#b3135a" } }).png().toBuffer();
  await page.getByLabel("Ffeil y logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("Disgrifiad o'r logo (dewisol)").fill("Logo Coleg Heb Sgript");
  await page.getByRole("button", { name: "Uwchlwytho logo" }).click();
  await expect(page.getByRole("status")).toHaveText("Logo wedi'i gadw.");
  await expect(page.getByRole("img", { name: "Logo Coleg Heb Sgript" })).toBeVisible();
  await context.close();
});

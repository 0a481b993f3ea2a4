import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AXE_TAGS } from "../test/axe";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brandedOwner, newApprovedOwner } from "./auth";
import { fillPublishable } from "./directory-form";

/** A word no other test's micro-credentials contain, to find this test's own in the directory. */
const word = () => `zx${Date.now().toString(36)}`;

async function violations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a provider publishes a micro-credential; it is in the directory in both languages, in the open data and in the page's JSON-LD, and leaves the lists when withdrawn", async ({ page, request }) => {
  const marker = word();
  const title = `Reading payroll data ${marker}`;
  await newApprovedOwner(page, "Payroll College");
  await page.getByRole("link", { name: "Your micro-credentials" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your micro-credentials");
  await page.getByRole("link", { name: "Add a micro-credential" }).click();

  // Hours that disagree with the credits are a warning on the saved draft, not an error.
  await fillPublishable(page, title, marker);
  await page.getByLabel("Hours of learning").fill("40");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Draft saved. You can publish it when every required detail is there.");
  await expect(page.getByText("10 credits is usually about 100 hours of learning. Check the credits and the hours.")).toBeVisible();
  await page.getByLabel("Hours of learning").fill("100");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published. It is now in the directory.");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) })).toContainText("Published");

  // The directory finds it by a word in its description, with its facets counted.
  await page.goto(`/micro-credentials?q=${marker}`);
  await expect(page.getByRole("heading", { name: "Micro-credentials found: 1" })).toBeVisible();
  await expect(page.getByLabel("Nation")).toContainText("Scotland (1)");
  await expect(page.getByLabel("Level (EQF)")).toContainText("EQF level 5 (CQFW, RQF and FHEQ 4, 5; SCQF 7, 8) (1)");
  await expect(page.getByLabel("Funding scheme")).toContainText("Individual Training Account (Scotland) (1)");
  // Filters are a GET form: the choice is in the address, and a filter that excludes it shows none.
  await page.getByLabel("How it is taught").selectOption("online");
  await page.getByRole("button", { name: "Show micro-credentials" }).click();
  await expect(page).toHaveURL(/mode=online/);
  await expect(page.getByRole("heading", { name: "Micro-credentials found: 1" })).toBeVisible();
  await page.goto(`/micro-credentials?q=${marker}&mode=in-person`);
  await expect(page.getByRole("heading", { name: "Micro-credentials found: 0" })).toBeVisible();

  await page.goto(`/micro-credentials?q=${marker}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("SCQF level 7: about the level of an Advanced Higher or an HNC, the first year of a degree.")).toBeVisible();
  await expect(page.getByText("10 credits is about 100 hours of learning, including study on your own and assessment. That is 5 ECTS credits in Europe.")).toBeVisible();
  const course = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t)).find((d) => d["@type"] === "Course");
  expect(course).toMatchObject({
    name: title,
    numberOfCredits: 10,
    educationalLevel: "SCQF level 7",
    provider: { "@type": "Organization", name: "Payroll College" },
    educationalCredentialAwarded: { "@type": "EducationalOccupationalCredential", educationalLevel: "SCQF level 7" },
    hasCourseInstance: [{ "@type": "CourseInstance", courseMode: ["online", "asynchronous"], courseWorkload: "PT100H" }],
    offers: { "@type": "Offer", price: "120.00", priceCurrency: "GBP", url: "https://www.example.org/payroll" },
  });
  const detailPath = new URL(page.url()).pathname;

  // The same in Welsh, from the Welsh directory.
  await page.goto(`/cy/micro-credentials?q=${marker}`);
  await expect(page.getByRole("heading", { name: "Micro-gymwysterau a ganfuwyd: 1" })).toBeVisible();
  await page.getByRole("link", { name: `Darllen data cyflogres ${marker}` }).click();
  await expect(page).toHaveURL(new RegExp(`/cy${detailPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Darllen data cyflogres ${marker}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  // A screen reader reads the provider's own words (one box, in English) as English, and this site's
  // Welsh words as Welsh.
  const languageOf = (text: string) => page.getByText(text, { exact: true }).evaluateAll((all) => all.map((e) => e.closest("[lang]")?.getAttribute("lang")));
  expect(await languageOf("An online test")).toEqual(["en"]);
  expect(await languageOf("Ar-lein")).toEqual(["cy", "cy"]);
  expect(await languageOf("Yn sefyll ar ei ben ei hun")).toEqual(["cy"]);
  // Welsh words are found whichever mutated form is typed: "cyflogres" as "gyflogres", "data" as "ddata".
  await page.goto(`/cy/micro-credentials?q=${encodeURIComponent(`ddata gyflogres ${marker}`)}`);
  await expect(page.getByRole("heading", { name: "Micro-gymwysterau a ganfuwyd: 1" })).toBeVisible();

  // Open data: the CSV and JSON files and the feed carry it.
  const csv = await (await request.get("/micro-credentials.csv")).text();
  expect(csv.split("\r\n")[0]).toContain("url,status,title,title_cy");
  expect(csv).toContain(title);
  const json = (await (await request.get("/micro-credentials.json")).json()) as { records: Record<string, unknown>[] };
  expect(json.records.find((r) => r.title === title)).toMatchObject({ status: "published", framework: "scqf", level: "7", eqf_level: 5, credits: 10, ects_credits: 5, price_gbp: "120.00", funding_schemes: ["ita-scotland"] });
  expect(await (await request.get("/micro-credentials/feed.xml")).text()).toContain(title);
  // Search engines find it through the directory's sitemap, named in robots.txt.
  expect(await (await request.get("/robots.txt")).text()).toMatch(/^Sitemap: \S+\/directory-sitemap\.xml$/m);
  const sitemap = await (await request.get("/directory-sitemap.xml")).text();
  expect(sitemap).toContain(`${detailPath}</loc>`);
  expect(sitemap).toContain(`/cy${detailPath}</loc>`);

  // Withdrawn: out of the directory, its page still there and marked, its record marked.
  await page.goto("/provider/micro-credentials");
  await page.getByRole("button", { name: `Withdraw ${title}` }).click();
  await expect(page.getByRole("status")).toHaveText("Withdrawn. Its page stays at the same address, marked as no longer offered.");
  await page.goto(`/micro-credentials?q=${marker}`);
  await expect(page.getByRole("heading", { name: "Micro-credentials found: 0" })).toBeVisible();
  await page.goto(detailPath);
  await expect(page.getByText("Payroll College no longer offers this micro-credential.", { exact: false })).toBeVisible();
  const after = (await (await request.get("/micro-credentials.json")).json()) as { records: Record<string, unknown>[] };
  expect(after.records.find((r) => r.title === title)).toMatchObject({ status: "withdrawn" });
  expect(await (await request.get("/directory-sitemap.xml")).text()).not.toContain(`${detailPath}</loc>`);
});

test("the form refuses bad input with an error summary, and another organisation's micro-credential is not found", async ({ page, browser }) => {
  await newApprovedOwner(page, "Careful College");
  await page.goto("/provider/micro-credentials/new");
  await page.getByRole("button", { name: "Save and publish" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  // Everything publication needs is listed at once, in the order of the form (the awarding body and
  // the nation start as the organisation's).
  await expect(summary.getByRole("link")).toHaveText([
    "Enter a title",
    "Enter a description",
    "Enter at least one learning outcome",
    "Enter the title, description and learning outcomes in Welsh, or say why there is no Welsh description",
    "Select the framework",
    "Enter the level",
    "Enter the credits",
    "Enter the hours of learning",
    "Select how it is taught",
    "Select the pace",
    "Select the language of teaching",
    "Enter how it is assessed",
    "Enter how its quality is assured",
    "Enter at least one start date, or tick that learners can start at any time",
  ]);

  await fillPublishable(page, "Payroll <script>alert(1)</script>", word());
  await page.getByLabel("Level", { exact: true }).fill("13");
  await page.getByLabel("Booking web address (optional)").fill("http://www.example.org/payroll");
  await page.getByLabel("Learners can start at any time").uncheck();
  await page.getByLabel("Start dates").fill("2020-01-06");
  await page.getByLabel("Price in pounds (optional)").fill("-5");
  await page.getByRole("button", { name: "Save and publish" }).click();
  for (const message of [
    "Title must not contain markup such as < followed by a letter, or hidden characters",
    "Enter a level that exists in the framework you chose",
    "Start dates must be today or later",
    "Enter a price in pounds between 0 and 20,000, like 250 or 249.99",
    "Enter a web address starting with https://",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  // The link in the summary takes the reader to the field.
  await summary.getByRole("link", { name: "Enter a level that exists in the framework you chose" }).click();
  await expect(page.getByLabel("Level", { exact: true })).toBeFocused();
  expect(await violations(page, "form errors")).toEqual([]);

  // Saved as a draft, its address is this organisation's alone.
  await fillPublishable(page, "Private draft", word());
  await page.getByLabel("Start dates").fill("");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved.");
  const draftUrl = page.url().replace(/\?.*$/, "");
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await newApprovedOwner(stranger, "Other College");
  const response = await stranger.goto(draftUrl);
  expect(response?.status()).toBe(404);
  await other.close();
});

test("the directory pages pass axe in English and Welsh, and work at phone width", async ({ page }) => {
  const marker = word();
  await newApprovedOwner(page, "Axe Directory College");
  await page.goto("/provider/micro-credentials/new");
  await fillPublishable(page, `Axe payroll ${marker}`, marker);
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published. It is now in the directory.");
  await page.goto(`/micro-credentials?q=${marker}`);
  await page.getByRole("link", { name: `Axe payroll ${marker}` }).click();
  const detail = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Axe Directory College" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Micro-credentials from Axe Directory College");
  const provider = new URL(page.url()).pathname;

  await page.goto("/provider/micro-credentials");
  await page.getByRole("link", { name: `Axe payroll ${marker}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit Axe payroll ${marker}`);
  const edit = new URL(page.url()).pathname;

  const found: string[] = [];
  for (const path of ["/micro-credentials", `/micro-credentials?q=${marker}`, "/micro-credentials?q=nothing-matches-this", detail, provider, "/provider/micro-credentials", "/provider/micro-credentials/new", edit, "/provider/micro-credentials/import"]) {
    for (const prefix of ["", "/cy"]) {
      await page.goto(`${prefix}${path}`);
      found.push(...(await violations(page, `${prefix}${path}`)));
    }
  }
  expect(found).toEqual([]);

  // At 375 px nothing runs off the side of the page.
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of [`/micro-credentials?q=${marker}`, detail, `/cy${detail}`, `/cy/micro-credentials?q=${marker}`, "/provider/micro-credentials/new", "/cy/provider/micro-credentials", "/cy/provider/micro-credentials/import"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});

test("a provider imports micro-credentials from CSV: a file with a problem saves nothing and says which row, a good one saves every row", async ({ page }) => {
  await newApprovedOwner(page, "Import College");
  await page.goto("/provider/micro-credentials");
  await page.getByRole("link", { name: "Import from a CSV file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import micro-credentials from a CSV file");
  const template = await (await page.request.get("/provider/micro-credentials/template.csv")).text();
  const [header, ...rows] = template.replace(/^\uFEFF/, "").trim().split("\r\n");
  // The page documents every column of the template, in order, with the codes a column takes.
  const guide = page.getByRole("region", { name: "What each column holds" });
  await expect(guide.getByRole("term")).toHaveText(header!.split(","));
  const funding = guide.getByRole("definition").filter({ hasText: "Funding schemes it is eligible for" });
  await expect(funding).toContainText("Separate several codes with commas.");
  await expect(funding.getByRole("listitem").filter({ hasText: "pla-wales" })).toHaveText("pla-wales Personal Learning Account (Wales)");

  // Row 3 starts a cell with a formula, as a spreadsheet would run it.
  const poisoned = [header, rows[0], rows[1]!.replace("Introduction to heat pump installation", "=HYPERLINK(\"https://evil.example\")"), rows[2]].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "courses.csv", mimeType: "text/csv", buffer: Buffer.from(poisoned) });
  await page.getByRole("button", { name: "Check and import" }).click();
  const report = page.getByRole("alert");
  await expect(report.getByRole("heading", { name: "Nothing was imported. Fix these rows and import the file again:" })).toBeVisible();
  await expect(report.getByRole("region", { name: "Row 3" })).toContainText("The title cell starts like a spreadsheet formula");
  expect(await violations(page, "import report")).toEqual([]);

  // The wrong columns are named.
  await page.getByLabel("CSV file").setInputFiles({ name: "courses.csv", mimeType: "text/csv", buffer: Buffer.from("title,colour\r\nA,red\r\n") });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: /The file's columns do not match the template\. Missing: reference, title_cy/ })).toBeVisible();

  // A file of 15 MB (more than Next keeps of a body it copies for the proxy) reaches the check whole.
  const long = rows.find((row) => row.includes("For team leaders"))!.replace("For team leaders", "x".repeat(15 * 1024 * 1024));
  await page.getByLabel("CSV file").setInputFiles({ name: "courses.csv", mimeType: "text/csv", buffer: Buffer.from([header, long].join("\r\n")) });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByRole("alert").getByRole("region", { name: "Row 2" })).toContainText("Description must be 3,000 characters or fewer");

  // A file over 20 MB is refused as it arrives, before any of it is checked.
  await page.getByLabel("CSV file").setInputFiles({ name: "courses.csv", mimeType: "text/csv", buffer: Buffer.alloc(21 * 1024 * 1024, "a") });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "The file must be 20 MB or smaller" })).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles({ name: "courses.csv", mimeType: "text/csv", buffer: Buffer.from(template) });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported: 3 added as drafts and 0 changed.");
  await page.goto("/provider/micro-credentials");
  for (const title of ["Leading hybrid teams", "Introduction to heat pump installation", "Using data in care management"]) {
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) })).toContainText("Draft");
  }
  // The export holds them, in the same columns, ready to edit and import again.
  const exported = await (await page.request.get("/provider/micro-credentials/export.csv")).text();
  expect(exported.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(header);
  expect(exported).toContain("Leading hybrid teams");
});

test("the branded fact sheet's QR code can lead to the organisation's page in the directory", async ({ page }) => {
  await brandedOwner(page, "QR Directory College");
  await page.goto("/provider/micro-credentials/new");
  await fillPublishable(page, `QR payroll ${word()}`, word());
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published. It is now in the directory.");

  await page.goto("/provider/fact-sheet");
  await page.getByRole("group", { name: "Where the QR code leads" }).getByLabel("Your micro-credentials in the MIC.SIG directory").check();
  await page.getByRole("button", { name: "Update the preview" }).click();
  await expect(page).toHaveURL(/qrTo=directory/);
  const link = page.locator(".sheet-qr a").first();
  const href = (await link.getAttribute("href"))!;
  expect(new URL(href).pathname).toMatch(/^\/micro-credentials\/providers\/qr-directory-college/);
  // The page it leads to lists what the organisation published.
  await page.goto(new URL(href).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Micro-credentials from QR Directory College");

  await page.goto("/provider/fact-sheet?locale=en&qr=0&qr=1&qrTo=directory");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the PDF" }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "micsig-e2e-qr-")), "sheet.pdf");
  await download.saveAs(file);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/[\s\u200b]+/g, "");
  expect(text).toContain(`micro-credentials/providers/${new URL(href).pathname.split("/").pop()}`);
});

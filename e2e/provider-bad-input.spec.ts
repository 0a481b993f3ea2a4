import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { claimedPng } from "../test/images";
import { newApprovedOwner, signIn, uniqueEmail } from "./auth";

/** Signs in a new owner of a new auto-approved organisation and opens the brand profile. */
async function ownerOnProfile(page: Page, name: string) {
  await newApprovedOwner(page, name);
  await page.getByRole("link", { name: "Contact details" }).click();
  await page.getByLabel("Contact name").fill("Original Name");
  await page.getByLabel("Contact e-mail address").fill("original@example.ac.uk");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByRole("status")).toHaveText("Contact details saved.");
}

async function expectUnchanged(page: Page) {
  await page.goto("/provider/profile");
  await expect(page.getByLabel("Contact name")).toHaveValue("Original Name");
  await expect(page.getByLabel("Contact e-mail address")).toHaveValue("original@example.ac.uk");
}

const summaryLink = (page: Page, field: string) => page.getByRole("alert").locator(`a[href="#${field}"]`);

test("the organisation form refuses empty, over-long and unsafe values, keeps the input, and creates nothing", async ({ page }) => {
  await signIn(page, uniqueEmail("bad", `bad-${Date.now().toString(36)}.ac.uk`));
  await page.getByRole("link", { name: "Add an organisation" }).click();
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(summaryLink(page, "name")).toHaveText("Enter the organisation name");
  await expect(summaryLink(page, "type")).toHaveText("Select the type of organisation");
  await expect(summaryLink(page, "nation")).toHaveText("Select the nation");
  await expect(summaryLink(page, "domains")).toHaveText("Enter the e-mail domains");

  await page.getByLabel("Organisation name").fill("<b>Evil</b> College\u0007");
  await page.getByLabel("Website (optional)").fill("javascript:alert(1)");
  await page.getByLabel("E-mail domains your staff use").fill("not a domain!");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(summaryLink(page, "name")).toHaveText("The organisation name must not contain < or >, control characters or invisible formatting characters");
  await expect(summaryLink(page, "website")).toHaveText(/starting with https:\/\//);
  await expect(summaryLink(page, "domains")).toHaveText("Enter the e-mail domains like college.ac.uk, separated by commas");
  await expect(page.getByLabel("Website (optional)")).toHaveValue("javascript:alert(1)");

  await page.getByLabel("Organisation name").fill("N".repeat(81));
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(summaryLink(page, "name")).toHaveText("The organisation name must be 80 characters or fewer");

  await page.goto("/provider");
  await expect(page.getByText("You are not part of an organisation yet.")).toBeVisible();
});

test("the Welsh organisation form gives its errors as whole Welsh sentences, mutations and all", async ({ page }) => {
  await signIn(page, uniqueEmail("drwg", `drwg-${Date.now().toString(36)}.ac.uk`), "cy");
  await page.getByRole("link", { name: "Ychwanegu sefydliad" }).click();
  await page.getByRole("button", { name: "Ychwanegu sefydliad" }).click();
  await expect(summaryLink(page, "name")).toHaveText("Rhowch enw eich sefydliad");
  await expect(summaryLink(page, "type")).toHaveText("Dewiswch y math o sefydliad");
  await expect(summaryLink(page, "domains")).toHaveText("Rhowch barthau e-bost eich sefydliad, fel coleg.ac.uk");

  await page.getByRole("textbox", { name: /^Gwefan/ }).fill("http://coleg.ac.uk");
  await page.getByRole("button", { name: "Ychwanegu sefydliad" }).click();
  await expect(summaryLink(page, "website")).toHaveText("Rhowch y wefan fel cyfeiriad llawn sy'n dechrau gyda https://, fel https://www.coleg.ac.uk");
});

test("the brand profile refuses bad values field by field and saves nothing", async ({ page }) => {
  await ownerOnProfile(page, "Bad Input College");
  const cases: Array<[string, string, string, string]> = [
    ["Contact name", "contactName", "", "Enter the contact name"],
    ["Contact name", "contactName", "x".repeat(61), "The contact name must be 60 characters or fewer"],
    ["Contact name", "contactName", "Ann <script>alert(1)</script>", "The contact name must not contain < or >, control characters or invisible formatting characters"],
    ["Contact e-mail address", "email", "not-an-email", "Enter the contact e-mail address in the correct format, like name@college.ac.uk"],
    ["Telephone (optional)", "phone", "12345", "Enter the telephone number as a UK number, like 029 2018 0123"],
    ["Website (optional)", "website", "http://insecure.example.ac.uk", "Enter the website as a full address starting with https://, like https://www.college.ac.uk"],
    ['"Find out more" web address (optional)', "findOutMoreUrl", "javascript:alert(document.cookie)", 'Enter the "find out more" web address as a full address starting with https://, like https://www.college.ac.uk'],
    ["Postal address (optional)", "address", "1\n2\n3\n4\n5", "Enter no more than 4 address lines"],
    ["Organisation name in Welsh (optional)", "organisationNameCy", "Coleg\u202Egoled", "The organisation name in Welsh must not contain < or >, control characters or invisible formatting characters"],
    ["Job title in Welsh (optional)", "jobTitleCy", "x".repeat(61), "The job title in Welsh must be 60 characters or fewer"],
    ["Postal address in Welsh (optional)", "addressCy", "1\n2\n3\n4\n5", "Enter no more than 4 address lines"],
  ];
  for (const [label, field, value, message] of cases) {
    await page.goto("/provider/profile");
    await page.getByLabel(label).fill(value);
    await page.getByRole("button", { name: "Save contact details" }).click();
    await expect(summaryLink(page, field)).toHaveText(message);
    await expect(page.locator(`#${field}-error`)).toContainText(message);
    await expect(page.getByLabel(label)).toHaveAttribute("aria-describedby", new RegExp(`${field}-error`));
    await expectUnchanged(page);
  }
});

test("the logo upload refuses every bad file with a clear message and keeps no logo", async ({ page }) => {
  await ownerOnProfile(page, "Bad Logo College");
  const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#0b3d4f" } }).png().toBuffer();
  const frame = (c: string) => sharp({ create: { width: 32, height: 32, channels: 4, background: c } }).png().toBuffer();
  const gif = await sharp(await Promise.all(["#f00", "#0f0"].map(frame)), { join: { animated: true } }).gif().toBuffer();
  const files: Array<[string, string, Buffer, RegExp]> = [
    ["empty.png", "image/png", Buffer.alloc(0), /The selected file is empty/],
    ["huge.png", "image/png", Buffer.alloc(3 * 1024 * 1024, 1), /smaller than 2 MB/],
    ["notes.png", "image/png", Buffer.from("just some text pretending to be a picture"), /must be a PNG, JPEG, WebP or SVG/],
    ["half.png", "image/png", png.subarray(0, Math.floor(png.length / 2)), /damaged or incomplete/],
    ["bomb.png", "image/png", claimedPng(20_000, 20_000), /no larger than 16 million pixels/],
    ["script.svg", "image/svg+xml", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /scripts, filter effects or links/],
    ["onload.svg", "image/svg+xml", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), /scripts, filter effects or links/],
    ["external.svg", "image/svg+xml", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>'), /scripts, filter effects or links/],
    ["moving.gif", "image/gif", gif, /must not be animated/],
  ];
  for (const [name, mimeType, buffer, message] of files) {
    await page.goto("/provider/logo");
    await page.getByLabel("Logo file").setInputFiles({ name, mimeType, buffer });
    await page.getByLabel("Logo description (optional)").fill(`Description for ${name}`);
    await page.getByRole("button", { name: "Upload logo" }).click();
    await expect(summaryLink(page, "logo")).toHaveText(message);
    // What was typed is still there after the refusal.
    await expect(page.getByLabel("Logo description (optional)")).toHaveValue(`Description for ${name}`);
    await page.goto("/provider/logo");
    await expect(page.getByText("No logo uploaded yet.")).toBeVisible();
  }
  // A description over 120 characters is refused, and kept in the box to shorten.
  await page.getByLabel("Logo description (optional)").fill("x".repeat(121));
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(summaryLink(page, "logoAlt")).toHaveText("The logo description must be 120 characters or fewer");
  await expect(page.getByLabel("Logo description (optional)")).toHaveValue("x".repeat(121));
  await page.getByLabel("Logo description (optional)").fill("");
  // No file chosen at all: the message asks for one.
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(summaryLink(page, "logo")).toHaveText("Select a logo file");
  expect((await page.request.get("/api/provider/logo")).status()).toBe(404);
});

test("a forged form post for another organisation's id is answered 404 and changes nothing", async ({ page, browser }) => {
  const victimContext = await browser.newContext();
  const victim = await victimContext.newPage();
  await ownerOnProfile(victim, "Victim College");
  const victimId = await victim.locator('input[name="organisationId"]').first().inputValue();

  await ownerOnProfile(page, "Attacker College");
  await page.goto("/provider/profile");
  await page.locator('input[name="organisationId"]').first().evaluate((input, id) => ((input as HTMLInputElement).value = id), victimId);
  await page.getByLabel("Contact name").fill("Hacked");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  await expectUnchanged(victim);
  await expectUnchanged(page);
  await victimContext.close();
});

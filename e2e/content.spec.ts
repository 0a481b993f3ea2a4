import { expect, test, type Page } from "@playwright/test";
import { slugs } from "./routes";

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

test("the case-study filters narrow the list without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/case-studies");
  await expect(page.getByText(`${slugs("case-studies").length} of ${slugs("case-studies").length} case studies`)).toBeVisible();

  await page.getByLabel("Nation").selectOption({ label: "Scotland" });
  await page.getByRole("button", { name: "Show case studies" }).click();
  await expect(page).toHaveURL(/nation=scotland/);
  const results = page.getByRole("list").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(results.getByRole("heading", { level: 2 })).toHaveText(["Creative and critical thinking micro-credentials"]);

  await page.getByLabel("Nation").selectOption({ label: "Wales" });
  await page.getByLabel("Type of provider").selectOption({ label: "College" });
  await page.getByRole("button", { name: "Show case studies" }).click();
  await expect(results.getByRole("heading", { level: 2 })).toHaveText(["Embedding micro-credentials within a skills strategy"]);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(results.getByRole("heading", { level: 2 })).toHaveCount(slugs("case-studies").length);
  await context.close();
});

test("a theme filter from the address lists only matching case studies, and nonsense is ignored", async ({ page }) => {
  await page.goto("/case-studies?theme=digital-skills");
  await expect(page.getByLabel("Theme")).toHaveValue("digital-skills");
  await expect(page.getByLabel("Theme").locator("option:checked")).toHaveText("Digital skills");
  await expect(page.getByRole("heading", { level: 2, name: /Swansea/ })).toBeVisible();
  await expect(page.getByText(/^1 of \d+ case studies$/)).toBeVisible();

  await page.goto("/case-studies?nation=atlantis&type=<script>");
  await expect(page.getByText(/^(\d+) of \1 case studies$/)).toBeVisible();
});

test("the Welsh case-study index filters too, with Welsh labels and themes", async ({ page }) => {
  await page.goto("/cy/case-studies?nation=scotland");
  await expect(page.getByLabel("Gwlad")).toHaveValue("scotland");
  await expect(page.getByText(/^1 o \d+ astudiaeth achos$/)).toBeVisible();

  await page.getByLabel("Gwlad").selectOption({ label: "Unrhyw un" });
  await page.getByLabel("Thema").selectOption({ label: "Sgiliau digidol" });
  await page.getByRole("button", { name: /Dangos/ }).click();
  await expect(page).toHaveURL(/theme=digital-skills/);
  await expect(page.getByText(/^1 o \d+ astudiaeth achos$/)).toBeVisible();
});

test("the resources index filters by type with links", async ({ page }) => {
  await page.goto("/resources");
  const filters = page.getByRole("navigation", { name: "Type of resource" });
  await filters.getByRole("link", { name: "Articles" }).click();
  await expect(page).toHaveURL(/type=article/);
  await expect(filters.getByRole("link", { name: "Articles" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Micro-credentials – the under-utilised tool for workforce development"]);
  await filters.getByRole("link", { name: "Statements" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Characteristics Statement/ })).toBeVisible();
  await expect(page.getByText(/^1 resources$/)).toBeVisible();
});

test("every FAQ link in the contents lands on its question, and the page carries FAQPage data", async ({ page }) => {
  await page.goto("/faqs");
  const contents = page.getByRole("navigation", { name: "Questions on this page" });
  const links = contents.getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(15);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute("href"))!;
    const text = (await link.textContent())!;
    await expect(page.locator(href)).toHaveText(text);
  }
  await links.nth(3).click();
  await expect(page).toHaveURL(/#[a-z0-9-]+$/);

  const [faq] = await jsonLd(page);
  expect(faq?.["@type"]).toBe("FAQPage");
  expect((faq?.mainEntity as unknown[]).length).toBe(count);
});

test("the Welsh FAQ page is in Welsh with the same anchors", async ({ page }) => {
  await page.goto("/cy/faqs#what-is-a-micro-credential");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Cwestiynau cyffredin" })).toBeVisible();
  await expect(page.locator("#what-is-a-micro-credential")).toHaveText(/micro-gymhwyster/i);
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("the fact sheet is complete in both languages", async ({ page }) => {
  await page.goto("/fact-sheet");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "What micro-credentials are",
    "What they offer employers",
    "Levels and credit",
    "How they are delivered",
    "Cost",
    "Working with a college or university",
    "Share this sheet with your logo",
    "Tell us what you think of this fact sheet",
  ]);
  await page.goto("/cy/fact-sheet");
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(8);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/fact sheet/i);
});

test("a webinar page carries schema.org Event data with its speakers", async ({ page }) => {
  await page.goto("/webinars/postcards-from-the-nations");
  await expect(page.getByText("3 June 2025").first()).toBeVisible();
  const event = (await jsonLd(page)).find((block) => block["@type"] === "Event");
  expect(event).toMatchObject({ "@type": "Event", startDate: "2025-06-03" });
  expect((event?.performer as Array<{ name: string }>).map((p) => p.name)).toContain("Libby Shackels");
});

test("a webinar known only by month shows the month, not an invented day", async ({ page }) => {
  await page.goto("/webinars/policy-and-perspectives-from-the-uks-nations");
  await expect(page.getByRole("definition").filter({ hasText: "May 2024" })).toHaveText("May 2024");
  const event = (await jsonLd(page)).find((block) => block["@type"] === "Event");
  expect(event?.startDate).toBe("2024-05");
});

test("a Welsh case study is written in Welsh, with its themes and back link in Welsh", async ({ page }) => {
  await page.goto("/cy/case-studies/bangor-university-strategic-approach");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dull strategol Prifysgol Bangor o ymdrin â micro-gymwysterau");
  await expect(page.getByRole("definition").filter({ hasText: "Strategaeth sefydliadol" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pob astudiaeth achos" })).toHaveAttribute("href", "/cy/case-studies");
});

test("the global summary sorts by a column and says how it is sorted", async ({ page }) => {
  await page.goto("/global-summary");
  const rows = page.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await page.getByRole("link", { name: "Year" }).click();
  await expect(page).toHaveURL(/sort=year&dir=asc/);
  const yearHeader = page.getByRole("columnheader", { name: /Year/ });
  await expect(yearHeader).toHaveAttribute("aria-sort", "ascending");
  const years = async () => (await page.locator("tbody tr td:nth-child(3)").allTextContents()).map(Number);
  const ascending = await years();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByRole("link", { name: /Year/ }).click();
  await expect(page).toHaveURL(/sort=year&dir=desc/);
  await expect(yearHeader).toHaveAttribute("aria-sort", "descending");
  const descending = await years();
  expect(descending).toEqual([...ascending].sort((a, b) => b - a));
});

test("case studies are listed by title, since most of their publication dates are not known", async ({ page }) => {
  await page.goto("/case-studies");
  const titles = await page.getByRole("main").getByRole("heading", { level: 2 }).filter({ has: page.getByRole("link") }).allTextContents();
  expect(titles.length).toBe(slugs("case-studies").length);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
});

test("the Welsh global summary marks English source titles and official names as English", async ({ page }) => {
  await page.goto("/cy/global-summary");
  await expect(page.getByRole("link", { name: /^NZQA: Micro-credential listing/ })).toHaveAttribute("lang", "en");
  const australia = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Awstralia" }) });
  await expect(australia.getByRole("cell", { name: "National Microcredentials Framework", exact: true })).toHaveAttribute("lang", "en");
  const newZealand = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Seland Newydd" }) });
  await expect(newZealand.getByRole("cell").first()).not.toHaveAttribute("lang", "en");
});

test("an English title in a Welsh text is marked as English, so it is read in English", async ({ page }) => {
  await page.goto("/cy/faqs");
  const title = page.getByRole("main").locator("em", { hasText: "Micro-credentials Characteristics Statement" }).first();
  await expect(title).toHaveAttribute("lang", "en");
  await page.goto("/faqs");
  await expect(page.getByRole("main").locator("em[lang]")).toHaveCount(0);
});

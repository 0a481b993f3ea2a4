import { expect, test, type Page } from "@playwright/test";
import { inLocale, publicPaths } from "./routes";

/**
 * Welsh parity: every public English page has a Welsh page of its own (not the English text under
 * /cy with a notice), and the language switch goes from one to the other and back.
 */

/** The notice a Welsh address shows over English text (messages: page.fallbackNotice). */
const FALLBACK = /^Nid yw'r dudalen hon ar gael yn Gymraeg eto/;

/** The language the page's main heading is written in: the nearest lang attribute above it. */
async function headingLanguage(page: Page) {
  return page.getByRole("heading", { level: 1 }).evaluate((h) => h.closest("[lang]")?.getAttribute("lang"));
}

for (const p of publicPaths) {
  test(`${p} has its own Welsh page, reached by the language switch and back`, async ({ page }) => {
    await page.goto(inLocale("en", p));
    const englishTitle = await page.getByRole("heading", { level: 1 }).textContent();
    const englishSentences = (await page.locator("main p").allInnerTexts()).filter((text) => text.split(/\s+/).length >= 8);

    await page.getByRole("navigation", { name: "Choose a language" }).getByRole("link", { name: "Cymraeg" }).click();
    await expect(page).toHaveURL((url) => url.pathname === inLocale("cy", p));
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("note").filter({ hasText: FALLBACK })).toHaveCount(0);
    // A Welsh page's heading is Welsh, unless it is a real English document's title, marked as English.
    const sameTitle = (await page.getByRole("heading", { level: 1 }).textContent()) === englishTitle;
    expect(await headingLanguage(page)).toBe(sameTitle ? "en" : "cy");
    // The Welsh page is its own text: no sentence of the English page's paragraphs is repeated on it.
    const welshText = await page.locator("main").innerText();
    expect(englishSentences.filter((sentence) => welshText.includes(sentence))).toEqual([]);

    await page.getByRole("navigation", { name: "Dewiswch iaith" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL((url) => url.pathname === inLocale("en", p));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
}

test("the accessibility statement's list of English-only pages is generated, and now says every page is in Welsh", async ({ page }) => {
  await page.goto("/accessibility");
  await expect(page.getByText("Every page on this website is available in Welsh as well as English.")).toBeVisible();
  await page.goto("/cy/accessibility");
  await expect(page.getByText("Mae pob tudalen ar y wefan hon ar gael yn Gymraeg yn ogystal â Saesneg.")).toBeVisible();
});

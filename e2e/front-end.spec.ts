import { expect, test, type Locator, type Page } from "@playwright/test";
import { newApprovedOwner } from "./auth";

/**
 * What readers see and use in the page chrome, beyond what axe checks: where keyboard focus is,
 * and the language switch keeping the reader's place.
 */

const FOCUS_YELLOW = "rgb(255, 221, 0)";
const INK = "rgb(11, 12, 12)";

/** Presses Tab from where the page is until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Tab never reached the element");
}

const looks = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  });

/** The focused element turns yellow with dark text: visible against the page and the header. */
async function expectVisibleFocus(page: Page, target: Locator) {
  const before = await looks(target);
  await tabTo(page, target);
  const focused = await looks(target);
  expect(focused.background).toBe(FOCUS_YELLOW);
  expect(focused.color).toBe(INK);
  expect(focused).not.toEqual(before);
}

test("each button style, and the header's home link, shows where keyboard focus is", async ({ page }) => {
  await page.goto("/");
  await expectVisibleFocus(page, page.getByRole("link", { name: "MIC.SIG Micro-credentials Special Interest Group home page" }));
  // The second "Brand the fact sheet" link is the one styled as a button.
  await expectVisibleFocus(page, page.getByRole("main").getByRole("link", { name: "Brand the fact sheet" }).last());

  await page.goto("/case-studies");
  await expectVisibleFocus(page, page.getByRole("button", { name: "Show case studies" }));

  await page.goto("/sign-in");
  await expectVisibleFocus(page, page.getByRole("button", { name: "Send me a sign-in link" }));
});

test("secondary buttons and buttons that look like links show keyboard focus too", async ({ page }) => {
  await newApprovedOwner(page, "Focus College");
  await page.goto("/provider/fact-sheet");
  await expectVisibleFocus(page, page.getByRole("button", { name: "Update the preview" }));
  await page.goto("/provider/fact-sheet");
  await expectVisibleFocus(page, page.getByRole("button", { name: "Sign out" }));
});

test("the home link's name starts with the words it shows, in both languages", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveAccessibleName("MIC.SIG Micro-credentials Special Interest Group home page");
  await page.goto("/cy");
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveAccessibleName("MIC.SIG Grŵp Diddordeb Arbennig Micro-gymwysterau hafan");
});

test.describe("the language switch keeps the reader's place", () => {
  test("filters in the query go with it", async ({ page }) => {
    await page.goto("/case-studies?nation=wales&type=university");
    const cymraeg = page.getByRole("navigation", { name: "Choose a language" }).getByRole("link", { name: "Cymraeg" });
    await expect(cymraeg).toHaveAttribute("href", "/cy/case-studies?nation=wales&type=university");
    await cymraeg.click();
    await expect(page).toHaveURL(/\/cy\/case-studies\?nation=wales&type=university$/);
    await expect(page.getByLabel("Gwlad")).toHaveValue("wales");
  });

  test("the anchor goes with it, also after following a link within the page", async ({ page }) => {
    await page.goto("/faqs#how-much-do-they-cost");
    const cymraeg = page.getByRole("navigation", { name: "Choose a language" }).getByRole("link", { name: "Cymraeg" });
    await expect(cymraeg).toHaveAttribute("href", "/cy/faqs#how-much-do-they-cost");

    await page.getByRole("navigation", { name: "Questions on this page" }).getByRole("link").first().click();
    const anchor = new URL(page.url()).hash;
    expect(anchor).not.toBe("#how-much-do-they-cost");
    await expect(cymraeg).toHaveAttribute("href", `/cy/faqs${anchor}`);

    await cymraeg.click();
    await expect(page).toHaveURL(new RegExp(`/cy/faqs${anchor}$`));
    await expect(page.locator(anchor)).toBeInViewport();
  });
});

test.describe("on a phone (375 px)", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("the header keeps the sections behind a Menu that opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/cy");
    const banner = page.getByRole("banner");
    expect((await banner.boundingBox())!.height).toBeLessThan(300);
    const sections = page.getByRole("navigation", { name: "Prif" });
    await expect(sections).toBeHidden();
    await banner.getByText("Dewislen").click();
    await sections.getByRole("link", { name: "Astudiaethau achos" }).click();
    await expect(page).toHaveURL(/\/cy\/case-studies$/);
    await context.close();
  });

  test("the global summary's caption is whole and the table scrolls in its own box, not the page", async ({ page }) => {
    await page.goto("/global-summary");
    const table = page.getByRole("table", { name: "National and regional micro-credential frameworks and policies" });
    const region = page.getByRole("region", { name: "National and regional micro-credential frameworks and policies" });
    const caption = page.getByText("National and regional micro-credential frameworks and policies", { exact: true });
    await expect(table).toBeVisible();
    await expect(page.getByText("On a narrow screen, scroll the table sideways to see every column.")).toBeVisible();
    await expect(region.getByText("National and regional micro-credential frameworks and policies")).toHaveCount(0);
    const box = (await caption.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The keyboard scrolls the box.
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test("a Welsh figure's data table at 320 px: the caption is whole and the PSRB column can be scrolled to", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/cy/reports/employer-psrb-survey-2025");
    await page.getByText("Dangos y data ar gyfer Ffigur 2").click();
    const table = page.getByRole("table", { name: /^Ffigur 2/ });
    const caption = page.locator(`#${await table.getAttribute("aria-labelledby")}`);
    const box = (await caption.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const psrbs = table.getByRole("columnheader", { name: "Cyrff proffesiynol (PSRBs)" });
    await psrbs.scrollIntoViewIfNeeded();
    await expect(psrbs).toBeInViewport({ ratio: 0.95 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test("after a filter is applied, focus moves to the number of results", async ({ page }) => {
  await page.goto("/case-studies");
  await page.getByLabel("Nation").selectOption("wales");
  await page.getByRole("button", { name: "Show case studies" }).click();
  await expect(page).toHaveURL(/\/case-studies\?nation=wales.*#results$/);
  await expect(page.getByText(/^\d+ of \d+ case studies$/)).toBeFocused();
});

test("chart labels are text in the page's own size: readable on a phone, and they grow with the reader's text size", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/reports/employer-psrb-survey-2025");
  const label = page.getByRole("img", { name: /^Figure 2:/ }).getByText("Online", { exact: true });
  const size = () => label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const onPhone = await size();
  expect(onPhone).toBeGreaterThanOrEqual(14);
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  expect(await size()).toBeCloseTo(onPhone * 2, 0);
  // The chart still fits the screen at that size: its labels wrap instead of spilling sideways.
  const chart = (await page.getByRole("img", { name: /^Figure 2:/ }).boundingBox())!;
  expect(chart.x + chart.width).toBeLessThanOrEqual(375);
});

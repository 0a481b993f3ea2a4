import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { inLocale, publicPaths } from "./routes";

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const locale of ["en", "cy"] as const) {
  for (const p of [...publicPaths, "/no-such-page"]) {
    const url = inLocale(locale, p);
    test(`axe finds no WCAG 2.2 AA violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

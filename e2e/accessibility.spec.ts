import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { inLocale, publicPaths } from "./routes";
import { AXE_TAGS } from "../test/axe";


for (const locale of ["en", "cy"] as const) {
  for (const p of [...publicPaths, "/no-such-page"]) {
    const url = inLocale(locale, p);
    test(`axe finds no WCAG 2.2 AA violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

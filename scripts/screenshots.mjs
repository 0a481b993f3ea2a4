// Takes full-page screenshots of pages at 375 px and 1280 px, for people to look at.
//   node scripts/screenshots.mjs http://localhost:3000 /tmp/shots / /cy /about
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", outDir = "screenshots", ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on("console", (m) => m.type() === "error" && console.error(`[${width}] console: ${m.text()}`));
  for (const p of paths.length ? paths : ["/", "/cy"]) {
    await page.goto(base + p, { waitUntil: "networkidle" });
    const name = `${p.replace(/\//g, "_") || "_"}-${width}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await browser.close();

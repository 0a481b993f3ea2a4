import { expect, test, type Page } from "@playwright/test";
import { indexablePaths } from "@/lib/content/files";
import { inLocale, slugs } from "./routes";

/** Runs a search from the header's box, as a reader would, and waits for the results. */
async function search(page: Page, locale: "en" | "cy", words: string) {
  await page.goto(locale === "cy" ? "/cy" : "/");
  const box = page.getByRole("banner").getByRole("search");
  await box.getByRole("searchbox").fill(words);
  await box.getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`${locale === "cy" ? "/cy" : ""}/search\\?q=`));
  await expect(page.getByRole("status")).not.toHaveText(locale === "cy" ? "Wrthi'n chwilio…" : "Searching…");
  return resultLinks(page);
}

async function resultLinks(page: Page) {
  const results = page.getByRole("list", { name: /Search results|Canlyniadau chwilio/ });
  return results.getByRole("heading", { level: 2 }).getByRole("link").evaluateAll((links) => links.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })));
}

test("search in English finds English pages only, with the match highlighted, and the type filter narrows them", async ({ page }) => {
  const found = await search(page, "en", "assessment");
  expect(found).toContainEqual({ text: "Frequently asked questions", href: "/faqs" });
  expect(found.every((r) => !r.href!.startsWith("/cy"))).toBe(true);
  await expect(page.getByRole("status")).toHaveText(`${found.length} results for ‘assessment’`);
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first().locator("mark").first()).toHaveText(/^assess/i);

  const main = page.getByRole("main");
  await main.getByLabel("Search this website").fill("skills");
  await main.getByLabel("Type of page").selectOption({ label: "Case study" });
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=skills&type=case-study/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ results? for ‘skills’$/);
  const caseStudies = await resultLinks(page);
  expect(caseStudies.length).toBeGreaterThan(0);
  expect(caseStudies.every((r) => r.href!.startsWith("/case-studies"))).toBe(true);
  await expect(page.getByRole("list", { name: "Search results" }).getByText("Case study", { exact: true })).toHaveCount(caseStudies.length);
});

test("search in Welsh finds Welsh pages only, whichever mutation of a word is typed", async ({ page }) => {
  const found = await search(page, "cy", "asesu");
  expect(found).toContainEqual({ text: "Cwestiynau cyffredin", href: "/cy/faqs" });
  expect(found.every((r) => r.href!.startsWith("/cy"))).toBe(true);

  // "darparwyr" (providers) after "i" becomes "ddarparwyr": both find the same pages.
  const radical = await search(page, "cy", "darparwyr");
  const mutated = await search(page, "cy", "ddarparwyr");
  expect(radical.length).toBeGreaterThan(0);
  expect(mutated.map((r) => r.href).sort()).toEqual(radical.map((r) => r.href).sort());
  // And a plural finds the pages with its singular's other plural forms: "cymwysterau" finds "micro-gymwysterau".
  expect((await search(page, "cy", "cymwysterau")).map((r) => r.href)).toContain("/cy/faqs");
  // Words that are on no page are said to match nothing.
  await search(page, "cy", "sdfghjkl");
  await expect(page.getByRole("status")).toHaveText(/^Nid oes unrhyw dudalennau'n cyfateb i ‘sdfghjkl’/);
});

test("without JavaScript the search page says so and offers the main lists", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/cy/search?q=asesu");
  await expect(page.getByText("Mae angen JavaScript ar y chwiliad")).toBeVisible();
  for (const name of ["Cwestiynau cyffredin", "Astudiaethau achos", "Adnoddau"]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
  }
  await context.close();
});

test("the sitemap lists every indexed page in both languages, with alternates and dates, and nothing else", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const expected = indexablePaths(process.cwd()).flatMap((p) => [inLocale("en", p), inLocale("cy", p)]);
  expect(locs.sort()).toEqual(expected.sort());
  const entries = xml.split("<url>").slice(1);
  for (const entry of entries) {
    expect(entry).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]+"/);
    expect(entry).toMatch(/<xhtml:link rel="alternate" hreflang="cy" href="[^"]+"/);
    expect(entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  }
  for (const hidden of ["/search", "/sign-in", "/provider", "/staff"]) expect(locs).not.toContain(hidden);
});

test("robots.txt keeps the signed-in areas, sign-in and the API out, and names the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  for (const path of ["/provider", "/staff", "/sign-in", "/api/", "/cy/provider", "/cy/staff", "/cy/sign-in"]) {
    expect(text).toContain(`Disallow: ${path}\n`);
  }
  expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test("the Atom feeds list case studies, webinars, reports and resources, newest first, in their language", async ({ page }) => {
  await page.goto("/");
  for (const locale of ["en", "cy"] as const) {
    const response = await page.request.get(inLocale(locale, "/feed.xml"));
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror")!.textContent };
      const root = doc.documentElement;
      return {
        ns: root.namespaceURI,
        lang: root.getAttribute("xml:lang"),
        title: root.querySelector(":scope > title")?.textContent,
        updated: root.querySelector(":scope > updated")?.textContent,
        entries: [...root.querySelectorAll("entry")].map((e) => ({
          id: e.querySelector("id")?.textContent ?? "",
          href: e.querySelector("link")?.getAttribute("href") ?? "",
          type: e.querySelector("category")?.getAttribute("term") ?? "",
          date: e.querySelector("published")?.textContent ?? e.querySelector("updated")?.textContent ?? "",
          title: e.querySelector("title")?.textContent ?? "",
          updated: e.querySelector("updated")?.textContent ?? "",
        })),
      };
    }, xml);
    expect(feed).toMatchObject({ ns: "http://www.w3.org/2005/Atom", lang: locale });
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const entries = feed.entries!;
    const count = (type: string) => entries.filter((e) => e.type === type).length;
    expect([count("caseStudy"), count("webinar"), count("resource")]).toEqual([slugs("case-studies").length, slugs("webinars").length, slugs("resources").length]);
    expect(count("report")).toBeGreaterThan(0);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort().reverse());
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.title).not.toBe("");
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(new URL(e.href).pathname.startsWith(locale === "cy" ? "/cy/" : "/")).toBe(true);
      if (locale === "en") expect(new URL(e.href).pathname.startsWith("/cy")).toBe(false);
    }
  }
});

test("pages carry the structured data a search engine expects, and it parses", async ({ page }) => {
  const types = async (url: string) => {
    await page.goto(url);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
  };
  const home = await types("/cy");
  expect(home.map((b) => b["@type"])).toEqual(["Organization", "WebSite"]);
  expect(home[1]).toMatchObject({ inLanguage: "cy", potentialAction: { "@type": "SearchAction", "query-input": "required name=search_term_string" } });
  expect((home[1]!.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate).toMatch(/\/cy\/search\?q=\{search_term_string\}$/);

  const caseStudy = await types(`/case-studies/${slugs("case-studies")[0]}`);
  expect(caseStudy.map((b) => b["@type"])).toEqual(["BreadcrumbList", "Article"]);
  expect((caseStudy[0]!.itemListElement as { name: string }[]).map((i) => i.name)).toEqual(["Home", "Case studies", expect.any(String)]);

  expect((await types(`/webinars/${slugs("webinars")[0]}`)).map((b) => b["@type"])).toEqual(["BreadcrumbList", "Event"]);
  expect((await types("/faqs")).map((b) => b["@type"])).toEqual(["FAQPage"]);

  const report = await types("/reports/employer-psrb-survey-2025");
  expect(report.map((b) => b["@type"])).toEqual(["BreadcrumbList", "Dataset"]);
  const distribution = report[1]!.distribution as { encodingFormat: string; contentUrl: string }[];
  const csvs = distribution.filter((d) => d.encodingFormat === "text/csv");
  expect(csvs.length).toBeGreaterThan(3);
  for (const d of csvs) expect((await page.request.get(new URL(d.contentUrl).pathname)).status()).toBe(200);
});

test("each page's social image is a 1200 × 630 PNG, in its language", async ({ page, request }) => {
  for (const url of ["/", "/cy", "/faqs", `/cy/case-studies/${slugs("case-studies")[0]}`, "/reports/employer-psrb-survey-2025"]) {
    await page.goto(url);
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!).pathname;
    const response = await request.get(image);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  expect((await request.get("/og/no-such-page")).status()).toBe(404);
});

test("the site's icons, web manifest and security.txt are there", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const touch = await request.get("/apple-touch-icon.png");
  expect((await touch.body()).readUInt32BE(16)).toBe(180);
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; icons: { src: string }[] };
  expect(manifest.name).toContain("MIC.SIG");
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  const security = await (await request.get("/.well-known/security.txt")).text();
  expect(security).toMatch(/^Contact: mailto:security@mic-sig\.test$/m);
  expect(security).toMatch(/^Expires: \d{4}-\d{2}-\d{2}T/m);
});

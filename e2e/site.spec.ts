import { expect, test } from "@playwright/test";
import { NOT_INDEXED } from "@/lib/content/files";
import { inLocale, publicPaths } from "./routes";

for (const locale of ["en", "cy"] as const) {
  for (const p of publicPaths) {
    const url = inLocale(locale, p);
    test(`${url} renders in ${locale} with hreflang alternates`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S+ \S+ \S+/);
      // Valid HTML: every id once, and no form with an empty action.
      const duplicates = await page.locator("[id]").evaluateAll((nodes) => {
        const seen = new Map<string, number>();
        for (const n of nodes) seen.set(n.id, (seen.get(n.id) ?? 0) + 1);
        return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
      });
      expect(duplicates).toEqual([]);
      await expect(page.locator('form[action=""]')).toHaveCount(0);
      for (const [lang, href] of [["en", inLocale("en", p)], ["cy", inLocale("cy", p)], ["x-default", inLocale("en", p)]]) {
        const link = page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
        expect(new URL((await link.getAttribute("href"))!).pathname).toBe(href);
      }
      // One canonical address, the page's own; the feed in the page's language; parseable JSON-LD.
      const canonical = page.locator('link[rel="canonical"]');
      await expect(canonical).toHaveCount(1);
      expect(new URL((await canonical.getAttribute("href"))!).pathname).toBe(url);
      expect(new URL((await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href"))!).pathname).toBe(inLocale(locale, "/feed.xml"));
      for (const block of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        expect((JSON.parse(block) as { "@context": string })["@context"]).toBe("https://schema.org");
      }
      // A share card with its own image, in the page's language, on every page search engines index.
      if (!NOT_INDEXED.has(p)) {
        expect(new URL((await page.locator('meta[property="og:url"]').getAttribute("content"))!).pathname).toBe(url);
        await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new RegExp(`${inLocale(locale, p === "/" ? "/og" : `/og${p}`)}$`));
        await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
        await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
        await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /\S+ \S+/);
        await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      } else {
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      }
    });
  }
}

test("the language switch goes to the same page in the other language and back", async ({ page }) => {
  await page.goto("/about");
  const languages = page.getByRole("navigation", { name: "Choose a language" });
  await expect(languages.getByText("English")).toHaveAttribute("aria-current", "true");
  const welsh = languages.getByRole("link", { name: "Cymraeg" });
  await expect(welsh).toHaveAttribute("hreflang", "cy");
  await expect(welsh).toHaveAttribute("lang", "cy");
  await welsh.click();
  await expect(page).toHaveURL(/\/cy\/about$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await page.getByRole("navigation", { name: "Dewiswch iaith" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the home page switches to /cy", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(/\/cy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Micro-gymwysterau/);
});

test("an unknown address answers 404 in English", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("an unknown Welsh address answers 404 in Welsh", async ({ page }) => {
  const response = await page.goto("/cy/dim-tudalen/yma");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mynd i'r hafan" })).toHaveAttribute("href", "/cy");
});

test("an organisation's shareable page that does not exist answers 404 in its language", async ({ page }) => {
  const response = await page.goto("/cy/fact-sheet/dim-sefydliad");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  const cases = [
    { url: "/no-such-page", lang: "en", heading: "Page not found", title: "Page not found – MIC.SIG", home: ["Go to the home page", "/"], nav: "About", other: ["Cymraeg", "/cy"] },
    { url: "/case-studies/no-such-case-study", lang: "en", heading: "Page not found", title: "Page not found – MIC.SIG", home: ["Go to the home page", "/"], nav: "About", other: ["Cymraeg", "/cy"] },
    { url: "/cy/dim-tudalen/yma", lang: "cy", heading: "Heb ddod o hyd i'r dudalen", title: "Heb ddod o hyd i'r dudalen – MIC.SIG", home: ["Mynd i'r hafan", "/cy"], nav: "Amdanom ni", other: ["English", "/"] },
  ] as const;
  for (const c of cases) {
    test(`${c.url} is a 404 page the server writes in full: heading, title, language, links`, async ({ page }) => {
      const response = await page.goto(c.url);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", c.lang);
      await expect(page).toHaveTitle(c.title);
      await expect(page.getByRole("heading", { level: 1, name: c.heading })).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: c.home[0] })).toHaveAttribute("href", c.home[1]);
      await expect(page.getByRole("banner").getByRole("link", { name: c.nav, exact: true })).toBeVisible();
      // No page here has a counterpart in the other language: the switch goes to that language's home page.
      await expect(page.getByRole("navigation", { name: c.lang === "cy" ? "Dewiswch iaith" : "Choose a language" }).getByRole("link", { name: c.other[0] })).toHaveAttribute("href", c.other[1]);
    });
  }
});

test("/en addresses redirect to the root", async ({ page }) => {
  await page.goto("/en/about");
  await expect(page).toHaveURL(/\/about$/);
});

test("the skip link is the first thing a keyboard reaches and moves focus to the main content", async ({ page }) => {
  await page.goto("/about");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator("main")).toBeFocused();
});

test("the Welsh skip link is in Welsh", async ({ page }) => {
  await page.goto("/cy");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Neidio i'r prif gynnwys" })).toBeFocused();
});

test("static pages carry a hash-based CSP and run without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/");
  const csp = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'sha256-/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-nextjs-prerender"]).toBeTruthy();
  // Client navigation works, which needs the hashed inline scripts to have run.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a page drawn per request keeps its per-request nonce, even when a client claims it is prerendered", async ({ request }) => {
  for (const headers of [{}, { "x-micsig-prerendered": "1" }] as Record<string, string>[]) {
    const response = await request.get("/sign-in", { headers });
    const scriptSrc = (response.headers()["content-security-policy"] ?? "").split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("sha256-");
  }
  const prerendered = await request.get("/cy/about");
  expect(prerendered.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
});

test("filtered public lists may be kept for Back; the sign-in page is never stored", async ({ request }) => {
  expect((await request.get("/case-studies?nation=wales")).headers()["cache-control"]).toBe("private, no-cache");
  expect((await request.get("/cy/resources?type=report")).headers()["cache-control"]).toBe("private, no-cache");
  expect((await request.get("/sign-in")).headers()["cache-control"]).toContain("no-store");
});

test("every response carries the security headers", async ({ request }) => {
  const response = await request.get("/cy/about");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
  // With no trusted proxy in front (TRUSTED_PROXY_HOPS=0), a client's own X-Forwarded-Proto is
  // discarded: plain http gets no HSTS (a trusted proxy's https does: scripts/forwarding.test.ts).
  const forged = await request.get("/about", { headers: { "x-forwarded-proto": "https" } });
  expect(forged.headers()["strict-transport-security"]).toBeUndefined();
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

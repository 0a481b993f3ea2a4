import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { AXE_TAGS } from "../test/axe";
import { STAFF_EMAIL } from "./accounts";
import { addOrganisation, brandedOwner, newApprovedOwner, signIn, uniqueEmail } from "./auth";
import { fillPublishable } from "./directory-form";
import { mailCount, waitForMail } from "./mail";

type StorageState = Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>;
let staffSession: StorageState | undefined;

/**
 * A new page signed in as staff, in its own browser context. Staff sign in once for the whole
 * file (the sign-in link limit per mailbox is real here too); each page reuses that session.
 */
async function staffPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  if (!staffSession) {
    const context = await browser.newContext();
    await signIn(await context.newPage(), STAFF_EMAIL);
    staffSession = await context.storageState();
    await context.close();
  }
  const context = await browser.newContext({ ...options, storageState: staffSession });
  return context.newPage();
}

/** From the organisation list, opens one organisation's page by searching for it. */
async function openOrganisation(staff: Page, name: string) {
  await staff.goto("/staff/organisations");
  await staff.getByLabel("Name or e-mail domain").fill(name);
  await staff.getByRole("button", { name: "Apply" }).click();
  await staff.getByRole("link", { name }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** A person who asks for a new organisation that waits for staff, in Welsh: fills the Welsh form. */
async function welshRequester(page: Page, name: string, domain: string) {
  const email = uniqueEmail("perchennog", domain);
  await signIn(page, email, "cy");
  await page.getByRole("link", { name: "Ychwanegu sefydliad" }).click();
  await page.getByLabel("Enw'r sefydliad").fill(name);
  await page.getByRole("group", { name: "Math o sefydliad" }).getByLabel("Arall").check();
  await page.getByRole("group", { name: "Gwlad" }).getByLabel("Cymru").check();
  await page.getByLabel("Parthau e-bost y mae eich staff yn eu defnyddio").fill(domain);
  await page.getByRole("button", { name: "Ychwanegu sefydliad" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return email;
}

test("staff reject a request with a reason, e-mailed to the requester in Welsh, and approve another, whose member can then download", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const rejectedName = `Hyfforddiant Ffug ${stamp}`;
  const requester = await welshRequester(page, rejectedName, `ffug-${stamp}.example`);

  const provider = await (await browser.newContext()).newPage();
  const approvedDomain = `training-${stamp}.example`;
  await signIn(provider, uniqueEmail("owner", approvedDomain));
  await addOrganisation(provider, `Training Ltd ${stamp}`, approvedDomain, "Other", "Scotland");
  expect((await provider.request.get("/api/fact-sheet?locale=en")).status()).toBe(403);

  const staff = await staffPage(browser);
  // The overview lists both as waiting for a decision.
  await staff.goto("/staff");
  const waiting = staff.getByRole("list", { name: "Waiting for a decision" });
  await expect(waiting.getByRole("link", { name: rejectedName })).toBeVisible();
  await expect(waiting.getByRole("link", { name: `Training Ltd ${stamp}` })).toBeVisible();

  // Reject: the reason is required, and the form says so with the error summary.
  await waiting.getByRole("link", { name: rejectedName }).click();
  await staff.getByRole("link", { name: `Reject ${rejectedName}` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Reject the request from ${rejectedName}?`);
  await expect(staff.getByText("in Welsh, the language they used for the request")).toBeVisible();
  await staff.getByRole("button", { name: `Reject ${rejectedName}` }).click();
  await expect(staff.getByRole("link", { name: "Enter the reason for your decision" })).toBeVisible();
  const before = mailCount();
  await staff.getByLabel("Reason").fill("Nid oeddem yn gallu cadarnhau eich bod yn darparu hyfforddiant.");
  await staff.getByRole("button", { name: `Reject ${rejectedName}` }).click();
  await expect(staff.getByRole("status")).toHaveText(`${rejectedName} was rejected. The requester has been e-mailed your reason.`);
  await expect(staff.getByRole("table", { name: "Who did what, and when, newest first" }).getByRole("row").nth(1)).toContainText(
    `${STAFF_EMAIL} did not approve the organisation`,
  );

  const mail = await waitForMail(requester, before);
  expect(mail.subject).toBe("Eich cais am ardal darparwyr MIC.SIG");
  expect(mail.language).toBe("cy");
  expect(mail.text).toContain(`ychwanegu'r sefydliad hwn at ardal y darparwyr: ${rejectedName}`);
  expect(mail.text).toContain("Nid oeddem yn gallu cadarnhau eich bod yn darparu hyfforddiant.");
  expect(mail.text).toMatch(/http:\/\/localhost:\d+\/cy\/provider/);

  // The requester sees the decision and the reason, in Welsh, and may ask again.
  await page.goto("/cy/provider");
  await expect(page.getByText(`Ni chafodd eich cais i ychwanegu'r sefydliad hwn at ardal y darparwyr ei gymeradwyo: ${rejectedName}.`)).toBeVisible();
  await expect(page.getByText("Nid oeddem yn gallu cadarnhau eich bod yn darparu hyfforddiant.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ychwanegu sefydliad" })).toBeVisible();

  // A second decision on the request already decided, as from a page left open: refused, nothing changes.
  await staff.goto(`${new URL(staff.url()).pathname}/decide/approve`);
  await expect(staff.getByText("This decision is not open: the organisation is now not approved.")).toBeVisible();

  // Approve the other; its member can download at once.
  await openOrganisation(staff, `Training Ltd ${stamp}`);
  await staff.getByRole("link", { name: `Approve Training Ltd ${stamp}` }).click();
  await staff.getByRole("button", { name: `Approve Training Ltd ${stamp}` }).click();
  await expect(staff.getByRole("status")).toHaveText(`Training Ltd ${stamp} is now approved.`);
  expect((await provider.request.get("/api/fact-sheet?locale=en")).status()).toBe(200);

  // Suspend with a reason: downloads stop at once.
  await staff.getByRole("link", { name: `Suspend Training Ltd ${stamp}` }).click();
  await staff.getByLabel("Reason").fill("Checking who runs it.");
  await staff.getByRole("button", { name: `Suspend Training Ltd ${stamp}` }).click();
  await expect(staff.getByRole("status")).toHaveText(`Training Ltd ${stamp} is now suspended.`);
  expect((await provider.request.get("/api/fact-sheet?locale=cy")).status()).toBe(403);
  await provider.goto("/provider");
  await expect(provider.getByText("Checking who runs it.")).toBeVisible();
});

test("a staff decision works without JavaScript, and a page left open cannot decide twice", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const provider = await (await browser.newContext()).newPage();
  const domain = `nojs-${stamp}.example`;
  await signIn(provider, uniqueEmail("owner", domain));
  await addOrganisation(provider, `No Script Ltd ${stamp}`, domain, "Other", "Wales");

  // Another member of staff opens the approval before the rejection below, and confirms it after.
  const other = await staffPage(browser);
  await openOrganisation(other, `No Script Ltd ${stamp}`);
  await other.getByRole("link", { name: `Approve No Script Ltd ${stamp}` }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Approve No Script Ltd ${stamp}?`);

  const staff = await staffPage(browser, { javaScriptEnabled: false });
  await openOrganisation(staff, `No Script Ltd ${stamp}`);
  await staff.getByRole("link", { name: `Reject No Script Ltd ${stamp}` }).click();
  await staff.getByRole("button", { name: `Reject No Script Ltd ${stamp}` }).click();
  await expect(staff.getByRole("link", { name: "Enter the reason for your decision" })).toBeVisible();
  await staff.getByLabel("Reason").fill("Not a provider of education.");
  await staff.getByRole("button", { name: `Reject No Script Ltd ${stamp}` }).click();
  await expect(staff.getByRole("status")).toHaveText(`No Script Ltd ${stamp} was rejected. The requester has been e-mailed your reason.`);

  await other.getByRole("button", { name: `Approve No Script Ltd ${stamp}` }).click();
  await expect(other.getByRole("status")).toHaveText(/^Nothing changed: the organisation is no longer in the state your decision was for/);
  await expect(other.getByRole("definition").filter({ hasText: /^Not approved$/ })).toBeVisible();
  expect(await provider.request.get("/api/fact-sheet?locale=en").then((r) => r.status())).toBe(403);
});

test("uptake charts, tables and CSV files change after a download", async ({ page, browser }) => {
  const staff = await staffPage(browser);
  await staff.goto("/staff/uptake");
  const welsh = () => staff.getByRole("table", { name: "Downloads by language of the sheet: number of downloads" }).getByRole("row", { name: /^Welsh \d+$/ });
  const count = async () => {
    await staff.getByText("Show the data: downloads by language of the sheet").click();
    return Number((await welsh().getByRole("cell").textContent()) ?? "NaN");
  };
  const csv = async () => {
    const link = staff.getByRole("link", { name: "Download the data: downloads by language of the sheet (CSV)" });
    const response = await staff.request.get((await link.getAttribute("href"))!);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    return (await response.body()).toString("utf8");
  };
  const before = await count();
  const csvBefore = await csv();
  expect(csvBefore).toMatch(new RegExp(`^\\uFEFFlanguage,downloads\\r\\nen,\\d+\\r\\ncy,${before}\\r\\nbilingual,\\d+\\r\\n$`));

  await brandedOwner(page, "Uptake College");
  expect((await page.request.get("/api/fact-sheet?locale=cy")).status()).toBe(200);
  // The same download again the same day counts once.
  expect((await page.request.get("/api/fact-sheet?locale=cy&qr=0")).status()).toBe(200);

  await staff.reload();
  expect(await count()).toBe(before + 1);
  // The chart shows the same figure as its table.
  await expect(staff.getByRole("img", { name: "Downloads by language of the sheet" })).toContainText(`Welsh ${before + 1}Welsh and English`);
  expect(await csv()).toContain(`\r\ncy,${before + 1}\r\n`);

  // A range that ended before today leaves it out; a wrong date is said, not guessed.
  await staff.getByLabel("To (included)").fill("2020-01-31");
  await staff.getByLabel("From").fill("2020-01-01");
  await staff.getByRole("button", { name: "Show uptake" }).click();
  expect(await count()).toBe(0);
  await staff.goto("/staff/uptake?from=2026-02-30");
  await expect(staff.getByRole("link", { name: "Enter a real date for the start, like 2026-01-31" })).toBeVisible();
});

test("feedback sent from the Welsh fact sheet appears for staff as text, and in the CSV with formulas neutralised", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const hostile = `=HYPERLINK("http://evil.example","${stamp}") <img src=x onerror=alert(1)>`;
  await page.goto("/cy/fact-sheet");
  const form = page.getByRole("form", { name: "Dywedwch wrthym beth yw eich barn am y daflen ffeithiau hon" });
  // Nothing chosen: the error summary names each question, in Welsh.
  await form.getByRole("button", { name: "Anfon adborth" }).click();
  await expect(page.getByRole("link", { name: "Dewiswch pa mor ddefnyddiol yw'r daflen ffeithiau" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dewiswch pa un sy'n eich disgrifio orau" })).toBeVisible();

  await form.getByRole("group", { name: "Pa mor ddefnyddiol yw'r daflen ffeithiau hon i chi?" }).getByLabel("Defnyddiol iawn").check();
  await form.getByLabel("Beth fyddai'n ei gwneud yn well? (dewisol)").fill(hostile);
  await form.getByRole("group", { name: "Pa un sy'n eich disgrifio orau?" }).getByLabel("Cyflogwr").check();
  await form.getByLabel("Cyfeiriad e-bost (dewisol)").fill(`cyflogwr-${stamp}@example.com`);
  await form.getByRole("button", { name: "Anfon adborth" }).click();
  // An address without consent is not kept: the form asks.
  await expect(page.getByRole("link", { name: /Ticiwch y blwch/ })).toBeVisible();
  await form.getByLabel(/Rwy'n cytuno/).check();
  await form.getByRole("button", { name: "Anfon adborth" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diolch am eich adborth");
  await expect(page.getByText("Mae staff y grŵp yn darllen yr adborth")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);

  const staff = await staffPage(browser);
  await staff.goto("/staff/feedback?role=employer");
  const item = staff.getByRole("listitem").filter({ hasText: stamp });
  await expect(item.getByRole("heading")).toHaveText("4 out of 5: Very useful");
  // Shown as the text it is: no element was made from it.
  await expect(item.getByText(hostile)).toBeVisible();
  await expect(item.locator("img")).toHaveCount(0);
  await expect(item).toContainText(`May be contacted at cyflogwr-${stamp}@example.com`);

  const href = await staff.getByRole("link", { name: "Download these responses (CSV)" }).getAttribute("href");
  const csv = (await (await staff.request.get(href!)).body()).toString("utf8");
  expect(csv.startsWith("\uFEFFsent,usefulness,role,source,language,improvement,contact_email\r\n")).toBe(true);
  const line = csv.split("\r\n").find((l) => l.includes(stamp))!;
  expect(line).toContain(`,4,employer,public,cy,"'=HYPERLINK(""http://evil.example"",""${stamp}"") <img src=x onerror=alert(1)>",cyflogwr-${stamp}@example.com`);
});

test("the feedback form works without JavaScript, and a bot that fills the hidden field is thanked but not stored", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fact-sheet");
  const form = page.getByRole("form", { name: "Tell us what you think of this fact sheet" });
  await form.getByRole("group", { name: "How useful is this fact sheet to you?" }).getByLabel("Fairly useful").check();
  await form.getByLabel("What would make it better? (optional)").fill("x".repeat(2001));
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("link", { name: "What would make it better must be 2,000 characters or fewer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Select which best describes you" })).toBeVisible();
  // What was typed is kept.
  await expect(page.getByRole("group", { name: "How useful is this fact sheet to you?" }).getByLabel("Fairly useful")).toBeChecked();

  const stamp = `bot-${Date.now().toString(36)}`;
  await page.getByLabel("What would make it better? (optional)").fill(stamp);
  await page.getByRole("group", { name: "Which best describes you?" }).getByLabel("Someone else").check();
  await page.locator("#website").fill("http://spam.example", { force: true });
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");

  const staff = await staffPage(browser);
  await staff.goto("/staff/feedback");
  await expect(staff.getByText(stamp)).toHaveCount(0);
});

test("nobody but staff reaches any staff page, decision or export", async ({ page }) => {
  const { email } = await brandedOwner(page, "Nosy College");
  expect(email).toBeTruthy();
  for (const path of [
    "/staff",
    "/cy/staff",
    "/staff/organisations",
    "/staff/organisations?q=a",
    "/staff/organisations/some-id",
    "/staff/organisations/some-id/decide/approve",
    "/staff/uptake",
    "/staff/feedback",
    "/cy/staff/feedback",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  for (const path of ["/api/staff/uptake?by=month", "/api/staff/feedback"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  // Signed out: the pages ask to sign in, the exports are not there.
  await page.context().clearCookies();
  await page.goto("/staff/uptake");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/staff/feedback")).status()).toBe(404);
});

test("every staff page passes axe, in English and on its Welsh address", async ({ browser }) => {
  test.setTimeout(180_000); // fourteen pages through axe, after a sign-in: over a minute on a busy machine
  const staff = await staffPage(browser);
  await staff.goto("/staff/organisations?q=Demo");
  const violations: string[] = [];
  const check = async (url: string) => {
    await staff.goto(url);
    const results = await new AxeBuilder({ page: staff }).withTags(AXE_TAGS).analyze();
    violations.push(...results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
  };
  const domain = `axe-staff-${Date.now().toString(36)}.example`;
  const provider = await (await browser.newContext()).newPage();
  await signIn(provider, uniqueEmail("owner", domain));
  await addOrganisation(provider, `Axe Staff Ltd ${domain}`, domain, "Other", "Wales");
  await openOrganisation(staff, `Axe Staff Ltd ${domain}`);
  const organisation = new URL(staff.url()).pathname;
  for (const url of ["/staff", "/staff/organisations", organisation, `${organisation}/decide/reject`, "/staff/uptake", "/staff/uptake?from=2026-13-01", "/staff/feedback", "/staff/micro-credentials"]) {
    await check(url);
    await check(`/cy${url}`);
  }
  await staff.goto(`${organisation}/decide/reject`);
  await staff.getByRole("button", { name: `Reject Axe Staff Ltd ${domain}` }).click();
  await expect(staff.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  violations.push(...(await new AxeBuilder({ page: staff }).withTags(AXE_TAGS).analyze()).violations.map((v) => `decision errors ${v.id}`));
  expect(violations).toEqual([]);
});

test("staff can hold first publications for review, then publish one or send it back", async ({ browser }) => {
  const staff = await staffPage(browser);
  const setReview = async (on: boolean) => {
    await staff.goto("/staff/micro-credentials");
    await staff.getByLabel("Review micro-credentials before they are first published").setChecked(on);
    await staff.getByRole("button", { name: "Save setting" }).click();
    await expect(staff.getByRole("status")).toContainText(on ? "From now on" : "published as soon as");
  };
  await setReview(true);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await newApprovedOwner(page, "Reviewed College");
    const marker = `zr${Date.now().toString(36)}`;
    const title = `Reviewed payroll ${marker}`;
    await page.goto("/provider/micro-credentials/new");
    await fillPublishable(page, title, marker);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByRole("status")).toContainText("Sent for review.");
    await page.goto(`/micro-credentials?q=${marker}`);
    await expect(page.getByRole("heading", { name: "Micro-credentials found: 0" })).toBeVisible();

    await staff.goto("/staff/micro-credentials");
    await expect(staff.getByRole("heading", { name: title })).toBeVisible();
    const violations = (await new AxeBuilder({ page: staff }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id);
    expect(violations).toEqual([]);
    await staff.getByRole("button", { name: `Publish ${title}` }).click();
    await expect(staff.getByRole("status")).toHaveText("Published. It is now in the directory.");
    await page.goto(`/micro-credentials?q=${marker}`);
    await expect(page.getByRole("heading", { name: "Micro-credentials found: 1" })).toBeVisible();
    await context.close();
  } finally {
    await setReview(false);
  }
});

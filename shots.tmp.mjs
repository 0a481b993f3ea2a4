import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const base = "http://localhost:3100";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
async function signIn(page, email) {
  await page.goto(base + "/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await page.waitForURL(/check-email/);
  await new Promise((r) => setTimeout(r, 800));
  const log = readFileSync("/tmp/server.log", "utf8");
  const links = [...log.matchAll(/https?:\/\/\S+\/api\/auth\/callback\/nodemailer\S+/g)].map((m) => m[0]).filter((l) => l.includes(encodeURIComponent(email)));
  await page.goto(links.at(-1));
}
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
// a provider requesting a pending organisation
const p2 = await (await browser.newContext()).newPage();
const SKIP = true;
if (!SKIP) { await signIn(p2, "owner@trainco.example");
await p2.goto(base + "/provider/organisation/new");
await p2.getByLabel("Organisation name").fill("TrainCo Skills Ltd");
await p2.getByRole("group", { name: "Type of organisation" }).getByLabel("Other").check();
await p2.getByRole("group", { name: "Nation" }).getByLabel("Northern Ireland").check();
await p2.getByLabel("E-mail domains your staff use").fill("trainco.example");
await p2.getByRole("button", { name: "Add organisation" }).click();
// feedback
for (const [u, r, t] of [["5", "Employer", "Clear and short. A line on costs would help."], ["3", "Someone else", "=1+1 looks odd"], ["4", "Professional, statutory or regulatory body", ""]]) {
  await p2.goto(base + "/fact-sheet");
  await p2.getByRole("group", { name: "How useful is this fact sheet to you?" }).getByLabel(["", "Not at all useful", "Slightly useful", "Fairly useful", "Very useful", "Extremely useful"][u]).check();
  if (t) await p2.getByLabel("What would make it better? (optional)").fill(t);
  await p2.getByRole("group", { name: "Which best describes you?" }).getByLabel(r).check();
  await p2.getByRole("button", { name: "Send feedback" }).click();
  await p2.waitForURL(/thank-you/);
}
await p2.screenshot({ path: "/tmp/shots/thanks-1280.png", fullPage: true }); }
// demo download
const p3 = await (await browser.newContext()).newPage();
await signIn(p3, "demo@example.ac.uk");
if (!SKIP) for (const l of ["en", "cy", "bilingual"]) await p3.request.get(base + "/api/fact-sheet?locale=" + l);
await signIn(page, "staff@mic-sig.test");
for (const [name, url] of [["overview", "/staff"], ["orgs", "/staff/organisations"], ["uptake", "/staff/uptake"], ["feedback", "/staff/feedback"], ["cy-overview", "/cy/staff"]]) {
  await page.goto(base + url);
  await page.screenshot({ path: `/tmp/shots/staff-${name}-1280.png`, fullPage: true });
}
await page.goto(base + "/staff/organisations?q=trainco");
await page.getByRole("link", { name: "TrainCo Skills Ltd" }).click();
await page.waitForURL(/organisations\/[a-z0-9]+$/);
await page.screenshot({ path: "/tmp/shots/staff-org-1280.png", fullPage: true });
await page.getByRole("link", { name: "Reject TrainCo Skills Ltd" }).click();
await page.waitForURL(/decide/);
await page.getByRole("button", { name: "Reject TrainCo Skills Ltd" }).click();
await page.waitForSelector(".error-summary");
await page.screenshot({ path: "/tmp/shots/staff-reject-error-1280.png", fullPage: true });
await page.goto(base + "/staff/organisations?q=demo");
await page.getByRole("link", { name: "Demo College" }).click();
await page.waitForURL(/organisations\/[a-z0-9]+$/);
await page.screenshot({ path: "/tmp/shots/staff-demo-1280.png", fullPage: true });
for (const [w, l] of [[375, "en"], [1280, "en"], [375, "cy"], [1280, "cy"]]) {
  const c = await browser.newContext({ viewport: { width: w, height: 900 } });
  const pg = await c.newPage();
  await pg.goto(base + (l === "cy" ? "/cy/fact-sheet" : "/fact-sheet"));
  await pg.locator("#feedback").screenshot({ path: `/tmp/shots/feedback-${l}-${w}.png` });
  await pg.getByRole("button", { name: l === "cy" ? "Anfon adborth" : "Send feedback" }).click();
  await pg.waitForSelector(".error-summary");
  await pg.locator("#feedback").screenshot({ path: `/tmp/shots/feedback-err-${l}-${w}.png` });
}
const m = await browser.newContext({ viewport: { width: 375, height: 800 } });
const mp = await m.newPage();
await mp.context().addCookies(await ctx.cookies());
for (const [name, url] of [["orgs", "/staff/organisations"], ["uptake", "/staff/uptake"]]) {
  await mp.goto(base + url);
  await mp.screenshot({ path: `/tmp/shots/staff-${name}-375.png`, fullPage: true });
}
await browser.close();

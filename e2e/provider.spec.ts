import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { STAFF_EMAIL } from "./accounts";
import { addOrganisation, newApprovedOwner, signIn, uniqueEmail } from "./auth";
import { linkIn, mailCount, waitForMail } from "./mail";

test("a provider signs in by e-mail link, adds an approved organisation, edits the profile, uploads a logo and signs out", async ({ page }) => {
  const domain = `e2e-${Date.now().toString(36)}.ac.uk`;
  const email = uniqueEmail("owner", domain);
  const { mail } = await signIn(page, email);
  expect(mail.subject).toBe("Your sign-in link for MIC.SIG");
  expect(mail.text).toContain("expires in 15 minutes");

  await expect(page.getByText("You are not part of an organisation yet.")).toBeVisible();
  await addOrganisation(page, "Coleg Prawf", domain);
  await expect(page.getByText("Approved.", { exact: false }).first()).toBeVisible();

  await page.getByRole("link", { name: "Contact details" }).click();
  await page.getByLabel("Contact name").fill("Siân Ŵyn Jones");
  await page.getByLabel("Job title (optional)").fill("Employer partnerships manager");
  await page.getByLabel("Contact e-mail address").fill("  Partnerships@Coleg-Prawf.AC.UK ");
  await page.getByLabel("Telephone (optional)").fill("+44 (0)29 2018 0123");
  await page.getByLabel("Website (optional)").fill("https://www.coleg-prawf.ac.uk");
  await page.getByLabel("Postal address (optional)").fill("Ffordd y Coleg\nCaerdydd\nCF10 1AA");
  await page.getByLabel('"Find out more" web address (optional)').fill("https://www.coleg-prawf.ac.uk/micro");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByRole("status")).toHaveText("Contact details saved.");
  await expect(page.getByRole("link", { name: "Continue" })).toHaveAttribute("href", "/provider/logo");
  await page.reload();
  await expect(page.getByLabel("Telephone (optional)")).toHaveValue("029 2018 0123");
  await expect(page.getByLabel("Contact e-mail address")).toHaveValue("partnerships@coleg-prawf.ac.uk");
  await expect(page.getByLabel("Contact name")).toHaveValue("Siân Ŵyn Jones");

  const png = await sharp({ create: { width: 600, height: 200, channels: 4, background: { r: 179, g: 19, b: 90, alpha: 0.8 } } })
    .png()
    .toBuffer();
  await page.goto("/provider");
  await page.getByRole("link", { name: "Logo" }).click();
  await page.getByLabel("Logo file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("Logo description (optional)").fill("Coleg Prawf logo");
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logo saved." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue" })).toHaveAttribute("href", "/provider/fact-sheet");
  await page.reload();
  const logo = page.getByRole("img", { name: "Coleg Prawf logo" });
  await expect(logo).toBeVisible();
  const response = await page.request.get((await logo.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");
  const meta = await sharp(await response.body()).metadata();
  expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["png", 600, 200, true]);
  // The logo's address names the organisation, so a shared browser's cache cannot mix two up.
  expect(await logo.getAttribute("src")).toMatch(/^\/api\/provider\/logo\?org=[^&]+&v=\d+$/);
  expect((await page.request.get("/api/provider/logo?v=1")).status()).toBe(404);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/provider");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fprovider$/);
  expect((await page.request.get("/api/provider/logo")).status()).toBe(401);
});

test("a sign-in link works once", async ({ page, browser }) => {
  const email = uniqueEmail("once", "example.org");
  const { link } = await signIn(page, email);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(second).toHaveURL(/\/sign-in\?error=Verification$/);
  await expect(second.getByRole("alert").filter({ hasText: "That sign-in link" })).toHaveText(
    "That sign-in link has expired or has already been used. Ask for a new one below.",
  );
  await other.close();
});

test("an expired or forged sign-in link is refused in the language the person started in", async ({ page }) => {
  const email = uniqueEmail("cy", "example.org");
  const before = mailCount();
  await page.goto("/cy/sign-in");
  await page.getByLabel("Cyfeiriad e-bost").fill(email);
  await page.getByRole("button", { name: "Anfon dolen mewngofnodi ataf" }).click();
  const mail = await waitForMail(email, before);
  expect(mail.subject).toBe("Eich dolen fewngofnodi ar gyfer MIC.SIG");
  const forged = linkIn(mail).replace(/token=[^&]+/, "token=0000000000000000000000000000000000000000000000000000000000000000");
  await page.goto(forged);
  await expect(page).toHaveURL(/\/cy\/sign-in\?error=Verification$/);
  await expect(page.getByRole("alert").filter({ hasText: "wedi dod i ben neu wedi'i defnyddio" })).toBeVisible();
});

test("the sign-in form refuses bad addresses with the GOV.UK error pattern", async ({ page }) => {
  await page.goto("/sign-in");
  const button = page.getByRole("button", { name: "Send me a sign-in link" });
  await button.click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary.getByRole("heading")).toHaveText("There is a problem");
  await expect(summary.getByRole("link", { name: "Enter your e-mail address" })).toHaveAttribute("href", "#email");
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
  for (const bad of ["not-an-address", "a@b", "name@example.org<script>", `${"x".repeat(250)}@example.org`]) {
    await page.getByLabel("E-mail address").fill(bad);
    // The message is the same each time: wait for this submission's answer before reading the page.
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), button.click()]);
    await expect(summary.getByRole("link")).toHaveText("Enter an e-mail address in the correct format, like name@college.ac.uk");
    await expect(page.getByLabel("E-mail address")).toHaveValue(bad);
  }
});

test("sign-in flooding for one mailbox stops after 5 links in 15 minutes, without saying so and whatever sub-address is used", async ({ page }) => {
  const email = uniqueEmail("flood", "example.org");
  const [local, domain] = email.split("@");
  // The same mailbox written six ways: a sub-address tag or capitals do not make a new one.
  const variants = [email, `${local}+1@${domain}`, `${local!.toUpperCase()}@${domain}`, `${local}+news@${domain}`, email, `${local}+2@${domain}`];
  for (const variant of variants) {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill(variant);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    // The sixth answer is the same page as the first five: no lock-out signal, no enumeration.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
  }
  await expect(page.getByText("we send only a few links to one address")).toBeVisible();
  const sent = () =>
    readdirSync(process.env.MAIL_DIR!)
      .map((f) => JSON.parse(readFileSync(`${process.env.MAIL_DIR}/${f}`, "utf8")) as { to: string[] })
      .filter((m) => m.to.some((to) => to.toLowerCase().replace(/\+[^@]*@/, "@") === email));
  // Each link is handed to the mail server before its page answers, so all mail sent is here now.
  expect(sent()).toHaveLength(5);
});

test("a new organisation outside the auto-approved domains waits for staff, who approve it", async ({ page, browser }) => {
  const domain = `training-${Date.now().toString(36)}.example`;
  const owner = uniqueEmail("owner", domain);
  await signIn(page, owner);
  await page.getByRole("link", { name: "Add an organisation" }).click();
  // Told before filling the form that staff will check it.
  await expect(page.getByRole("note")).toContainText("the group's staff will check your organisation first");
  await page.goto("/provider");
  await addOrganisation(page, `Training Ltd ${domain}`, domain, "Other", "Scotland");
  await expect(page.getByText("Waiting for approval.")).toBeVisible();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF_EMAIL);
  await staff.goto("/staff");
  await staff.getByRole("link", { name: `Training Ltd ${domain}` }).click();
  await staff.getByRole("link", { name: `Approve Training Ltd ${domain}` }).click();
  await staff.getByRole("button", { name: `Approve Training Ltd ${domain}` }).click();
  await expect(staff.getByRole("status")).toHaveText(`Training Ltd ${domain} is now approved.`);
  await staffContext.close();

  await page.reload();
  await expect(page.getByText("Approved.", { exact: false }).first()).toBeVisible();
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("region", { name: "Recent changes" }).getByText(`${STAFF_EMAIL} approved the organisation`)).toBeVisible();
});

test("the staff area is hidden from providers", async ({ page }) => {
  await signIn(page, uniqueEmail("nosy", "example.org"));
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(404);
});

test("an owner invites a colleague, who accepts; the owner hands over ownership and the old owner cannot remove anyone", async ({ page, browser }) => {
  const domain = `invite-${Date.now().toString(36)}.ac.uk`;
  const owner = uniqueEmail("owner", domain);
  const colleague = uniqueEmail("colleague", domain);
  await signIn(page, owner);
  await addOrganisation(page, "Invite College", domain);
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("Colleague's e-mail address").fill("not an address");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Enter your colleague's e-mail address in the correct format, like name@college.ac.uk" }),
  ).toBeVisible();
  await page.getByLabel("Colleague's e-mail address").fill(colleague);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`We have e-mailed an invitation to ${colleague}`);
  // The invitation arrives, in Welsh and English, with the address to sign in at.
  const invitation = await waitForMail(colleague, 0);
  expect(invitation.subject).toBe("Invitation to the MIC.SIG provider area");
  expect(invitation.text).toContain(`${owner} has invited you to join the MIC.SIG provider area as a member of Invite College.`);
  expect(invitation.text).toContain("Mae " + owner + " wedi eich gwahodd");
  expect(invitation.text).toMatch(/http:\/\/localhost:\d+\/provider\n/);
  expect(invitation.text).toMatch(/http:\/\/localhost:\d+\/cy\/provider\n/);
  // A second invitation, sent by mistake, is withdrawn.
  const mistaken = uniqueEmail("mistake", domain);
  await page.getByLabel("Colleague's e-mail address").fill(mistaken);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(new RegExp(`${mistaken.replace(/[.+]/g, "\\$&")}: the invitation works until`))).toBeVisible();
  await page.getByRole("button", { name: `Withdraw the invitation to ${mistaken}` }).click();
  await expect(page.getByRole("button", { name: `Withdraw the invitation to ${mistaken}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Withdraw the invitation to ${colleague}` })).toBeVisible();

  const colleagueContext = await browser.newContext();
  const other = await colleagueContext.newPage();
  await signIn(other, colleague);
  // The colleague is asked one thing: accept or decline this organisation's invitation.
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Invitations");
  await expect(other.getByText("You have been invited to join Invite College.")).toBeVisible();
  await expect(other.getByRole("button", { name: "Decline invitation" })).toBeVisible();
  await expect(other.getByRole("link", { name: "Add an organisation" })).toHaveCount(0);
  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Invite College");
  await expect(other.getByRole("status")).toHaveText("You have joined Invite College.");
  await expect(other.getByRole("definition").filter({ hasText: "Member" })).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: `Make ${colleague} the owner` }).click();
  const members = (p: Page) => p.getByRole("region", { name: "Members" });
  await expect(members(page).getByRole("row", { name: new RegExp(colleague) }).getByRole("cell", { name: "Owner", exact: true })).toBeVisible();
  await expect(members(page).getByRole("row", { name: new RegExp(owner) }).getByRole("cell", { name: "Member", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);

  await other.goto("/provider/members");
  await other.getByRole("button", { name: `Remove ${owner}` }).click();
  await expect(members(other).getByRole("row", { name: new RegExp(owner) })).toHaveCount(0);
  await expect(other.getByRole("region", { name: "Recent changes" }).getByText(`${colleague} removed a member`)).toBeVisible();
  await colleagueContext.close();

  await page.goto("/provider");
  await expect(page.getByText("You are not part of an organisation yet.")).toBeVisible();
});

test("an invited colleague can decline, and the owner sees it", async ({ page, browser }) => {
  const domain = `decline-${Date.now().toString(36)}.ac.uk`;
  const owner = uniqueEmail("owner", domain);
  const colleague = uniqueEmail("colleague", domain);
  await signIn(page, owner);
  await addOrganisation(page, "Decline College", domain);
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("Colleague's e-mail address").fill(colleague);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`We have e-mailed an invitation to ${colleague}`);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, colleague);
  await other.getByRole("button", { name: "Decline invitation" }).click();
  await expect(other.getByRole("status")).toHaveText("Invitation declined.");
  await expect(other.getByText("You are not part of an organisation yet.")).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByRole("region", { name: "Recent changes" }).getByText(`${colleague} declined the invitation`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Withdraw the invitation to ${colleague}` })).toHaveCount(0);
});

test("nothing typed on the contact details page can be lost to a logo upload: the logo is its own step", async ({ page }) => {
  await newApprovedOwner(page, "Steps College");
  await page.getByRole("link", { name: "Contact details" }).click();
  await page.getByLabel("Contact name").fill("Siân Ŵyn");
  await page.getByLabel("Contact e-mail address").fill("sian@example.ac.uk");
  // No upload on this page: the only way on saves what was typed.
  await expect(page.getByRole("button", { name: "Upload logo" })).toHaveCount(0);
  await expect(page.getByLabel("Logo file")).toHaveCount(0);
  await page.getByRole("button", { name: "Save contact details" }).click();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logo");
  await page.goto("/provider");
  const steps = page.getByRole("list", { name: "Brand the fact sheet in four steps" });
  await expect(steps.getByRole("listitem").filter({ hasText: "Contact details" })).toContainText("Done");
  await expect(steps.getByRole("listitem").filter({ hasText: "Logo" })).toContainText("To do");
});

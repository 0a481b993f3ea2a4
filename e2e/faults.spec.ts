import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { freePort, waitForServer } from "../scripts/lib.mjs";
import { postgresBinDir, startOwnPostgres, type OwnPostgres } from "../scripts/own-postgres.mjs";
import { AXE_TAGS } from "../test/axe";
import { newApprovedOwner, uniqueEmail } from "./auth";

/**
 * What the site does when what it depends on fails: PostgreSQL stops and comes back, the mail
 * server is down, the embedded database's folder is read-only or full. Each case runs against
 * servers this file starts itself (the production build, with a PostgreSQL server of its own),
 * so it can stop them. Without PostgreSQL's server programs, or without mount (root), the cases
 * that need them are reported as skipped.
 */
test.describe.configure({ mode: "serial" });

const UNAVAILABLE = {
  en: "Sorry, this part of the site is not available right now",
  cy: "Mae'n ddrwg gennym, nid yw'r rhan hon o'r wefan ar gael ar hyn o bryd",
};

type Portal = { base: string; log: () => string; stop: () => void; exited: Promise<number | null> };

/** The production server (scripts/start.mjs) on a free port, with `env` on top of a production setup. */
async function startPortal(env: Record<string, string>): Promise<Portal> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL: base,
      NODE_ENV: "production",
      AUTH_SECRET: "faults-only-secret-not-used-anywhere-else-0123456789",
      EMAIL_FROM: "MIC.SIG <no-reply@mic-sig.test>",
      SIGN_IN_LINKS_TO_LOG: "",
      SIGNIN_LIMIT_PER_IP: "200",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { base, log: () => log, stop: () => child.kill("SIGTERM"), exited };
}

async function started(portal: Portal) {
  await Promise.race([
    waitForServer(`${portal.base}/`, portal.log),
    portal.exited.then((code) => {
      throw new Error(`The server stopped (${code}):\n${portal.log()}`);
    }),
  ]);
  return portal;
}

const newPage = async (browser: Browser, portal: Portal, javaScriptEnabled = true) =>
  (await browser.newContext({ baseURL: portal.base, javaScriptEnabled })).newPage();

test.describe("when PostgreSQL or the mail server fails", () => {
  let database: OwnPostgres;
  let portal: Portal;

  test.beforeAll(async () => {
    test.skip(!postgresBinDir(), "PostgreSQL's server programs (initdb, pg_ctl) are not installed");
    test.setTimeout(180_000);
    database = await startOwnPostgres({ name: "faults" });
    const migrated = spawnSync("npm", ["run", "-s", "db:migrate"], { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" });
    expect(migrated.status, migrated.stderr).toBe(0);
    portal = await started(await startPortal({ DATABASE_URL: database.url, EMAIL_SERVER: `smtp://127.0.0.1:${process.env.E2E_MAIL_PORT}` }));
  });

  test.afterAll(() => {
    portal?.stop();
    database?.remove();
  });

  test("content pages keep serving, the provider area asks people to try again shortly, nothing is half-saved, and the site recovers by itself", async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await newPage(browser, portal);
    await newApprovedOwner(page, "Coleg y Prawf Methiant");
    await page.getByRole("link", { name: "Contact details" }).click();
    await page.getByLabel("Contact name").fill("Before the fault");
    await page.getByLabel("Contact e-mail address").fill("before@example.ac.uk");
    await page.getByRole("button", { name: "Save contact details" }).click();
    await expect(page.getByRole("status")).toHaveText("Contact details saved.");

    // With JavaScript, a save during the outage ends on the error page, in the page's language.
    const welsh = await newPage(browser, portal);
    await welsh.context().addCookies(await page.context().cookies());
    await welsh.goto("/cy/provider/profile");
    await welsh.getByLabel("Enw cyswllt").fill("Yn ystod y nam");

    // The same form, sent without JavaScript while the database is down.
    const plain = await newPage(browser, portal, false);
    await plain.context().addCookies(await page.context().cookies());
    await plain.goto("/provider/profile");
    await plain.getByLabel("Contact name").fill("During the fault");
    database.stop();
    // Each instance asks the database at most once a second: wait until it has seen it go, as a
    // request in that second can still reach the application (and fails there, changing nothing).
    await expect.poll(async () => (await page.request.get("/sign-in")).status(), { timeout: 10_000 }).toBe(503);

    const [answer] = await Promise.all([plain.waitForResponse((r) => r.request().method() === "POST"), plain.getByRole("button", { name: "Save contact details" }).click()]);
    expect(answer.status()).toBe(503);
    expect(answer.headers()["retry-after"]).toBe("30");
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText(UNAVAILABLE.en);

    await welsh.getByRole("button", { name: "Cadw'r manylion cyswllt" }).click();
    await expect(welsh.getByRole("heading", { level: 1 })).toHaveText("Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth");
    await expect(welsh.getByRole("button", { name: "Rhoi cynnig arall arni" })).toBeVisible();

    for (const address of ["/", "/fact-sheet", "/faqs", "/cy", "/cy/fact-sheet"]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    for (const [address, heading] of [
      ["/provider", UNAVAILABLE.en],
      ["/cy/provider", UNAVAILABLE.cy],
      ["/sign-in", UNAVAILABLE.en],
    ] as const) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(503);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => v.id), address).toEqual([]);
    }
    expect((await page.request.get("/api/fact-sheet")).status()).toBe(503);
    expect((await page.request.get("/api/health")).status()).toBe(503);

    database.start();
    await expect.poll(async () => (await page.goto("/provider/profile"))?.status(), { timeout: 30_000 }).toBe(200);
    await expect(page.getByLabel("Contact name")).toHaveValue("Before the fault");
    expect((await page.request.get("/api/health")).status()).toBe(200);
  });

  test("every request is one JSON log line with the id the response carries, and no sign-in link or token reaches the log", async ({ page }) => {
    const response = await page.request.get(`${portal.base}/faqs?utm_source=someone@example.org`);
    const id = response.headers()["x-request-id"];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = () =>
      portal
        .log()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // The line is written when the response has gone, which can be just after the client has it.
    await expect.poll(() => lines().find((line) => line.requestId === id)).toMatchObject({ msg: "request", method: "GET", path: "/faqs", status: 200 });
    // The sign-in of the test above went through this server: its link and token are nowhere.
    expect(portal.log()).toContain(`"path":"/api/auth/callback/nodemailer"`);
    expect(portal.log()).not.toMatch(/nodemailer\?|token=[A-Za-z0-9]|someone@/);
  });

  test("when the mail server is down, sign-in says the e-mail could not be sent and no usable link is left", async ({ browser }) => {
    const noMail = await started(await startPortal({ DATABASE_URL: database.url, EMAIL_SERVER: `smtp://127.0.0.1:${await freePort()}` }));
    try {
      const page = await newPage(browser, noMail);
      const email = uniqueEmail("no-mail", "coleg-prawf.ac.uk");
      await page.goto("/sign-in");
      await page.getByLabel("E-mail address").fill(email);
      await page.getByRole("button", { name: "Send me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.getByRole("link", { name: "We could not send the sign-in e-mail just now, so no link is on its way. Try again in a few minutes." })).toBeVisible();
      await expect(page.getByLabel("E-mail address")).toHaveValue(email);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const tokens = await client.query(`SELECT count(*)::int AS n FROM "VerificationToken" WHERE identifier = $1`, [email]);
      await client.end();
      expect(tokens.rows[0].n).toBe(0);
    } finally {
      noMail.stop();
      await test.info().attach("server log", { body: noMail.log(), contentType: "text/plain" });
    }
  });
});

test.describe("when the embedded database's folder cannot be used", () => {
  const work = mkdtempSync(path.join(tmpdir(), "micsig-faults-"));
  const mounted: string[] = [];
  const mount = (...args: string[]) => spawnSync("mount", args).status === 0;
  test.afterAll(() => {
    for (const dir of mounted.reverse()) spawnSync("umount", [dir]);
    rmSync(work, { recursive: true, force: true });
  });

  for (const [kind, options, message] of [
    ["read-only", "size=256m,ro", /The embedded database folder \S+ is read-only: the server must be able to write there/],
    ["full", "size=64k", /The embedded database folder \S+ is full: free some space on its disk/],
  ] as const) {
    test(`a ${kind} folder stops the server at start with a message that says so`, async () => {
      const dir = path.join(work, kind);
      mkdirSync(dir);
      test.skip(process.getuid?.() !== 0 || !mount("-t", "tmpfs", "-o", options, "tmpfs", dir), "needs mount (root) for a real read-only or full filesystem");
      mounted.push(dir);
      if (kind === "full") spawnSync("sh", ["-c", `cat /dev/zero > ${dir}/filler 2>/dev/null`]);
      const portal = await startPortal({ DATABASE_URL: `file:${dir}`, EMAIL_SERVER: "smtp://127.0.0.1:25" });
      expect(await portal.exited).toBe(1);
      expect(portal.log()).toMatch(message);
      writeFileSync(path.join(work, `${kind}.log`), portal.log());
    });
  }
});

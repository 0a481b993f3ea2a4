import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./auth";
import { mailCount } from "./mail";

/** The hidden fields React renders into a server-action form, so a script can post it as a browser would. */
async function actionFields(page: Page, form: string) {
  return page.locator(`${form} input[type=hidden]`).evaluateAll((inputs) =>
    Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
  );
}

test("session cookies are HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, uniqueEmail("cookie", "example.org"));
  const session = (await context.cookies()).find((c) => /authjs\.session-token$/.test(c.name));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("a server action refuses a body over 64 KB and sends nothing, while a normal one works", async ({ page }) => {
  await page.goto("/sign-in");
  const fields = await actionFields(page, "form:has(#email)");
  const email = uniqueEmail("big", "example.org");
  const post = (extra: Record<string, string>) =>
    page.request.post("/sign-in", { multipart: { ...fields, email, ...extra }, headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });

  const before = mailCount();
  const big = await post({ padding: "x".repeat(200 * 1024) });
  expect(big.status()).toBeGreaterThanOrEqual(400);
  expect(mailCount()).toBe(before);

  const normal = await post({});
  expect(normal.status()).toBe(303);
  expect(normal.headers().location).toMatch(/\/sign-in\/check-email$/);
});

test("the raw next-auth sign-in endpoint is not there", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const before = mailCount();
  const response = await request.post("/api/auth/signin/nodemailer", {
    form: { email: uniqueEmail("raw", "example.org"), csrfToken: csrf.csrfToken, callbackUrl: "/provider" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  expect(mailCount()).toBe(before);
});

test("a forged start-up header does not open the fact-sheet download: it is an ordinary signed-out request", async ({ request }) => {
  for (const guess of ["1", "a".repeat(64), "0".repeat(64)]) {
    const response = await request.get("/api/fact-sheet?locale=en", { headers: { "x-micsig-prepare": guess } });
    expect(response.status()).toBe(401);
    expect(await response.text()).toBe("Sign in to download the fact sheet.");
  }
});

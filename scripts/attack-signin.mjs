// `npm run attack:signin`: replays the sign-in and organisation attacks of issue 9 (findings 1-3)
// against the production build, as an attacker with nothing but HTTP would: a raw POST to
// next-auth, a disguised address, forged X-Forwarded-For headers, 30 requests at once, sub-address
// tags, and a student claiming a university's domain. It starts its own server (with its own
// embedded database and a real SMTP sink) and counts the mail that actually went out.
// Prints one line per attack; exits 1 if any got through. Needs `npm run build` first.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./lib.mjs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}

const PER_ADDRESS = 3;
const PER_IP = 20;

const port = await freePort();
const mailPort = await freePort();
const base = `http://localhost:${port}`;
const work = mkdtempSync(path.join(tmpdir(), "micsig-attack-"));
const mailDir = path.join(work, "mail");
mkdirSync(mailDir);

const children = [];
const start = (args, env) => {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  children.push({ child, log: () => log });
  return child;
};
const stopAll = () => {
  for (const { child } of children) child.kill("SIGTERM");
};
process.on("exit", stopAll);

start(["e2e/mail-sink.mjs"], { MAIL_PORT: String(mailPort), MAIL_DIR: mailDir });
start(["scripts/start.mjs"], {
  PORT: String(port),
  SITE_URL: base,
  DATABASE_URL: `file:${path.join(work, "db")}`,
  NODE_ENV: "production",
  AUTH_SECRET: "attack-script-secret-not-used-anywhere-else-0123456789",
  EMAIL_SERVER: `smtp://127.0.0.1:${mailPort}`,
  EMAIL_FROM: "MIC.SIG <no-reply@mic-sig.test>",
  SIGNIN_LIMIT_PER_ADDRESS: String(PER_ADDRESS),
  SIGNIN_LIMIT_PER_IP: String(PER_IP),
  TRUSTED_PROXY_HOPS: "0",
  AUTO_APPROVE_DOMAINS: "ac.uk",
});

const deadline = Date.now() + 120_000;
for (;;) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error("The server did not start:\n", children.map((c) => c.log()).join("\n"));
    process.exit(2);
  }
  await new Promise((r) => setTimeout(r, 250));
}

// --- Helpers: mail, cookies and forms as a script sees them --------------------------------------
const mails = () =>
  readdirSync(mailDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(mailDir, f), "utf8")));
const mailTo = (predicate) => mails().filter((m) => m.to.some(predicate));

const jar = new Map();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keepCookies(response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields of the first form on a page that contains `marker` (the server action's ids). */
async function formFields(pagePath, marker) {
  const response = await fetch(`${base}${pagePath}`, { headers: { cookie: cookieHeader() } });
  const html = await response.text();
  const form = html.split("<form").find((f) => f.includes(marker));
  if (!form) throw new Error(`No form with ${marker} on ${pagePath}`);
  const fields = {};
  for (const tag of form.split("</form>")[0].match(/<input[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name) fields[decode(name)] = decode(value);
  }
  return fields;
}

/** Submits a server-action form without JavaScript, as a plain browser would. */
async function submit(pagePath, marker, values, headers = {}) {
  const fields = await formFields(pagePath, marker);
  const body = new FormData();
  for (const [k, v] of Object.entries({ ...fields, ...values })) body.set(k, v);
  const response = await fetch(`${base}${pagePath}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: base, cookie: cookieHeader(), ...headers },
  });
  keepCookies(response);
  return response;
}

const askForLink = (email, headers) => submit("/sign-in", 'name="email"', { email, locale: "en" }, headers);

const results = [];
function check(name, refused, detail) {
  results.push({ name, refused, detail });
  console.log(`${refused ? "✔ refused" : "✖ GOT THROUGH"}  ${name}${detail ? `  (${detail})` : ""}`);
}

// --- Finding 1: the raw next-auth endpoint and a disguised address --------------------------------
{
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  keepCookies(csrfResponse);
  const { csrfToken } = await csrfResponse.json().catch(() => ({ csrfToken: "" }));
  const disguised = "x@cardiff.ac.uk@ <attacker@evil.com>";
  const before = mails().length;
  const raw = await fetch(`${base}/api/auth/signin/nodemailer`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin: base },
    body: new URLSearchParams({ email: disguised, csrfToken, callbackUrl: "/provider" }),
  });
  check("1. raw POST /api/auth/signin/nodemailer with a csrf token", raw.status === 404 && mails().length === before, `HTTP ${raw.status}, ${mails().length - before} mail sent`);

  const viaForm = await askForLink(disguised);
  const html = viaForm.status === 200 ? await viaForm.text() : "";
  check(
    "1. the disguised address x@cardiff.ac.uk@ <attacker@evil.com> through the sign-in form",
    mails().length === before && /Enter an e-mail address in the correct format/.test(html),
    `HTTP ${viaForm.status}, ${mails().length - before} mail sent`,
  );
  for (const variant of ["Sian <sian@cardiff.ac.uk>", "sian@cardiff.ac.uk,attacker@evil.com", '"a@evil.com"@cardiff.ac.uk', "sian@cardiff.ac.uk\r\nBcc: attacker@evil.com"]) {
    await askForLink(variant);
  }
  check("1. display names, lists, quoted local parts and header injection through the form", mails().length === before, `${mails().length - before} mail sent`);
}

// --- Finding 3: limits that cannot be raced, spread or spoofed, and say nothing ----------------------
{
  const target = `race-${Date.now().toString(36)}@victim.ac.uk`;
  const answers = await Promise.all(Array.from({ length: 30 }, () => askForLink(target)));
  const sent = mailTo((to) => to === target).length;
  check(`3. 30 requests at once for one address (limit ${PER_ADDRESS})`, sent === PER_ADDRESS, `${sent} links sent`);
  const locations = new Set(answers.map((a) => `${a.status} ${a.headers.get("location")}`));
  check("3. over the limit the answer is the same 'check your e-mail' page (no lock-out signal)", locations.size === 1 && [...locations][0].includes("/sign-in/check-email"), [...locations].join(", "));

  const local = `tags-${Date.now().toString(36)}`;
  for (const variant of [`${local}+1@victim.ac.uk`, `${local}+2@victim.ac.uk`, `${local.toUpperCase()}@VICTIM.AC.UK`, `${local}+x@victim.ac.uk`, `${local}@victim.ac.uk`]) {
    await askForLink(variant);
  }
  const spread = mailTo((to) => to.replace(/\+[^@]*@/, "@") === `${local}@victim.ac.uk`).length;
  check(`3. sub-address tags (a+1@, a+2@) and capitals spreading one mailbox (limit ${PER_ADDRESS})`, spread === PER_ADDRESS, `${spread} links sent`);
}

// --- Finding 2: a student claiming the university's domain (and another) --------------------------
/** Signs in as `email` through the form and the link in the mail; the session cookie goes in the jar. */
async function signInAs(email) {
  jar.clear();
  await askForLink(email);
  const mail = mailTo((to) => to === email).at(-1);
  const link = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\S+/.exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error(`No sign-in mail for ${email}`);
  keepCookies(await fetch(link, { redirect: "manual", headers: { cookie: cookieHeader() } }));
}
const createOrganisation = (name, domains) =>
  submit("/provider/organisation/new", 'name="domains"', { name, type: "university", nation: "wales", website: "", domains, locale: "en" });
const providerHome = async () => (await fetch(`${base}/provider`, { headers: { cookie: cookieHeader() } })).text();
{
  const id = Date.now().toString(36);
  try {
    await signInAs(`s1@student.uni${id}.ac.uk`);
    const response = await createOrganisation(`Suffix ${id}`, "ac.uk");
    const html = response.status === 200 ? await response.text() : "";
    check("2. registering the public suffix ac.uk as an organisation's domain", /not a shared ending such as ac\.uk/.test(html), `HTTP ${response.status}`);
  } catch (error) {
    check("2. registering the public suffix ac.uk as an organisation's domain", false, error.message);
  }
  try {
    await signInAs(`s2@student.uni${id}.ac.uk`);
    await createOrganisation(`Claimed ${id}`, `uni${id}.ac.uk, other${id}.ac.uk`);
    const home = await providerHome();
    // The status the page shows in bold: "Approved." or "Waiting for approval."
    const status = /<strong>(Approved|Waiting for approval|Suspended)(?:<!-- -->)?\.<\/strong>/.exec(home)?.[1] ?? "no organisation";
    check(
      "2. a student claiming the university's domain and another university's, approved at once",
      home.includes(`Claimed ${id}`) && status === "Waiting for approval",
      status,
    );
  } catch (error) {
    check("2. a student claiming the university's domain and another university's, approved at once", false, error.message);
  }
}

// --- Finding 3: a forged X-Forwarded-For buys no extra links --------------------------------------
{
  // Every link sent so far came from this one client; its network limit is PER_IP in all.
  for (let i = 0; i < PER_IP + 5; i++) {
    await askForLink(`spoof${i}-${Date.now().toString(36)}@victim.ac.uk`, { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}` });
  }
  const total = mails().length;
  check(`3. forged X-Forwarded-For and X-Real-IP on every request (network limit ${PER_IP})`, total === PER_IP, `${total} links sent to this client in all`);
}

stopAll();
const failed = results.filter((r) => !r.refused).length;
mkdirSync(".test-reports", { recursive: true });
writeFileSync(".test-reports/attack.json", JSON.stringify({ passed: results.length - failed, failed, results }, null, 2));
rmSync(work, { recursive: true, force: true });
console.log(`\n${results.length - failed} of ${results.length} attacks refused`);
process.exit(failed ? 1 : 0);

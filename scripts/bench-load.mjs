// `npm run bench:load`: the production set-up under load, as figures (never a pass/fail timing).
// Starts a PostgreSQL server of its own, two production instances (npm run start:prod, the
// standalone build) and Debian's nginx with deploy/nginx/micsig-locations.conf in front, then for
// BENCH_SECONDS (60) drives three journeys at once through nginx:
//   - 50 signed-in providers downloading their branded fact sheet (en, cy, bilingual in turn);
//   - 20 signed-in providers saving their contact details (the no-JavaScript form post);
//   - 200 connections reading public pages.
// Prints requests/s, p50/p99 latency and errors per journey, checks the database afterwards
// (every save has exactly one audit row and one profile version, no download row is duplicated
// or missing), then does the same with one instance so the scaling factor is visible.
// Needs `npm run build` first; as root it installs nginx with apt when it is missing.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { ensureSystemPackages } from "./ensure-deps.mjs";
import { freePort, waitForServer } from "./lib.mjs";
import { startOwnPostgres } from "./own-postgres.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const DOWNLOADERS = 50;
const EDITORS = 20;
const READERS = 200;
const PUBLIC_PAGES = ["/", "/cy", "/fact-sheet", "/cy/fact-sheet", "/faqs", "/cy/faqs", "/about", "/reports", "/case-studies", "/resources"];
const SITE_URL = "https://bench.micsig.test";
const COOKIE = "__Secure-authjs.session-token"; // SITE_URL is https, so the session cookie has the __Secure- prefix

if (!existsSync(".next/standalone/scripts/server.mjs")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
ensureSystemPackages(["nginx"]);

const work = mkdtempSync(path.join(tmpdir(), "micsig-load-"));
const children = new Set();
let database;
const cleanUp = () => {
  for (const child of children) child.stop();
  database?.remove();
  rmSync(work, { recursive: true, force: true });
};
process.on("exit", cleanUp);
process.on("SIGINT", () => process.exit(130));

/**
 * Starts a program in a process group of its own, so that stopping it stops what it started too
 * (npm runs start:prod through a shell, which does not pass signals on).
 */
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  let log = "";
  const problems = [];
  child.stdout.on("data", (d) => (log = (log + d).slice(-20_000)));
  child.stderr.on("data", (d) => {
    log = (log + d).slice(-20_000);
    // The instances' warnings and errors other than request lines, kept whole for the report.
    for (const line of String(d).split("\n")) if (line && !line.includes('"msg":"request"')) problems.push(line);
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return { child, log: () => log, problems };
}

// --- The database: migrated, with 70 approved organisations, each with one signed-in owner -----
database = await startOwnPostgres({ name: "load" });
const migrated = spawnSync("npm", ["run", "-s", "db:migrate"], { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" });
if (migrated.status !== 0) throw new Error(`db:migrate failed:\n${migrated.stderr}`);

const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
const people = [];
for (let i = 0; i < DOWNLOADERS + EDITORS; i++) {
  const id = `load${i}${randomBytes(6).toString("hex")}`;
  const person = { index: i, userId: `u-${id}`, organisationId: `o-${id}`, token: randomBytes(32).toString("hex") };
  await sql.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [person.userId, `owner${i}@load-${i}.ac.uk`]);
  await sql.query(
    `INSERT INTO "Organisation" (id, slug, name, type, nation, domains, status, "approvedAt", "updatedAt")
     VALUES ($1, $2, $3, 'college', 'wales', $4, 'approved', now(), now())`,
    [person.organisationId, `coleg-llwyth-${i}`, `Coleg Llwyth ${i}`, [`load-${i}.ac.uk`]],
  );
  await sql.query(`INSERT INTO "Membership" ("organisationId", "userId", role) VALUES ($1, $2, 'owner')`, [person.organisationId, person.userId]);
  await sql.query(
    `INSERT INTO "BrandProfile" ("organisationId", "contactName", email, "addressLines", "addressLinesCy", "updatedAt")
     VALUES ($1, 'Siân Jones', $2, '{}', '{}', now())`,
    [person.organisationId, `partnerships@load-${i}.ac.uk`],
  );
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [person.token, person.userId]);
  people.push(person);
}
const downloaders = people.slice(0, DOWNLOADERS);
const editors = people.slice(DOWNLOADERS);

// --- The portal: production instances behind nginx ----------------------------------------------
const portalEnv = {
  DATABASE_URL: database.url,
  SITE_URL,
  AUTH_SECRET: `load-bench-secret-${"0".repeat(40)}`,
  EMAIL_SERVER: "smtp://127.0.0.1:9", // nothing is mailed in this benchmark
  TRUSTED_PROXY_HOPS: "1",
  // The journeys repeat far more often than a person would: the per-person limits would refuse them.
  PDF_DOWNLOADS_PER_HOUR: "100000000",
};

async function startInstances(count) {
  const instances = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const server = start("npm", ["run", "-s", "start:prod"], { ...portalEnv, PORT: String(port) });
    instances.push({ port, ...server });
  }
  for (const instance of instances) {
    await waitForServer(`http://127.0.0.1:${instance.port}/api/health`, instance.log);
    // The fact sheet prepares itself once listening; wait for it so the run measures the steady state.
    for (let t = 0; t < 240 && !/prepared in \d+ ms|Preparing the fact sheet/.test(instance.log()); t++) await new Promise((r) => setTimeout(r, 250));
  }
  return instances;
}

async function startNginx(instances) {
  const port = await freePort();
  const dir = path.join(work, `nginx-${instances.length}`);
  mkdirSync(path.join(dir, "cache"), { recursive: true });
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `user root;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  upstream micsig {
    least_conn;
${instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=3 fail_timeout=10s;`).join("\n")}
    keepalive 64;
    keepalive_timeout 30s;
  }
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=micsig:10m max_size=200m inactive=7d use_temp_path=off;
  server {
    listen 127.0.0.1:${port};
    include ${path.resolve("deploy/nginx/micsig-locations.conf")};
  }
}
`,
  );
  const nginx = start("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"]);
  await waitForServer(`http://127.0.0.1:${port}/api/health`, nginx.log);
  return { port, ...nginx };
}

// --- The journeys ---------------------------------------------------------------------------------
/**
 * The next person of a journey, in turn. autocannon resets a connection's `context` each time its
 * list of requests starts again, so turns are counted here; onResponse sees the same context.
 */
const nextPerson = (pool, context) => {
  pool.turn = (pool.turn ?? -1) + 1;
  context.person = pool[pool.turn % pool.length];
  context.round = Math.floor(pool.turn / pool.length);
  return context.person;
};

/** The hidden fields of the contact details form (Next's server action reference), as a browser without JavaScript sends them. */
async function profileForm(base, person) {
  const html = await (await fetch(`${base}/provider/profile`, { headers: { cookie: `${COOKIE}=${person.token}` } })).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/g;
  for (let match; (match = form.exec(html)); ) {
    if (!match[1].includes('name="contactName"')) continue;
    const hidden = [...match[1].matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(([, name, value = ""]) => [
      name,
      value.replaceAll("&quot;", '"').replaceAll("&amp;", "&"),
    ]);
    return hidden;
  }
  throw new Error(`No contact details form for ${person.userId}:\n${html.slice(0, 500)}`);
}

function multipart(fields) {
  const boundary = `----micsigload${randomBytes(8).toString("hex")}`;
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

function run(name, options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ duration: SECONDS, timeout: 30, ...options }, (error, result) => (error ? reject(error) : resolve({ name, result })));
    instance.on("error", reject);
  });
}

/** Each journey once, before the load: a journey that does not work would only measure its error page. */
async function preflight(base, forms, instances) {
  const page = await fetch(`${base}/faqs`);
  await page.arrayBuffer();
  const cache = page.headers.get("x-cache-status");
  const pdf = await fetch(`${base}/api/fact-sheet?locale=en`, { headers: { cookie: `${COOKIE}=${downloaders[0].token}` } });
  const pdfBytes = Buffer.from(await pdf.arrayBuffer());
  const editor = editors[0];
  const { body, type } = saveBody(forms, editor, 0);
  const save = await fetch(`${base}/provider/profile`, { method: "POST", headers: { cookie: `${COOKIE}=${editor.token}`, "content-type": type, origin: base }, body });
  const saveText = await save.text();
  // The directory's CSV import has its own body limit in nginx (21 MB; 3 MB everywhere else): a
  // 10 MB file reaches the portal, which refuses its columns; 4 MB to any other address stops at nginx.
  const file = new FormData();
  file.set("locale", "en");
  file.set("organisationId", editor.organisationId);
  file.set("file", new Blob([Buffer.alloc(10 * 1024 * 1024, "a")], { type: "text/csv" }), "courses.csv");
  const imported = await fetch(`${base}/api/provider/micro-credentials/import`, { method: "POST", headers: { cookie: `${COOKIE}=${editor.token}`, origin: base }, body: file, redirect: "manual" });
  const importedTo = imported.headers.get("location") ?? "";
  await imported.arrayBuffer();
  const large = await fetch(`${base}/provider/profile`, { method: "POST", headers: { cookie: `${COOKIE}=${editor.token}`, origin: base, "content-type": "text/plain" }, body: Buffer.alloc(4 * 1024 * 1024) });
  await large.arrayBuffer();
  console.log(`Body limits: a 10 MB CSV import ${imported.status} (${importedTo.includes("report=") ? "checked by the portal: wrong columns" : importedTo || "no redirect"}); 4 MB to /provider/profile ${large.status}`);
  if (imported.status !== 303 || !importedTo.includes("report=") || large.status !== 413) throw new Error("nginx's body limits are not as deploy/nginx/micsig-locations.conf means them to be.");
  console.log(`Before the load: /faqs ${page.status} (nginx cache: ${cache}); download ${pdf.status} ${pdf.headers.get("content-type")} ${pdfBytes.length} bytes; save ${save.status}${saveText.includes("Contact details saved.") ? ' "Contact details saved."' : ""}`);
  if (page.status !== 200 || pdf.status !== 200 || !pdfBytes.subarray(0, 5).equals(Buffer.from("%PDF-")) || !saveText.includes("Contact details saved.")) {
    console.error(saveText.slice(0, 500), forms.get(editor.userId), instances.map((i) => i.log().split("\n").filter((l) => l.includes('"error"')).slice(-5).join("\n")).join("\n"));
    throw new Error("A journey does not work before the load: see above.");
  }
  await sql.query(`DELETE FROM "AuditEvent"; DELETE FROM "FactSheetDownload"; UPDATE "BrandProfile" SET version = 1`);
}

function saveBody(forms, person, count) {
  return multipart([
    ...forms.get(person.userId),
    ["contactName", `Siân Jones ${count}`],
    ["jobTitle", "Partnerships manager"],
    ["email", `partnerships@load-${person.index}.ac.uk`],
    ["phone", "029 2000 0000"],
    ["website", ""],
    ["address", "Heol y Coleg\nCaerdydd"],
    ["findOutMoreUrl", ""],
    ["organisationNameCy", ""],
    ["jobTitleCy", ""],
    ["addressCy", ""],
  ]);
}

async function measure(instanceCount) {
  const instances = await startInstances(instanceCount);
  const nginx = await startNginx(instances);
  const base = `http://127.0.0.1:${nginx.port}`;
  const forms = new Map();
  for (const editor of editors) forms.set(editor.userId, await profileForm(base, editor));
  for (const page of PUBLIC_PAGES) await fetch(base + page); // fills nginx's cache, as the first readers after a deploy do
  await preflight(base, forms, instances);

  const saved = new Map(editors.map((e) => [e.organisationId, 0]));
  const sent = new Map(editors.map((e) => [e.organisationId, 0]));
  let saveAnswersWithoutConfirmation = 0;
  const downloadsAsked = new Set();
  const choices = ["en", "cy", "bilingual"];
  const [reads, downloads, edits] = await Promise.all([
    run("public pages (200 connections)", {
      url: base,
      connections: READERS,
      requests: PUBLIC_PAGES.map((p) => ({ method: "GET", path: p })),
    }),
    run(`fact sheet downloads (${DOWNLOADERS} providers)`, {
      url: base,
      connections: DOWNLOADERS,
      requests: [
        {
          setupRequest(request, context) {
            const person = nextPerson(downloaders, context);
            context.choice = choices[context.round % choices.length];
            return { ...request, method: "GET", path: `/api/fact-sheet?locale=${context.choice}`, headers: { cookie: `${COOKIE}=${person.token}` } };
          },
          onResponse(status, body, context) {
            if (status === 200) downloadsAsked.add(`${context.person.organisationId}:${context.choice}`);
          },
        },
      ],
    }),
    run(`contact details saved (${EDITORS} providers)`, {
      url: base,
      connections: EDITORS,
      requests: [
        {
          setupRequest(request, context) {
            const person = nextPerson(editors, context);
            sent.set(person.organisationId, sent.get(person.organisationId) + 1);
            const { body, type } = saveBody(forms, person, context.round);
            return {
              ...request,
              method: "POST",
              path: "/provider/profile",
              headers: { cookie: `${COOKIE}=${person.token}`, "content-type": type, origin: base },
              body,
            };
          },
          onResponse(status, body, context) {
            if (status !== 200) return;
            if (body.includes("Contact details saved.")) saved.set(context.person.organisationId, saved.get(context.person.organisationId) + 1);
            else saveAnswersWithoutConfirmation++;
          },
        },
      ],
    }),
  ]);

  const logged = new Map();
  for (const instance of instances) {
    for (const line of instance.problems) {
      const msg = /"msg":"([^"]{0,160})/.exec(line)?.[1] ?? line.slice(0, 160);
      const stack = /"stack":"([^"]{0,200})/.exec(line)?.[1];
      const key = stack ? `${msg} ${stack}` : msg;
      logged.set(key, (logged.get(key) ?? 0) + 1);
    }
  }
  if (logged.size) console.log(`Warnings and errors the instances logged:\n${[...logged].map(([m, n]) => `  ${n} × ${m}`).join("\n")}`);
  for (const instance of instances) instance.child.stop();
  nginx.child.stop();
  await new Promise((r) => setTimeout(r, 1500));
  return { instanceCount, journeys: [reads, downloads, edits], saved, sent, saveAnswersWithoutConfirmation, downloadsAsked };
}

// --- Consistency: what the database holds against what the clients were told --------------------
async function check({ saved, sent, saveAnswersWithoutConfirmation, downloadsAsked }) {
  const problems = [];
  const { rows: profiles } = await sql.query(
    `SELECT b."organisationId", b.version, (SELECT count(*)::int FROM "AuditEvent" a WHERE a."organisationId" = b."organisationId" AND a.action = 'profile.updated') AS audits
     FROM "BrandProfile" b WHERE b."organisationId" = ANY($1)`,
    [editors.map((e) => e.organisationId)],
  );
  let savesTotal = 0;
  let auditsTotal = 0;
  for (const { organisationId, version, audits } of profiles) {
    const told = saved.get(organisationId);
    savesTotal += told;
    auditsTotal += audits;
    if (audits !== version - 1) problems.push(`${organisationId}: ${audits} audit rows for ${version - 1} profile changes`);
    // A save confirmed to the client must be there; one still in flight when the run stopped may
    // be there too (the server finished it, the client had stopped listening); no more than sent.
    if (audits < told) problems.push(`${organisationId}: ${told} saves confirmed to the client, only ${audits} in the database`);
    if (audits > sent.get(organisationId)) problems.push(`${organisationId}: ${audits} saves in the database, but only ${sent.get(organisationId)} sent`);
  }
  if (saveAnswersWithoutConfirmation) problems.push(`${saveAnswersWithoutConfirmation} save answers without "Contact details saved."`);
  const { rows: downloads } = await sql.query(
    `SELECT "organisationId", locale, count(*)::int AS n,
            count(DISTINCT ("userId", "contentVersion", "profileVersion", day))::int AS distinct_n
     FROM "FactSheetDownload" GROUP BY "organisationId", locale`,
  );
  const recorded = new Set(downloads.map((d) => `${d.organisationId}:${d.locale}`));
  for (const d of downloads) if (d.n !== d.distinct_n) problems.push(`${d.organisationId} ${d.locale}: ${d.n - d.distinct_n} duplicate download rows`);
  const missing = [...downloadsAsked].filter((key) => !recorded.has(key));
  if (missing.length) problems.push(`${missing.length} downloads served but not recorded, e.g. ${missing[0]}`);
  const { rows: orphans } = await sql.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'profile.updated' AND NOT ("organisationId" = ANY($1))`, [
    editors.map((e) => e.organisationId),
  ]);
  if (orphans[0].n) problems.push(`${orphans[0].n} profile audit rows for organisations nobody edited`);
  return { problems, savesTotal, auditsTotal, downloadRows: downloads.reduce((sum, d) => sum + d.n, 0) };
}

const ms = (value) => (value === undefined ? "–" : `${Math.round(value)} ms`);
function report({ instanceCount, journeys }, consistency) {
  console.log(`\n${instanceCount} instance${instanceCount === 1 ? "" : "s"} behind nginx, ${SECONDS} s, all three journeys at once:`);
  console.log("journey                                 requests    req/s    p50      p99      errors (non-2xx / failed / timeouts)");
  for (const { name, result } of journeys) {
    const errors = result.non2xx + result.errors + result.timeouts;
    console.log(
      `${name.padEnd(40)}${String(result.requests.total).padStart(8)}${result.requests.average.toFixed(1).padStart(9)}    ${ms(result.latency.p50).padEnd(9)}${ms(result.latency.p99).padEnd(9)}${errors} (${result.non2xx} / ${result.errors} / ${result.timeouts})`,
    );
    const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}: ${count}`);
    if (errors) console.log(`${"".padEnd(40)}answers: ${statuses.join(", ")}`);
  }
  console.log(
    `database: ${consistency.savesTotal} saves confirmed, ${consistency.auditsTotal} audit rows, each matching a profile version (${consistency.auditsTotal - consistency.savesTotal} finished after the clients stopped); ${consistency.downloadRows} download rows (one per person, language and day), ` +
      (consistency.problems.length ? `PROBLEMS:\n  - ${consistency.problems.join("\n  - ")}` : "no duplicate or missing row"),
  );
}

const runs = [];
for (const count of [2, 1]) {
  const measured = await measure(count);
  const consistency = await check(measured);
  report(measured, consistency);
  runs.push({ measured, consistency });
  // The next run starts from the same state: no saves or downloads carried over.
  await sql.query(`DELETE FROM "AuditEvent"; DELETE FROM "FactSheetDownload"; DELETE FROM "RateLimitEvent"; UPDATE "BrandProfile" SET version = 1`);
}
await sql.end();

console.log("\nScaling, two instances against one (req/s):");
for (let j = 0; j < 3; j++) {
  const [two, one] = runs.map((r) => r.measured.journeys[j]);
  console.log(`  ${two.name.padEnd(40)} ×${(two.result.requests.average / one.result.requests.average).toFixed(2)}`);
}
const failures = runs.flatMap((r) => r.measured.journeys.map((j) => j.result.non2xx + j.result.errors + j.result.timeouts)).reduce((a, b) => a + b, 0);
const problems = runs.flatMap((r) => r.consistency.problems).length;
console.log(`\n${failures} errors, ${problems} database problems. The machine is shared and has ${(await import("node:os")).cpus().length} cores: compare the ratios, not the absolute figures.`);
process.exit(failures || problems ? 1 : 0);

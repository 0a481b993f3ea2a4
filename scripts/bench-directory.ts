/**
 * `npm run bench:directory`: the directory's search on a full-size directory, as figures (never a
 * pass/fail timing). For the embedded database (a throw-away folder) and for a PostgreSQL server of
 * its own, it makes 150 approved organisations with 10,000 published micro-credentials between
 * them, then runs the directory's one query path (lib/directory/search.ts: results, total and every
 * facet's counts) with three filters and a text query (English, then a mutated Welsh word),
 * BENCH_ROUNDS times (50), and prints p50/p95.
 * On PostgreSQL it then starts the built portal (npm run build first) and asks for the directory's
 * page with the same search, and prints the page's time over HTTP on this machine: the search plus
 * rendering the HTML.
 *   BENCH_ROUNDS=100 npm run bench:directory
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { closeDb, getDb } from "../lib/db";
import { eqfLevel, LEVELS, type Framework } from "../lib/directory/frameworks";
import { searchDirectory, type DirectoryQuery } from "../lib/directory/search";
import { FACET_NAMES } from "../lib/directory/search-options";
import { freePort, portalEnv, waitForServer } from "./lib.mjs";
import { startOwnPostgres } from "./own-postgres.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const ORGANISATIONS = 150;
const MICRO_CREDENTIALS = 10_000;

// A small made-up vocabulary, so titles and descriptions read like a directory's and a text query
// matches a realistic share of rows.
const TOPICS = ["welding", "bookkeeping", "cyber security", "care planning", "data analysis", "heat pumps", "leadership", "food hygiene", "project management", "coaching", "electric vehicles", "marketing", "first aid", "customer service", "Welsh for work", "carbon literacy", "sign language", "retrofit", "spreadsheets", "mentoring"];
const OPENINGS = ["Introduction to", "Applied", "Advanced", "Foundations of", "Leading", "Practical"];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

function rows(organisationIds: string[]) {
  const frameworks: Framework[] = ["cqfw", "scqf", "rqf", "fheq"];
  return Array.from({ length: MICRO_CREDENTIALS }, (_, i) => {
    const framework = pick(frameworks, i * 7);
    const level = pick(LEVELS[framework], i * 13);
    const credits = pick([5, 10, 10, 15, 20, 30, 40, 60], i * 3);
    const topic = pick(TOPICS, i);
    // Two in five have Welsh text (a step that shares no factor with the modes', nations' and levels').
    const welsh = i % 5 < 2;
    return {
      organisationId: pick(organisationIds, i * 31),
      slug: `bench-${i}`,
      status: "published" as const,
      title: `${pick(OPENINGS, i * 5)} ${topic} ${i}`,
      titleCy: welsh ? `Cyflwyniad i ${topic} ${i}` : "",
      description: `A short course on ${topic} for people in work, with ${pick(TOPICS, i + 7)} and ${pick(TOPICS, i + 11)} as examples.`,
      descriptionCy: welsh ? `Cwrs byr ar ${topic} i bobl mewn gwaith.` : "",
      welshAbsentReason: welsh ? "" : "English-medium only",
      learningOutcomes: [`Use ${topic} at work`, `Explain ${pick(TOPICS, i + 3)} to a colleague`],
      learningOutcomesCy: welsh ? [`Defnyddio ${topic} yn y gwaith`] : [],
      awardingBody: "Bench awarding body",
      nation: pick(["wales", "scotland", "northern-ireland", "england"], i * 17),
      location: "Somewhere",
      mode: pick(["online", "in-person", "blended"], i * 11),
      pace: pick(["synchronous", "asynchronous", "both"], i),
      framework,
      level,
      eqfLevel: eqfLevel(framework, level) ?? null,
      credits,
      notionalHours: credits * 10,
      assessment: "Assignment",
      qualityAssurance: "Internal validation",
      deliveryLanguage: pick(["en", "en", "bilingual", "cy"], i * 19),
      stackability: pick(["standalone", "towards-award"], i * 23),
      subject: pick(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"], i * 29),
      anyTimeStart: i % 4 === 0,
      startDates: i % 4 === 0 ? [] : [new Date(Date.UTC(2027, i % 12, 1 + (i % 27)))],
      pricePence: pick([0, 9900, 25000, 45000, 120000, null], i * 37),
      fundingSchemes: pick([[], ["pla-wales"], [], ["skill-up-ni"], ["fwdf-scotland", "ita-scotland"]], i * 41),
      bookingUrl: "https://www.example.org/book",
      publishedAt: new Date(Date.UTC(2026, i % 12, 1 + (i % 27))),
    };
  });
}

const QUERY: DirectoryQuery = { q: "welding", filters: { mode: "blended", nation: "wales", eqf: "5" }, sort: "relevance" };
/** The same filters with a Welsh word in a mutated form ("cyflwyniad" as after "ei"): every form of it is searched. */
const WELSH_QUERY: DirectoryQuery = { ...QUERY, q: "gyflwyniad" };
const PAGE = `/micro-credentials?q=${QUERY.q}&mode=${QUERY.filters!.mode}&nation=${QUERY.filters!.nation}&eqf=${QUERY.filters!.eqf}`;
const at = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;

/** The directory's page over HTTP from the built portal on the seeded database: p50/p95 ms and the HTML's size. */
async function measurePage(databaseUrl: string) {
  if (!existsSync(".next/BUILD_ID")) return "no build: run `npm run build` first for the page's figure";
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = "";
  const server = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", PORT: String(port), ...portalEnv(base, "bench-directory") } });
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  try {
    await waitForServer(`${base}/api/health`, () => log);
    let bytes = 0;
    for (let i = 0; i < 5; i++) await (await fetch(base + PAGE)).text(); // compiled and warmed, as after the first visitors
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const t = performance.now();
      const response = await fetch(base + PAGE);
      const html = await response.text();
      times.push(performance.now() - t);
      if (response.status !== 200 || !html.includes("welding")) throw new Error(`GET ${PAGE}: ${response.status}\n${log.slice(-2000)}`);
      bytes = Buffer.byteLength(html);
    }
    return `page ${PAGE}: p50 ${at(times, 0.5).toFixed(1)} ms, p95 ${at(times, 0.95).toFixed(1)} ms, ${(bytes / 1024).toFixed(1)} KB of HTML`;
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill();
    await exited;
  }
}

/** ROUNDS searches, each timed: the p50/p95 figures, and with the number found before them as a row. */
async function timeSearches(query: (round: number) => DirectoryQuery) {
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    found = (await searchDirectory(query(round))).total;
    times.push(performance.now() - started);
  }
  const figures = `${at(times, 0.5).toFixed(1).padStart(7)}  ${at(times, 0.95).toFixed(1).padStart(7)}`;
  return { figures, row: `${String(found).padStart(5)}   ${figures}` };
}

async function measure(label: string, databaseUrl: string, withPage = false) {
  process.env.DATABASE_URL = databaseUrl;
  const migrated = spawnSync("npm", ["run", "-s", "db:migrate"], { env: process.env, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`db:migrate failed:\n${migrated.stderr}`);
  const db = await getDb();
  const started = performance.now();
  const organisations = Array.from({ length: ORGANISATIONS }, (_, i) => ({ id: `bench-org-${i}`, slug: `bench-college-${i}`, name: `Bench College ${i}`, type: "college" as const, nation: "wales" as const, domains: [], status: "approved" as const, approvedAt: new Date() }));
  await db.organisation.createMany({ data: organisations });
  const all = rows(organisations.map((o) => o.id));
  for (let i = 0; i < all.length; i += 1000) await db.microCredential.createMany({ data: all.slice(i, i + 1000) });
  await db.$executeRawUnsafe("ANALYZE"); // as autovacuum would have by now on a live site
  const seeded = performance.now() - started;

  await searchDirectory(QUERY); // the first search also prepares the statements
  const english = await timeSearches(() => QUERY);
  const welsh = await timeSearches(() => WELSH_QUERY);
  const plain = await timeSearches((round) => ({ page: 1 + (round % 5) }));
  await closeDb();
  console.log(`${label.padEnd(34)} ${(seeded / 1000).toFixed(1).padStart(6)} s   ${english.row}   ${welsh.row}   ${plain.figures}`);
  if (withPage) console.log(`${"".padEnd(34)} ${await measurePage(databaseUrl)}`);
}

console.log(`${MICRO_CREDENTIALS.toLocaleString("en-GB")} micro-credentials from ${ORGANISATIONS} organisations; ${ROUNDS} rounds per row (node ${process.version})`);
console.log(`search: "${QUERY.q}" with mode=${QUERY.filters!.mode}, nation=${QUERY.filters!.nation}, EQF ${QUERY.filters!.eqf}; results, total and all ${FACET_NAMES.length} facets' counts`);
console.log(`Welsh search: "${WELSH_QUERY.q}" with the same filters, in every form the word takes`);
console.log(`${"database".padEnd(34)} seeding  found   search p50/p95 ms   found   Welsh p50/p95 ms   no filter (pages 1-5) p50/p95 ms`);
const folder = mkdtempSync(path.join(tmpdir(), "micsig-bench-directory-"));
const postgres = await startOwnPostgres({ name: "bench-directory" });
try {
  await measure("embedded (PGlite)", `file:${folder}`);
  await measure("PostgreSQL (own server)", postgres.url, true);
} finally {
  postgres.remove();
  rmSync(folder, { recursive: true, force: true });
}

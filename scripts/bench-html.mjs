// `npm run bench:html`: the HTML bytes (and gzip bytes) of public and signed-in pages, as a
// browser receives them from the production build. Starts its own server on a free port with a
// throw-away embedded database holding the demo data, signs in as the demo provider through the
// sign-in form (the link is read from the server's log), then prints one line per page.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort } from "./lib.mjs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), "micsig-bench-html-"));
const env = { ...process.env, DATABASE_URL: `file:${dir}` };
for (const script of ["db:migrate", "db:seed"]) {
  const done = spawnSync("npm", ["run", "-s", script], { env, encoding: "utf8" });
  if (done.status !== 0) throw new Error(`npm run ${script} failed:\n${done.stderr}`);
}
const port = await freePort();
const base = `http://localhost:${port}`;
let log = "";
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: { ...env, PORT: String(port), SITE_URL: base, AUTH_SECRET: "bench-html-secret-0123456789012345678901", SIGN_IN_LINKS_TO_LOG: "1", EMAIL_SERVER: "" },
});
server.stdout.on("data", (d) => (log += d));
server.stderr.on("data", (d) => (log += d));
const stop = () => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
};

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 400) throw new Error(`The server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  // Sign in as the demo provider, as a browser without JavaScript would.
  const page = await (await fetch(`${base}/sign-in`)).text();
  const form = page.split("<form").find((f) => f.includes('name="email"')).split("</form>")[0];
  const body = new FormData();
  const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    const name = /type="hidden"/.test(tag) && /name="([^"]*)"/.exec(tag)?.[1];
    if (name) body.set(unescape(name), unescape(/value="([^"]*)"/.exec(tag)?.[1] ?? ""));
  }
  body.set("email", "demo@example.ac.uk");
  await fetch(`${base}/sign-in`, { method: "POST", body, redirect: "manual", headers: { origin: base } });
  let link;
  for (let i = 0; i < 40 && !link; i++) {
    link = /http:\/\/localhost:\d+\/api\/auth\/callback\/nodemailer\S+/.exec(log)?.[0];
    if (!link) await new Promise((r) => setTimeout(r, 100));
  }
  if (!link) throw new Error("No sign-in link in the server log");
  const landed = await fetch(link, { redirect: "manual" });
  const cookie = landed.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

  const pages = ["/", "/cy", "/about", "/cy/about", "/fact-sheet", "/sign-in", "/cy/sign-in", "/provider", "/provider/profile", "/cy/provider/profile", "/provider/logo", "/provider/members", "/provider/fact-sheet"];
  console.log("page                      HTML bytes   gzip bytes");
  for (const p of pages) {
    const html = Buffer.from(await (await fetch(`${base}${p}`, { headers: { cookie } })).arrayBuffer());
    console.log(`${p.padEnd(24)} ${String(html.length).padStart(11)} ${String(gzipSync(html).length).padStart(12)}`);
  }
} finally {
  stop();
}

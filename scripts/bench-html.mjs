// `npm run bench:html`: the HTML bytes (and gzip bytes) of public and signed-in pages, as a
// browser receives them from the production build. Starts its own server on a free port with a
// throw-away embedded database holding the demo data, signs in as the demo provider through the
// sign-in form (the link is read from the server's log), then prints one line per page.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { demoDatabase, freePort, portalEnv, waitForServer } from "./lib.mjs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
const database = demoDatabase("bench-html");
const env = database.env;
const port = await freePort();
const base = `http://localhost:${port}`;
let log = "";
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: { ...env, PORT: String(port), ...portalEnv(base, "bench-html") },
});
server.stdout.on("data", (d) => (log += d));
server.stderr.on("data", (d) => (log += d));
const stop = () => {
  server.kill();
  database.remove();
};

try {
  await waitForServer(`${base}/api/health`, () => log);

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
    link = /http:\/\/localhost:\d+\/api\/auth\/callback\/nodemailer[^\s"\\]+/.exec(log)?.[0];
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

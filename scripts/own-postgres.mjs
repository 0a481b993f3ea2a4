// A PostgreSQL server of one's own, for tests and benchmarks that must stop and start the database
// (the fault tests in e2e/faults.spec.ts, npm run bench:load): initdb into a temporary folder,
// pg_ctl on a free port, trust authentication on 127.0.0.1 only. PostgreSQL refuses to run as
// root, so as root the server runs as the `postgres` user (Debian's packages create it).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./lib.mjs";

/** The folder holding initdb and pg_ctl, or undefined when PostgreSQL's server programs are not installed. */
export function postgresBinDir() {
  const candidates = [];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // no pg_config: look where Debian puts the server
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, "bin"));
  }
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

function postgresUser() {
  if (process.getuid?.() !== 0) return undefined;
  const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  if (id.status !== 0) throw new Error("Running as root, but there is no `postgres` user to run PostgreSQL as.");
  return { uid: Number(id.stdout.trim()), gid: Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim()) };
}

/** Starts a new, empty PostgreSQL server. `stop()`/`start()` take it down and up; `remove()` deletes it. */
export async function startOwnPostgres({ name = "micsig" } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL's server programs (initdb, pg_ctl) are not installed.");
  const user = postgresUser();
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-pg-`));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const port = await freePort();
  const run = (program, args) => {
    const done = spawnSync(path.join(bin, program), args, {
      encoding: "utf8",
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: { ...process.env, LC_ALL: "C.UTF-8" },
    });
    if (done.status !== 0) throw new Error(`${program} ${args.join(" ")} failed:\n${done.stdout}\n${done.stderr}`);
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`;
  const server = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "start"]),
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    remove() {
      try {
        server.stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

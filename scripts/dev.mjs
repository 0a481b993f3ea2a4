// Development: contentlayer2 watches content/ while next dev serves with Turbopack.
import { spawn } from "node:child_process";

const children = [
  spawn("node_modules/.bin/contentlayer2", ["dev"], { stdio: "inherit" }),
  spawn("node_modules/.bin/next", ["dev", "-p", process.env.PORT ?? "3000"], { stdio: "inherit" }),
];
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
children.forEach((c) => c.on("exit", (code) => { stop(); process.exit(code ?? 0); }));

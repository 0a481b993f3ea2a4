// Completes .next/standalone (next.config.mjs: output "standalone") into a folder that runs on its
// own: Next traces the server's code and node_modules; this adds what it does not, then
// `node scripts/server.mjs` inside it is the production server (npm run start:prod, DEPLOY.md).
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

const out = ".next/standalone";
if (!existsSync(path.join(out, "server.js"))) {
  console.error("No .next/standalone: next.config.mjs must have output: \"standalone\".");
  process.exit(1);
}
const copy = (from, to = from) => {
  rmSync(path.join(out, to), { recursive: true, force: true });
  cpSync(from, path.join(out, to), { recursive: true });
};
// Browser assets and public files (with the search index), served by the Node server itself when
// nginx does not serve them first.
copy(".next/static");
copy("public");
// Written after `next build`: the CSP hashes of the prerendered pages and their headers.
copy(".next/csp-hashes.json");
copy(".next/prerendered-csp.json");
// The production server around Next's handler (it is not part of Next's trace).
for (const file of ["server.mjs", "forwarding.mjs", "prerendered.mjs", "availability.mjs", "request-log.mjs", "not-found.mjs", "stored-response.mjs", "inline-scripts.mjs"]) copy(`scripts/${file}`);
// Migrations, for the embedded database (it migrates itself when it opens).
copy("prisma/migrations");
console.log(`Standalone server assembled in ${out}: run \`node scripts/server.mjs\` there (npm run start:prod does).`);

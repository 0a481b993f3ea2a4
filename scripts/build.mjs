// Production build: content -> Next (Turbopack) -> CSP hashes of the prerendered pages.
// Contentlayer runs as its own step because its Next plugin only works with webpack.
import { existsSync } from "node:fs";
import { bin, step } from "./lib.mjs";

if (!existsSync("lib/db/generated/client.ts")) {
  step("Generate the Prisma client", "node", ["scripts/prisma-generate.mjs"]);
}
step("Build content (contentlayer2)", bin("contentlayer2"), ["build"], {
  fix: "the message above names the file and the field to correct (see CONTENT.md).",
});
step("Build the site (next build)", bin("next"), ["build"], {
  env: { NEXT_TELEMETRY_DISABLED: "1" },
  fix: "if a previous build failed, delete .next and try again (rm -rf .next).",
});
step("Hash inline scripts for the Content-Security-Policy", bin("tsx"), ["scripts/csp-hashes.ts"]);
step("Index the public pages for site search (Pagefind)", "node", ["--conditions=react-server", "--import", "tsx", "scripts/search-index.ts"]);
step("Assemble the standalone server (.next/standalone)", "node", ["scripts/standalone.mjs"]);

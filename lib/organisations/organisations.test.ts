import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { organisationSuite } from "./suite";

organisationSuite("provider data layer on the embedded database (PGlite)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "micsig-orgs-"));
  return { url: `file:${dir}`, tearDown: async () => rmSync(dir, { recursive: true, force: true }) };
});

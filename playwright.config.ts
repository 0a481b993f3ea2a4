import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { STAFF_EMAIL } from "./e2e/accounts";

// `npm test` picks free ports and passes them in. Each run gets a throw-away embedded database
// and mail folder; they are put in the environment so the test workers see the same ones.
const port = Number(process.env.E2E_PORT ?? 3210);
const mailPort = Number(process.env.E2E_MAIL_PORT ?? port + 1);
process.env.E2E_MAIL_PORT ??= String(mailPort); // for e2e/faults.spec.ts, which starts servers of its own
// "localhost", not 127.0.0.1: Next normalises 127.0.0.1 to localhost in request URLs, and the
// sign-in cookies must be set for the host the browser uses.
const baseURL = `http://localhost:${port}`;
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "micsig-e2e-db-"));
process.env.MAIL_DIR ??= mkdtempSync(path.join(tmpdir(), "micsig-e2e-mail-"));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".test-reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // A real SMTP server that captures the sign-in mail.
      command: "node e2e/mail-sink.mjs",
      port: mailPort,
      reuseExistingServer: false,
      env: { MAIL_PORT: String(mailPort), MAIL_DIR: process.env.MAIL_DIR },
    },
    {
      command: "node scripts/start.mjs",
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        SITE_URL: baseURL,
        DATABASE_URL: `file:${process.env.E2E_DATA_DIR}`,
        NODE_ENV: "production",
        AUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
        EMAIL_SERVER: `smtp://127.0.0.1:${mailPort}`,
        EMAIL_FROM: "MIC.SIG <no-reply@mic-sig.test>",
        STAFF_EMAILS: STAFF_EMAIL,
        // Every test signs in from 127.0.0.1: a roomy per-network limit (the limit itself is unit-tested).
        SIGNIN_LIMIT_PER_IP: "200",
        FEEDBACK_PER_HOUR: "200",
        SECURITY_CONTACT: "mailto:security@mic-sig.test",
      },
    },
  ],
});

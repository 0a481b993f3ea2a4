import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export const mailDir = process.env.MAIL_DIR ?? "test-results/mail";

type Mail = { to: string[]; subject: string; language: string; text: string; file: string };

function all(): Mail[] {
  return readdirSync(mailDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(path.join(mailDir, f), "utf8")) as Omit<Mail, "file">), file: f }));
}

/** Waits for the newest mail to `address` that arrived after `since` (a count from mailCount). */
export async function waitForMail(address: string, since: number): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        found = all()
          .slice(since)
          .filter((m) => m.to.includes(address.toLowerCase()))
          .at(-1);
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export function mailCount() {
  return all().length;
}

export function linkIn(mail: Mail): string {
  const match = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\S+/.exec(mail.text);
  if (!match) throw new Error(`No sign-in link in: ${mail.text}`);
  return match[0];
}

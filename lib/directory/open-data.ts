import "server-only";
import { toCsv } from "@/lib/csv/write";
import { getDb } from "@/lib/db";
import { listPublicRecords, type PublicRecord } from "./index";
import { OPEN_DATA_COLUMNS, openRecord } from "./present";

/**
 * The directory as open data files. Building one reads every public record, so each file is kept
 * with a fingerprint of what it was built from (how many public records, the newest change to one
 * and to an organisation): a request costs one small query, and the file is built again only when
 * a provider or staff changed something. Requests that arrive while it is being built share it.
 */

type Made = { fingerprint: string; body: Promise<string> };
const made = new Map<string, Made>();

async function fingerprint(): Promise<string> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ count: bigint; changed: Date | null; organisations: Date | null }[]>`
    SELECT count(*) AS "count", max(m."updatedAt") AS "changed", max(o."updatedAt") AS "organisations"
    FROM "MicroCredential" m JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE m."status" IN ('published', 'withdrawn')`;
  return `${row?.count ?? 0}|${row?.changed?.toISOString() ?? ""}|${row?.organisations?.toISOString() ?? ""}`;
}

async function memo(name: string, make: () => Promise<string>): Promise<string> {
  const now = await fingerprint();
  const hit = made.get(name);
  if (hit && hit.fingerprint === now) return hit.body;
  const body = make();
  made.set(name, { fingerprint: now, body });
  body.catch(() => made.delete(name));
  return body;
}

const cell = (value: ReturnType<typeof openRecord>[keyof ReturnType<typeof openRecord>]) => (Array.isArray(value) ? value.join(" | ") : value);

export function openDataCsv(): Promise<string> {
  return memo("csv", async () => {
    const rows = (await listPublicRecords()).map(openRecord);
    return toCsv(OPEN_DATA_COLUMNS, rows.map((r) => OPEN_DATA_COLUMNS.map((c) => cell(r[c]))));
  });
}

export function openDataJson(): Promise<string> {
  return memo("json", async () => {
    const records = (await listPublicRecords()).map(openRecord);
    return JSON.stringify({ generated: new Date().toISOString(), count: records.length, columns: OPEN_DATA_COLUMNS, records });
  });
}

export type { PublicRecord };

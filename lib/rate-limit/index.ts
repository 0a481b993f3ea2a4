import "server-only";
import { getDb, type PrismaClient } from "@/lib/db";

/**
 * Sliding-window limits kept in the database, so they hold across server instances. A use is
 * recorded under every key of a request at once, or under none: each key is locked for the
 * transaction (a PostgreSQL advisory lock), so parallel requests are counted one after another
 * instead of all reading the same count and all passing.
 */

export type Limit = { key: string; max: number; windowMs: number };

const DAY = 24 * 60 * 60 * 1000;
export type LimitResult = { ok: true } | { ok: false; key: string };

/** Records one use under each key, unless any key has reached its limit (then records nothing). */
export async function consumeLimits(db: PrismaClient, limits: readonly Limit[]): Promise<LimitResult> {
  // Always lock in the same order, so two requests sharing keys cannot deadlock.
  const sorted = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  return db.$transaction(async (tx) => {
    for (const { key } of sorted) {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))::text AS locked`;
    }
    for (const { key, max, windowMs } of sorted) {
      const used = await tx.rateLimitEvent.count({ where: { key, createdAt: { gte: new Date(Date.now() - windowMs) } } });
      if (used >= max) return { ok: false, key } as const;
    }
    await tx.rateLimitEvent.createMany({ data: sorted.map(({ key }) => ({ key })) });
    const longest = Math.max(...sorted.map((l) => l.windowMs));
    await tx.rateLimitEvent.deleteMany({ where: { key: { in: sorted.map((l) => l.key) }, createdAt: { lt: new Date(Date.now() - longest) } } });
    // Keys used once (a mailbox, a network) are never read again: now and then, drop every row
    // older than a day, the longest window in use.
    if (Math.random() < 0.02) await tx.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - DAY) } } });
    return { ok: true } as const;
  });
}

/** consumeLimits on the portal's database: for actions and route handlers, which never open it. */
export async function consume(limits: readonly Limit[]): Promise<LimitResult> {
  return consumeLimits(await getDb(), limits);
}

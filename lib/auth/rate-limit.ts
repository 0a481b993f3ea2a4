import "server-only";
import type { PrismaClient } from "@/lib/db";
import { signInLimits } from "./settings";

export type LimitResult = { ok: true } | { ok: false; reason: "address" | "ip" };

/**
 * Counts sign-in requests per e-mail address and per client IP in the database, so the limit
 * holds across server instances. A request over the limit is refused and not recorded.
 */
export async function checkSignInLimit(db: PrismaClient, email: string, ip: string): Promise<LimitResult> {
  const { perAddress, perIp, windowMs } = signInLimits();
  const since = new Date(Date.now() - windowMs);
  const addressKey = `email:${email.toLowerCase()}`;
  const ipKey = `ip:${ip}`;
  return db.$transaction(async (tx) => {
    const [byAddress, byIp] = await Promise.all([
      tx.signInAttempt.count({ where: { key: addressKey, createdAt: { gte: since } } }),
      tx.signInAttempt.count({ where: { key: ipKey, createdAt: { gte: since } } }),
    ]);
    if (byAddress >= perAddress) return { ok: false, reason: "address" } as const;
    if (byIp >= perIp) return { ok: false, reason: "ip" } as const;
    await tx.signInAttempt.createMany({ data: [{ key: addressKey }, { key: ipKey }] });
    // Old rows are useless: keep the table small.
    await tx.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 2 * windowMs) } } });
    return { ok: true } as const;
  });
}

/** The client's address as the nearest proxy (or Next's own server) recorded it. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  // The right-most entry was added by the server in front of us; earlier ones are the client's claims.
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}

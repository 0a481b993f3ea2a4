import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { onEachDatabase } from "@/test/database";
import * as rateLimit from "@/lib/rate-limit";
import { parseEmailAddress as parseEmail } from "./email-address";
import { signInLimitsFor } from "./sign-in-limits";

/** The sign-in limits as the database counts them, on the embedded database and on PostgreSQL. */
onEachDatabase("sign-in limits", (database) => {
  let db: ReturnType<typeof database>;
  beforeAll(() => {
    db = database();
  });
  const unique = () => randomUUID().slice(0, 8);

  const signInAttempt = (email: string, ip: string) => rateLimit.consumeLimits(db, signInLimitsFor(parseEmail(email)!, ip));

  it("limits sign-in requests per mailbox and per network, across calls", async () => {
    process.env.SIGNIN_LIMIT_PER_ADDRESS = "5";
    process.env.SIGNIN_LIMIT_PER_IP = "8";
    const id = unique();
    const results = [];
    for (let i = 0; i < 6; i++) results.push((await signInAttempt(`flood${id}@x.ac.uk`, "10.1.0.1")).ok);
    expect(results).toEqual([true, true, true, true, true, false]);
    // The person whose address is flooded can still ask from their own network...
    expect((await signInAttempt(`flood${id}@x.ac.uk`, "10.1.0.2")).ok).toBe(true);
    // ...and four times the limit bounds what one mailbox gets from every network together.
    const spread = [];
    for (let i = 3; i < 30; i++) spread.push((await signInAttempt(`flood${id}@x.ac.uk`, `10.1.0.${i}`)).ok);
    expect(spread.filter(Boolean)).toHaveLength(20 - 6);
    const ip = `192.0.2.${parseInt(id.slice(0, 2), 16)}`;
    await db.rateLimitEvent.deleteMany({ where: { key: { contains: ip } } });
    const byIp = [];
    for (let i = 0; i < 9; i++) byIp.push(await signInAttempt(`p${i}-${id}@x.ac.uk`, ip));
    expect(byIp.slice(0, 8).every((r) => r.ok)).toBe(true);
    expect(byIp[8]).toMatchObject({ ok: false, key: `sign-in:network:${ip}` });
  });

  it("counts sub-addresses (a+1@, a+2@) and upper case as one mailbox", async () => {
    process.env.SIGNIN_LIMIT_PER_ADDRESS = "3";
    process.env.SIGNIN_LIMIT_PER_IP = "100";
    const id = unique();
    const variants = [`sian${id}+1@x.ac.uk`, `SIAN${id}+2@X.AC.UK`, `sian${id}@x.ac.uk`, `sian${id}+fact-sheet@x.ac.uk`];
    const results = [];
    for (const email of variants) results.push((await signInAttempt(email, "10.2.0.1")).ok);
    expect(results).toEqual([true, true, true, false]);
  });

  it("counts every IPv6 address of one /64 network as one client, and bounds a whole /48", async () => {
    process.env.SIGNIN_LIMIT_PER_ADDRESS = "100";
    process.env.SIGNIN_LIMIT_PER_IP = "2";
    const id = unique();
    const results = [];
    for (const [i, suffix] of ["1", "2", "abcd:1", "ffff:ffff:ffff"].entries()) results.push((await signInAttempt(`v6-${i}-${id}@x.ac.uk`, `2001:db8:${parseInt(id.slice(0, 4), 16).toString(16)}:1::${suffix}`)).ok);
    expect(results).toEqual([true, true, false, false]);
    // Hopping across /64s of one /48 buys at most five times the limit.
    const hops = [];
    for (let n = 0; n < 14; n++) hops.push((await signInAttempt(`v6hop-${n}-${id}@x.ac.uk`, `2001:db8:${parseInt(id.slice(4, 8), 16).toString(16)}:${n.toString(16)}::1`)).ok);
    expect(hops.filter(Boolean)).toHaveLength(10);
  });

  it("holds a limit when 30 requests for one address arrive at once", async () => {
    process.env.SIGNIN_LIMIT_PER_ADDRESS = "5";
    process.env.SIGNIN_LIMIT_PER_IP = "1000";
    const id = unique();
    const results = await Promise.all(Array.from({ length: 30 }, () => signInAttempt(`race${id}@x.ac.uk`, "10.3.0.1")));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await db.rateLimitEvent.count({ where: { key: `sign-in:mailbox:race${id}@x.ac.uk` } })).toBe(5);
  });
});

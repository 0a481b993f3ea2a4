import { describe, expect, it } from "vitest";
import { limitConcurrency } from "./concurrency";

describe("limitConcurrency", () => {
  it("never runs more than the limit at once, and runs every task", async () => {
    const run = limitConcurrency(2);
    let now = 0;
    let peak = 0;
    const task = (i: number) =>
      run(async () => {
        now++;
        peak = Math.max(peak, now);
        await new Promise((r) => setTimeout(r, 5));
        now--;
        return i;
      });
    expect(await Promise.all([1, 2, 3, 4, 5, 6].map(task))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(2);
  });

  it("frees its place when a task fails", async () => {
    const run = limitConcurrency(1);
    await expect(run(async () => Promise.reject(new Error("bad")))).rejects.toThrow("bad");
    expect(await run(async () => "next")).toBe("next");
  });
});

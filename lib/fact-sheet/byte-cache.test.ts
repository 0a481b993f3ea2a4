import { describe, expect, it } from "vitest";
import { ByteLimitedCache } from "./byte-cache";

describe("ByteLimitedCache", () => {
  it("never holds more bytes than its budget, however many entries arrive", () => {
    const cache = new ByteLimitedCache(1_000_000);
    for (let i = 0; i < 500; i++) cache.set(`sheet-${i}`, new Uint8Array(200_000));
    expect(cache.bytes).toBeLessThanOrEqual(1_000_000);
    expect(cache.size).toBe(5);
    expect(cache.get("sheet-499")).toBeDefined();
    expect(cache.get("sheet-0")).toBeUndefined();
  });

  it("evicts the least recently used entry first", () => {
    const cache = new ByteLimitedCache(300);
    cache.set("a", new Uint8Array(70));
    cache.set("b", new Uint8Array(70));
    cache.set("c", new Uint8Array(70));
    cache.get("a");
    cache.set("d", new Uint8Array(70));
    cache.set("e", new Uint8Array(70));
    // Four entries fit; "b" is the least recently used when "e" arrives.
    expect(["a", "b", "c", "d", "e"].filter((k) => cache.get(k))).toEqual(["a", "c", "d", "e"]);
    expect(cache.bytes).toBeLessThanOrEqual(300);
  });

  it("does not keep an entry larger than a quarter of the budget, and replaces a key's bytes", () => {
    const cache = new ByteLimitedCache(1000);
    cache.set("huge", new Uint8Array(600));
    expect(cache.get("huge")).toBeUndefined();
    cache.set("k", new Uint8Array(100));
    cache.set("k", new Uint8Array(200));
    expect(cache.bytes).toBe(200);
  });
});

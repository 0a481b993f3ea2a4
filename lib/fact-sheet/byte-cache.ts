/**
 * A least-recently-used cache bounded by the bytes it holds, not by its number of entries: PDFs
 * with large logos cannot make it grow past `maxBytes`. An entry larger than a quarter of the
 * budget is not kept at all.
 */
export class ByteLimitedCache {
  private readonly entries = new Map<string, Uint8Array>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): Uint8Array | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the first entry is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Uint8Array) {
    this.delete(key);
    if (value.length > this.maxBytes / 4) return;
    this.entries.set(key, value);
    this.total += value.length;
    for (const [oldest, bytes] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= bytes.length;
    }
  }

  delete(key: string) {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.total -= old.length;
    }
  }

  get bytes() {
    return this.total;
  }

  get size() {
    return this.entries.size;
  }
}

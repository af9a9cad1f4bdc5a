// Deterministic randomness for the seed: a small PRNG and a hash of numbers, so the same seed on
// the same day gives the same data everywhere (tests, CI, a partner's sandbox).


// ── Random ───────────────────────────────────────────────────────────────────────────────────

/** Mixes integers into a 32-bit seed (splitmix-style), so (seed, i) streams are independent. */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h ^ Math.floor(p / 0x100000000), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for fake data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Inclusive bounds. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** Index that must exist (static tables, bounded draws); a miss is a programming error. */
export function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range (${items.length})`);
  return v;
}

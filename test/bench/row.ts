// One row of `npm run bench` (written to bench-results.json). Every ratio compares the subject
// with a baseline measured in the same run, on the same machine: these machines are noisy, so no
// test ever asserts a time. `goal` states the target for the ratio (or the value) in words the
// table prints; `pass` is null for rows without a goal.
export interface BenchRow {
  /** Starts with the feature's name: `verify.1mb`, `validate.invoice1000`, `tree.firstPage`… */
  id: string;
  what: string;
  value: number;
  unit: string;
  /** The baseline's value in the same unit (null for rows that have none, e.g. bundle size). */
  baseline: number | null;
  /** value / baseline (or the throughput ratio, as the row's `what` says); null without a baseline. */
  ratio: number | null;
  /** E.g. "ratio <= 1.1", "ratio >= 0.9", "value <= 250 KB"; null when the row only reports. */
  goal: string | null;
  pass: boolean | null;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Milliseconds one call of `fn` takes. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Runs baseline and subject interleaved for `rounds` rounds (after one warm-up each) and returns
 * their median times in ms, so drift on a noisy machine hits both alike.
 */
export async function interleaved(rounds: number, base: () => unknown, subject: () => unknown): Promise<{ baseMs: number; subjectMs: number }> {
  await base();
  await subject();
  const b: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await timeMs(base));
    s.push(await timeMs(subject));
  }
  return { baseMs: median(b), subjectMs: median(s) };
}

/** A row for "subject time / baseline time, lower is better" with an optional max ratio goal. */
export function timeRow(id: string, what: string, r: { baseMs: number; subjectMs: number }, maxRatio?: number): BenchRow {
  const ratio = r.subjectMs / r.baseMs;
  return {
    id,
    what,
    value: round(r.subjectMs),
    unit: 'ms',
    baseline: round(r.baseMs),
    ratio: round(ratio),
    goal: maxRatio === undefined ? null : `ratio <= ${maxRatio}`,
    pass: maxRatio === undefined ? null : ratio <= maxRatio,
  };
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

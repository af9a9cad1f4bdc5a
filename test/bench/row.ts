// One row of `npm run bench` (written to bench-results.json). Every ratio compares the subject
// with a baseline measured in the same run, on the same machine: these machines are noisy, so no
// test ever asserts a time. `goal` states the target for the ratio (or the value) in words the
// table prints; `pass` is null for rows without a goal.
export interface BenchRow {
  /** Starts with one of BENCH_AREAS: `verify.1mb`, `validate.invoice1000`, `tree.firstPage`… */
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

/** What `id` starts with, as issue #17 names the measured areas. */
export const BENCH_AREAS = ['activate', 'bundle', 'validate', 'diagnostics', 'verify', 'doctor', 'inbox', 'tree', 'sandbox'] as const;

/** How a section runs: `quick` (MOK_BENCH_QUICK=1) takes a few rounds and skips the real host, to check the shape. */
export interface BenchOptions {
  quick: boolean;
}

/** Why a row does not have the shape of bench-results.json, or undefined when it does. */
export function rowShapeProblem(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return 'not an object';
  const r = row as Record<string, unknown>;
  const keys = ['id', 'what', 'value', 'unit', 'baseline', 'ratio', 'goal', 'pass'];
  const extra = Object.keys(r).filter((k) => !keys.includes(k));
  if (extra.length) return `unexpected keys ${extra.join(', ')}`;
  if (typeof r['id'] !== 'string' || !BENCH_AREAS.some((a) => r['id'] === a || (r['id'] as string).startsWith(`${a}.`))) return `id ${JSON.stringify(r['id'])} does not start with one of ${BENCH_AREAS.join(', ')}`;
  if (typeof r['what'] !== 'string' || !r['what']) return `${r['id']}: what is empty`;
  if (typeof r['value'] !== 'number' || !Number.isFinite(r['value'])) return `${r['id']}: value is not a finite number`;
  if (typeof r['unit'] !== 'string' || !r['unit']) return `${r['id']}: unit is empty`;
  if (r['baseline'] !== null && typeof r['baseline'] !== 'number') return `${r['id']}: baseline is neither a number nor null`;
  if (r['ratio'] !== null && typeof r['ratio'] !== 'number') return `${r['id']}: ratio is neither a number nor null`;
  if ((r['baseline'] === null) !== (r['ratio'] === null)) return `${r['id']}: a ratio needs a baseline and a baseline a ratio`;
  if (r['goal'] !== null && typeof r['goal'] !== 'string') return `${r['id']}: goal is neither a string nor null`;
  if (r['goal'] === null ? r['pass'] !== null : typeof r['pass'] !== 'boolean') return `${r['id']}: pass must be true/false with a goal and null without one`;
  return undefined;
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

/** A row whose goal is on the value itself (a median of several runs), with a same-run baseline for the ratio. */
export function valueRow(id: string, what: string, value: number, unit: string, baseline: number | null, goal: { max?: number; min?: number } | null, digits = 3): BenchRow {
  const pass = goal === null ? null : (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  const words = goal === null ? null : [goal.max !== undefined ? `value <= ${goal.max} ${unit}` : '', goal.min !== undefined ? `value >= ${goal.min} ${unit}` : ''].filter(Boolean).join(' and ');
  return { id, what, value: round(value, digits), unit, baseline: baseline === null ? null : round(baseline, digits), ratio: baseline === null ? null : round(value / baseline, 3), goal: words, pass };
}

/** The rows as a table for the console: id, value, baseline, ratio, goal and verdict, then what each measures. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.id,
    `${r.value} ${r.unit}`,
    r.baseline === null ? '' : `${r.baseline} ${r.unit}`,
    r.ratio === null ? '' : r.ratio.toFixed(3),
    r.goal ?? '',
    r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['id', 'value', 'baseline', 'ratio', 'goal', ''];
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 || i === 2 || i === 3 ? x.padStart(w[i]!) : x.padEnd(w[i]!))).join('  ').trimEnd();
  const notes = rows.map((r) => `  ${r.id}: ${r.what}`);
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...cells.map(line), '', ...notes].join('\n');
}

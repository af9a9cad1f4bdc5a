// Property runs for the fuzz suites: seeded, bounded by time in the normal test run (so the whole
// suite stays fast on a noisy machine) and by count with MOK_FUZZ_RUNS=<n> (longer, reproducible
// runs: `MOK_FUZZ_RUNS=20000 npm run test:unit -- --grep fuzz`). Every property counts the cases
// it ran; `reportFuzzCases()` prints the totals at the end of a suite.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';

const fixedRuns = process.env.MOK_FUZZ_RUNS ? Number(process.env.MOK_FUZZ_RUNS) : undefined;
const counts = new Map<string, number>();

/** Parameters: `numRuns` cases when MOK_FUZZ_RUNS is set, otherwise as many as fit in `ms`. */
export function fuzzParams<T>(seed: number, ms: number): fc.Parameters<T> {
  return fixedRuns ? { seed, numRuns: fixedRuns } : { seed, numRuns: 1_000_000, interruptAfterTimeLimit: ms };
}

function record<T>(name: string, details: fc.RunDetails<T>): void {
  counts.set(name, (counts.get(name) ?? 0) + details.numRuns);
  if (details.failed) assert.fail(fc.defaultReportMessage(details) ?? `${name} failed`);
  assert.ok(details.numRuns > 0, `${name}: no case ran`);
}

/** Runs a property, fails with fast-check's report (seed, path, counterexample), counts the cases. */
export function checkProperty<T>(name: string, property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  record(name, fc.check(property, params));
}

export async function checkAsyncProperty<T>(name: string, property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  record(name, await fc.check(property, params));
}

/** Prints `fuzz: <suite>: N cases (a: n, b: m…)` — the number of cases run is part of the proof. */
export function reportFuzzCases(suite: string): void {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`      fuzz: ${suite}: ${total} cases (${[...counts].map(([k, v]) => `${k}: ${v}`).join(', ')})`);
  counts.clear();
}

/** JSON object keys that attack naive code: prototype members, empty, unicode, pointer syntax. */
export const trickyKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', '~', '/', '~1', '$ref', 'a/b', 'ñ', '\u0000', '𝒳'),
  fc.string({ maxLength: 12 }),
);

/** JSON values with tricky keys, deep nesting and, sometimes, a huge string. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1e308, -1e-308, Number.MAX_SAFE_INTEGER + 2, ''),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyKey, tie('value'), { maxKeys: 5 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
  ),
})).value;

/** An array nested `depth` levels (what blows a recursive validator's stack). */
export function deeplyNested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

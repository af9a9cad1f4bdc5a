// Webhook signature benchmarks, as same-run ratios (test/bench/row.ts):
//   verify.1mb  exact verification of a 1 MiB body vs a bare crypto.createHmac of it (throughput)
//   doctor      a full doctor run on an invalid signature (wrong secret: every variant is tried)
//               on the example service-request webhook vs one verify of the same body
// and, reported without a goal, the doctor on a 1 MiB JSON body and when it stops at the first
// variant (a trailing newline).
import { createHmac } from 'node:crypto';
import { diagnoseSignature } from '../../src/core/webhooks/doctor';
import { exampleWebhookBody } from '../../src/core/webhooks/examplePayload';
import { signBody, verifySignature } from '../../src/core/webhooks/signature';
import { interleaved, round, type BenchOptions, type BenchRow } from './row';

const SECRET = 'sandbox-webhook-secret';

/** `fn` `n` times: one sample, so that microsecond calls are timed above the timer's noise. */
const times = (n: number, fn: () => unknown) => () => {
  for (let i = 0; i < n; i++) fn();
};

/** Steady state, not the JIT's first tiers: what a long-running extension host sees. */
function warm(rounds: number, ...fns: Array<() => unknown>): void {
  for (let i = 0; i < rounds; i++) for (const fn of fns) fn();
}

/** A row for "subject time / one verify": per-call microseconds, lower is better. */
function perCallRow(id: string, what: string, r: { baseMs: number; subjectMs: number }, calls: number, maxRatio?: number): BenchRow {
  const ratio = r.subjectMs / r.baseMs;
  return {
    id,
    what,
    value: round((r.subjectMs / calls) * 1000, 1),
    unit: 'µs',
    baseline: round((r.baseMs / calls) * 1000, 1),
    ratio: round(ratio, 2),
    goal: maxRatio === undefined ? null : `ratio <= ${maxRatio}`,
    pass: maxRatio === undefined ? null : ratio <= maxRatio,
  };
}

export async function benchWebhooks(o: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const n = (full: number) => (o.quick ? 2 : full);

  // 1 MiB of JSON text, as a large webhook would be.
  const item = exampleWebhookBody('service_request.created');
  const big = Buffer.from(`[${Array.from({ length: Math.ceil((1 << 20) / (item.length + 1)) }, () => item).join(',')}]`.slice(0, 1 << 20), 'utf8');
  const bigSignature = signBody(SECRET, big);
  const mib = big.length / (1 << 20);
  const v = await interleaved(
    n(40),
    times(4, () => createHmac('sha256', SECRET).update(big).digest('hex') === bigSignature),
    times(4, () => verifySignature(SECRET, big, bigSignature)),
  );
  const ours = (4 * mib) / (v.subjectMs / 1000);
  const bare = (4 * mib) / (v.baseMs / 1000);
  rows.push({
    id: 'verify.1mb',
    what: 'exact verify of a 1 MiB body vs bare crypto.createHmac + compare (ratio = our throughput / bare, higher is better)',
    value: round(ours, 0),
    unit: 'MiB/s',
    baseline: round(bare, 0),
    ratio: round(ours / bare, 3),
    goal: 'ratio >= 0.9',
    pass: ours / bare >= 0.9,
  });

  // The webhook `mok webhook send` builds: a seed service request with accents, 1.6 KB compact.
  const body = Buffer.from(item, 'utf8');
  const wrong = signBody('another-secret', body);
  const calls = 100;
  const verifyOnce = () => verifySignature(SECRET, body, wrong);
  const doctorOnce = () => diagnoseSignature({ secret: SECRET, body, signature: wrong });
  warm(n(3000), verifyOnce, doctorOnce);
  const d = await interleaved(n(100), times(calls, verifyOnce), times(calls, doctorOnce));
  rows.push(perCallRow('doctor', `full doctor run, wrong secret (every variant tried), ${body.length}-byte service-request webhook, vs one verify`, d, calls, 12));

  const newline = Buffer.concat([body, Buffer.from('\n')]);
  const signedWithout = signBody(SECRET, body);
  const verifyNewline = () => verifySignature(SECRET, newline, signedWithout);
  const doctorNewline = () => diagnoseSignature({ secret: SECRET, body: newline, signature: signedWithout });
  warm(n(3000), verifyNewline, doctorNewline);
  const early = await interleaved(n(60), times(calls, verifyNewline), times(calls, doctorNewline));
  rows.push(perCallRow('doctor.earlyStop', 'doctor that stops at its first variant (a trailing newline), same webhook, vs one verify', early, calls));

  const bigWrong = signBody('another-secret', big);
  const d1 = await interleaved(
    n(15),
    () => verifySignature(SECRET, big, bigWrong),
    () => diagnoseSignature({ secret: SECRET, body: big, signature: bigWrong }),
  );
  rows.push(perCallRow('doctor.1mb', 'full doctor run, wrong secret, 1 MiB JSON body, vs one verify (reported, no goal)', d1, 1));
  return rows;
}

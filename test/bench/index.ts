// `npm run bench`: speed shown as ratios against a baseline measured in the same run (never as
// absolute thresholds). Each case runs its baseline and its subject interleaved, N rounds, and
// reports medians and the ratio subject/baseline.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { request } from 'undici';
import { sandboxCredentials, sandboxEnvironment } from '../../src/core/environment';
import { ApiClient } from '../../src/core/client/apiClient';
import { SchemaValidator } from '../../src/core/validation/ajv';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import invoiceStructure from '../fixtures/seeds/documents/invoice-structure.json';
import { benchInbox } from './inbox';
import { benchWebhooks, printBenchRows } from './webhooks';
import { writeFileSync } from 'node:fs';
import { round, type BenchRow } from './row';
import { benchValidate, formatRows } from './validate';

interface Result {
  name: string;
  baseline: string;
  baselineMs: number;
  subjectMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function compare(name: string, baseline: string, rounds: number, base: () => Promise<unknown>, subject: () => Promise<unknown>): Promise<Result> {
  await base();
  await subject(); // warm-up
  const b: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await time(base));
    s.push(await time(subject));
  }
  return { name, baseline, baselineMs: median(b), subjectMs: median(s) };
}

function client(sb: RunningSandbox): ApiClient {
  return new ApiClient({ environment: sandboxEnvironment(sb.url), credentials: () => sandboxCredentials });
}

async function main(): Promise<void> {
  const results: Result[] = [];
  const t0 = Date.now();
  // First, before the 50,000-request sandbox exists: these are CPU-bound and sensitive to GC.
  const webhookRows = await benchWebhooks();
  const inboxRows = await benchInbox();
  const small = await startSandbox({ port: 0, seedSize: 240 });
  const seedStarted = Date.now();
  const big = await startSandbox({ port: 0, seedSize: 50_000 });
  const seedMs = Date.now() - seedStarted;
  const cs = client(small);
  const cb = client(big);
  const pageSize = 25;

  results.push(
    await compare('first page of service requests, 50,000 seeded', 'same with 240 seeded', 30, () => cs.call('serviceRequests.list', { query: { 'page[size]': pageSize } }), () =>
      cb.call('serviceRequests.list', { query: { 'page[size]': pageSize } }),
    ),
  );
  for (const page of [2, 10, 200, 2000]) {
    results.push(
      await compare(`Load more: page ${page} (50,000 seeded)`, 'page 2 with 240 seeded', 20, () => cs.call('serviceRequests.list', { query: { 'page[size]': pageSize, 'page[number]': 2 } }), () =>
        cb.call('serviceRequests.list', { query: { 'page[size]': pageSize, 'page[number]': page } }),
      ),
    );
  }
  results.push(
    await compare('filtered page (status=pending), 50,000 seeded', 'unfiltered first page, 50,000 seeded', 20, () => cb.call('serviceRequests.list', { query: { 'page[size]': pageSize } }), () =>
      cb.call('serviceRequests.list', { query: { 'page[size]': pageSize, current_status: 'pending' } }),
    ),
  );
  // What the typed client (auth, zod parsing) costs over a bare undici request for the same page.
  const token = (await cb.call('auth.token', { body: { grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' } })).access_token;
  results.push(
    await compare(
      'typed client call (auth + zod parse), 100 items',
      'bare undici request + JSON.parse',
      30,
      async () => {
        const r = await request(`${big.url}/api/v1/provider_networks/service_requests?page%5Bsize%5D=100`, { headers: { authorization: `Bearer ${token}` } });
        JSON.parse(await r.body.text());
      },
      () => cb.call('serviceRequests.list', { query: { 'page[size]': 100 } }),
    ),
  );
  // Compiled-validator cache: validating with the cached schema vs compiling each time.
  const data = { CUSTOMER: { DNI: '1', NAME: 'x', dni: '1', name: 'x' }, PRODUCTS: [{ NAME: 'a', PRICE: 1 }], TOTAL_AMOUNT: 1, PAYMENT_METHOD: 'card', CARD_LAST_DIGITS: '4242' };
  const cached = new SchemaValidator();
  results.push(
    await compare(
      'validate fields_values, compiled schema cached',
      'compile + validate every time',
      30,
      () => Promise.resolve(new SchemaValidator().validate(invoiceStructure, data)),
      () => Promise.resolve(cached.validate(invoiceStructure, data)),
    ),
  );
  await Promise.all([cs.close(), cb.close(), small.close(), big.close()]);

  console.log(`\nMOK DevTools benchmarks (${process.version}, medians; ratio = subject / baseline, lower is better)\n`);
  console.log(`sandbox seeding of 50,000 service requests: ${seedMs} ms\n`);
  const w = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    console.log(`${r.name.padEnd(w)}  ${r.subjectMs.toFixed(2).padStart(8)} ms  vs ${r.baselineMs.toFixed(2).padStart(8)} ms (${r.baseline})  ratio ${(r.subjectMs / r.baselineMs).toFixed(2)}`);
  }
  printBenchRows('Webhook signatures (medians; ratio as each row says):', webhookRows);
  printBenchRows('Webhook inbox (medians; ratio as each row says):', inboxRows);
  hostBench();
  const rows = [...webhookRows, ...(await benchValidate()), ...hostKeystrokeRows()];
  console.log(`\nValidation and lint:\n${formatRows(rows)}`);
  writeFileSync('bench-results.json', `${JSON.stringify(rows, null, 2)}\n`);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
  console.log(`\ntotal ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

interface HostBench {
  pageSize: number;
  items: number;
  firstPageMs: number;
  firstPageApiMs: number;
  loadMoreMs: number[];
  apiMs: number[];
  heapBeforeMiB: number;
  heapAfterMiB: number;
  rssMiB: number;
}

/**
 * The Service Requests view inside a real extension host (code-server) with a 50,000-request
 * sandbox: first page and each "Load more" against the bare API call for the same page, and heap
 * after 5,000 loaded items against the heap before loading.
 */
function hostBench(): void {
  const root = path.resolve(__dirname, '../../..');
  if (process.env.MOK_BENCH_HOST === '0') return console.log('\nhost bench skipped (MOK_BENCH_HOST=0)');
  const settings = JSON.stringify({ 'mok.sandbox.seedSize': 50_000, 'mok.serviceRequests.pageSize': 100 });
  const r = spawnSync(process.execPath, ['scripts/host/run.mjs', 'host', '--tests', 'dist/test/bench/host/memory.js', '--workspace-settings', settings], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) {
    console.log(`\nhost bench failed (exit ${r.status}):\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}`);
    process.exitCode = 1;
    return;
  }
  const b = JSON.parse(line.slice('BENCH '.length)) as HostBench;
  const med = (xs: number[]) => median(xs);
  console.log(`\nService Requests view in a real VS Code extension host (code-server), 50,000 seeded, page size ${b.pageSize}:`);
  console.log(`  first page in the view      ${b.firstPageMs.toFixed(1).padStart(7)} ms  vs bare API call ${b.firstPageApiMs.toFixed(1).padStart(6)} ms  ratio ${(b.firstPageMs / b.firstPageApiMs).toFixed(2)}`);
  b.loadMoreMs.forEach((m, i) => {
    if (i < 3 || i === b.loadMoreMs.length - 1) console.log(`  Load more #${String(i + 1).padEnd(3)}              ${m.toFixed(1).padStart(7)} ms  vs bare API call ${(b.apiMs[i] ?? NaN).toFixed(1).padStart(6)} ms  ratio ${(m / (b.apiMs[i] ?? NaN)).toFixed(2)}`);
  });
  console.log(`  Load more, median of ${b.loadMoreMs.length}     ${med(b.loadMoreMs).toFixed(1).padStart(7)} ms  vs bare API call ${med(b.apiMs).toFixed(1).padStart(6)} ms  ratio ${(med(b.loadMoreMs) / med(b.apiMs)).toFixed(2)}`);
  console.log(`  heap after ${b.items} items     ${b.heapAfterMiB.toFixed(1).padStart(7)} MiB vs before loading ${b.heapBeforeMiB.toFixed(1)} MiB  ratio ${(b.heapAfterMiB / b.heapBeforeMiB).toFixed(2)}  (+${(b.heapAfterMiB - b.heapBeforeMiB).toFixed(1)} MiB; host RSS ${b.rssMiB.toFixed(0)} MiB)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

/**
 * Keystroke to diagnostics on a 1,000-product fill file in a real extension host
 * (test/bench/host/keystroke.ts) against the edit's own trip to the host, the pipeline's debounce
 * and the core check of the same text there: what the editor adds on top of the check itself.
 */
function hostKeystrokeRows(): BenchRow[] {
  if (process.env.MOK_BENCH_HOST === '0') return [];
  const root = path.resolve(__dirname, '../../..');
  const r = spawnSync(process.execPath, ['scripts/host/run.mjs', 'host', '--tests', 'dist/test/bench/host/keystroke.js'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) {
    console.log(`\nkeystroke bench failed (exit ${r.status}):\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}`);
    process.exitCode = 1;
    return [];
  }
  const b = JSON.parse(line.slice('BENCH '.length)) as { medianKeystrokeMs: number; medianEditMs: number; medianCheckMs: number; debounceMs: number; bytes: number };
  const baseline = b.medianEditMs + b.debounceMs + b.medianCheckMs;
  const ratio = b.medianKeystrokeMs / baseline;
  return [
    {
      id: 'validate.keystroke',
      what: `keystroke to MOK diagnostics on a 1,000-product fill file (${Math.round(b.bytes / 1024)} KB) in the real host vs the edit reaching the host (${b.medianEditMs.toFixed(1)} ms) + debounce ${b.debounceMs} ms + the core check (${b.medianCheckMs.toFixed(1)} ms)`,
      value: round(b.medianKeystrokeMs),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(ratio),
      goal: 'ratio <= 1.5',
      pass: ratio <= 1.5,
    },
  ];
}

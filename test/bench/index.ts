// `npm run bench`: speed shown as ratios against a baseline measured in the same run (never as
// absolute thresholds). Each case runs its baseline and its subject interleaved, N rounds, and
// reports medians and the ratio subject/baseline.
import { request } from 'undici';
import { sandboxCredentials, sandboxEnvironment } from '../../src/core/environment';
import { ApiClient } from '../../src/core/client/apiClient';
import { SchemaValidator } from '../../src/core/validation/ajv';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import invoiceStructure from '../fixtures/seeds/documents/invoice-structure.json';

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
  console.log(`\ntotal ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

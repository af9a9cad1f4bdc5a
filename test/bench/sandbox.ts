// The sandbox and the typed client over real HTTP, as same-run ratios (test/bench/row.ts):
//   sandbox.read.throughput   its busiest read endpoint (the service-request list the view pages
//                             through) vs a bare node:http server answering the same bytes, same
//                             client, same concurrency (ratio = our throughput / bare)
//   sandbox.creates200        200 concurrent service-request creates: all answered, all ids
//                             distinct, all found afterwards (goal: none lost)
//   sandbox.list.*            paging 50,000 seeded requests vs the same call on 240 seeded
//   tree.client               the typed client (auth, zod parse) vs a bare undici request + JSON.parse
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool, request } from 'undici';
import { ApiClient } from '../../src/core/client/apiClient';
import { catalogue } from '../../src/core/catalogue/catalogue';
import { sandboxCredentials, sandboxEnvironment } from '../../src/core/environment';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import { interleaved, median, round, timeRow, type BenchOptions, type BenchRow } from './row';

const LIST = '/api/v1/provider_networks/service_requests';
const IN_FLIGHT = 16;

function client(sb: RunningSandbox): ApiClient {
  return new ApiClient({ environment: sandboxEnvironment(sb.url), credentials: () => sandboxCredentials });
}

async function token(url: string): Promise<string> {
  const body = { grant_type: 'client_credentials', client_id: sandboxCredentials.clientId, client_secret: sandboxCredentials.clientSecret, scope: sandboxCredentials.scope };
  const r = await request(`${url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return ((await r.body.json()) as { access_token: string }).access_token;
}

/** `n` GETs of `path` with IN_FLIGHT in flight; requests per second. */
async function hammer(origin: string, path: string, headers: Record<string, string>, n: number): Promise<number> {
  const pool = new Pool(origin, { connections: IN_FLIGHT, pipelining: 1 });
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next++ < n) {
      const res = await pool.request({ path, method: 'GET', headers });
      await res.body.dump();
      if (res.statusCode !== 200) throw new Error(`answered ${res.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();
  return n / seconds;
}

/** A bare node:http server that answers every request with these bytes and headers. */
async function bareServer(body: Buffer, contentType: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': contentType, 'content-length': body.length }).end(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

async function readThroughput(sb: RunningSandbox, o: BenchOptions): Promise<BenchRow> {
  const headers = { authorization: `Bearer ${await token(sb.url)}` };
  const path = `${LIST}?page%5Bsize%5D=25`;
  const first = await request(`${sb.url}${path}`, { headers });
  const bytes = Buffer.from(await first.body.arrayBuffer());
  const bare = await bareServer(bytes, String(first.headers['content-type'] ?? 'application/json'));
  const perRound = o.quick ? 100 : 300;
  const rounds = o.quick ? 1 : 5;
  try {
    await hammer(bare.url, path, headers, perRound);
    await hammer(sb.url, path, headers, perRound); // warm-up
    const b: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < rounds; i++) {
      b.push(await hammer(bare.url, path, headers, perRound));
      s.push(await hammer(sb.url, path, headers, perRound));
    }
    const ours = median(s);
    const base = median(b);
    return {
      id: 'sandbox.read.throughput',
      what: `GET service_requests page of 25 (${bytes.length} bytes; the list the Service Requests view pages through) on the default sandbox, ${perRound} requests × ${rounds} rounds, ${IN_FLIGHT} in flight, vs a bare node:http server answering the same bytes (ratio = our throughput / bare, higher is better; auth, routing, query checks, paging, journal)`,
      value: round(ours, 0),
      unit: 'req/s',
      baseline: round(base, 0),
      ratio: round(ours / base, 3),
      goal: null,
      pass: null,
    };
  } finally {
    await bare.close();
  }
}

async function concurrentCreates(sb: RunningSandbox): Promise<BenchRow> {
  const n = 200;
  const headers = { authorization: `Bearer ${await token(sb.url)}`, 'content-type': 'application/json' };
  const example = catalogue['serviceRequests.create'].example?.body as { service_request: Record<string, unknown> };
  const okStatus = catalogue['serviceRequests.create'].status;
  const pool = new Pool(sb.url, { connections: n, pipelining: 1 });
  const started = process.hrtime.bigint();
  const answers = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const res = await pool.request({ path: LIST, method: 'POST', headers, body: JSON.stringify({ service_request: { ...example.service_request, external_id: `bench-${i}` } }) });
      const body = (await res.body.json()) as { service_request?: { id?: number; external_id?: string } };
      return { status: res.statusCode, id: body.service_request?.id, externalId: body.service_request?.external_id };
    }),
  );
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  await pool.close();
  const created = answers.filter((a) => a.status === okStatus && typeof a.id === 'number');
  const ids = new Set(created.map((a) => a.id));
  // Each one read back by id: a create that answered 201 and is not there is lost.
  let found = 0;
  for (const id of ids) {
    const r = await request(`${sb.url}${LIST}/${id}`, { headers });
    const body = (await r.body.json()) as { service_request?: { id?: number } };
    if (r.statusCode === 200 && body.service_request?.id === id) found++;
  }
  const externalIds = new Set(created.map((a) => a.externalId));
  const ok = created.length === n && ids.size === n && externalIds.size === n && found === n;
  return {
    id: 'sandbox.creates200',
    what: `${n} concurrent POST service_requests (one connection each, ${elapsedMs.toFixed(0)} ms): ${created.length} answered ${okStatus} with their own external_id, ${ids.size} distinct ids, ${found} read back by id; value = distinct ids read back, baseline = requests sent`,
    value: found,
    unit: 'requests',
    baseline: n,
    ratio: round(found / n, 3),
    goal: `all ${n} created, distinct and found`,
    pass: ok,
  };
}

export async function benchSandbox(o: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const small = await startSandbox({ port: 0 });
  try {
    rows.push(await readThroughput(small, o));
    rows.push(await concurrentCreates(small));
  } finally {
    await small.close();
  }
  if (o.quick) return rows;

  const base = await startSandbox({ port: 0, seedSize: 240 });
  const seeded = process.hrtime.bigint();
  const big = await startSandbox({ port: 0, seedSize: 50_000 });
  const seedMs = Number(process.hrtime.bigint() - seeded) / 1e6;
  const cs = client(base);
  const cb = client(big);
  const list = (c: ApiClient, query: Record<string, string | number>) => () => c.call('serviceRequests.list', { query: { 'page[size]': 25, ...query } });
  try {
    rows.push(timeRow('sandbox.list.firstPage', `first page of 25 through the typed client, 50,000 seeded (seeding took ${seedMs.toFixed(0)} ms) vs 240 seeded`, await interleaved(15, list(cs, {}), list(cb, {}))));
    rows.push(timeRow('sandbox.list.page2000', 'page 2,000 of 25 (the 50,000th request), 50,000 seeded vs page 2 with 240 seeded', await interleaved(10, list(cs, { 'page[number]': 2 }), list(cb, { 'page[number]': 2000 }))));
    rows.push(timeRow('sandbox.list.filtered', 'first page filtered by status (pending), 50,000 seeded vs unfiltered', await interleaved(10, list(cb, {}), list(cb, { current_status: 'pending' }))));
    const bearer = await token(big.url);
    rows.push(
      timeRow(
        'tree.client',
        'a page of 100 through the typed client (auth, zod parse of every item) vs a bare undici request + JSON.parse, 50,000 seeded',
        await interleaved(
          15,
          async () => {
            const r = await request(`${big.url}${LIST}?page%5Bsize%5D=100`, { headers: { authorization: `Bearer ${bearer}` } });
            JSON.parse(await r.body.text());
          },
          () => cb.call('serviceRequests.list', { query: { 'page[size]': 100 } }),
        ),
      ),
    );
  } finally {
    await Promise.all([cs.close(), cb.close(), base.close(), big.close()]);
  }
  return rows;
}

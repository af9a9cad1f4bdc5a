// Webhook inbox benchmark, as a same-run ratio (test/bench/row.ts): how many webhooks a second the
// inbox captures — parse, verify with the doctor, write through the append-only store BEFORE
// answering 200 — against a bare node:http server that only reads the body and answers, both fed
// the same signed service-request webhooks by the same client (16 requests in flight). Reported
// without a goal; a second row shows the cost of `durable` (an fsync per event).
import { createHmac } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'undici';
import { exampleWebhookBody } from '../../src/core/webhooks/examplePayload';
import { InboxListener } from '../../src/core/webhooks/inbox';
import { InboxHistory } from '../../src/core/webhooks/inboxHistory';
import { median, round, type BenchOptions, type BenchRow } from './row';

const SECRET = 'sandbox-webhook-secret';
const PER_ROUND = 400;
const IN_FLIGHT = 16;

/** Distinct bodies (no two alike, as distinct deliveries are), signed. */
function deliveries(n: number): Array<{ body: string; headers: Record<string, string> }> {
  const base = JSON.parse(exampleWebhookBody('service_request.updated')) as { event: string; payload: Record<string, unknown> };
  return Array.from({ length: n }, (_, i) => {
    const body = JSON.stringify({ ...base, payload: { ...base.payload, id: 1000 + i } });
    return { body, headers: { 'content-type': 'application/json', 'x-signature': createHmac('sha256', SECRET).update(body).digest('hex'), 'webhook-from': 'sandbox.mok.local' } };
  });
}

async function round_(url: string, batch: ReturnType<typeof deliveries>): Promise<number> {
  const pool = new Pool(url, { connections: IN_FLIGHT, pipelining: 1 });
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < batch.length) {
      const d = batch[next++]!;
      const res = await pool.request({ path: '/webhooks/mok', method: 'POST', body: d.body, headers: d.headers });
      await res.body.dump();
      if (res.statusCode !== 200) throw new Error(`answered ${res.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();
  return batch.length / seconds;
}

async function bareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

async function inbox(durable: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mok-bench-inbox-'));
  const history = await InboxHistory.open({ dir, durable, maxBytes: 512 * 1024 * 1024 });
  const listener = await InboxListener.start({ history, secret: () => SECRET });
  return {
    url: listener.url,
    close: async () => {
      await listener.close();
      await history.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function compare(id: string, what: string, durable: boolean, rounds: number): Promise<BenchRow> {
  const bare = await bareServer();
  const subject = await inbox(durable);
  const batch = deliveries(PER_ROUND);
  try {
    await round_(bare.url, batch);
    await round_(subject.url, batch); // warm-up
    const b: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < rounds; i++) {
      b.push(await round_(bare.url, batch));
      s.push(await round_(subject.url, batch));
    }
    const ours = median(s);
    const base = median(b);
    return { id, what, value: round(ours, 0), unit: 'req/s', baseline: round(base, 0), ratio: round(ours / base, 3), goal: null, pass: null };
  } finally {
    await subject.close();
    await bare.close();
  }
}

export async function benchInbox(o: BenchOptions): Promise<BenchRow[]> {
  return [
    await compare('inbox.capture', `inbox capture-and-persist of ${PER_ROUND} signed service-request webhooks (${IN_FLIGHT} in flight: verify, append, then 200) vs a bare node:http server that only reads the body (ratio = our throughput / bare, higher is better)`, false, o.quick ? 1 : 9),
    await compare('inbox.capture.durable', 'the same with durable: true (fsync before each 200), vs the bare server (reported)', true, o.quick ? 1 : 5),
  ];
}

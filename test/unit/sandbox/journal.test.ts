// The request journal seen from a partner's side: a plain-HTTP client (fetch, not our client)
// makes good and bad calls; the journal shows each with its operation, status and the rule it
// broke placed in the request body, the webhooks it caused, credentials redacted, bodies cut at
// the limit; filters that make no sense are a clear 400; the live stream lets go of clients that
// leave.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { JournalEntry } from '../../../src/sandbox/journal';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { withSandbox } from '../../support/sandbox';

async function token(sb: RunningSandbox): Promise<string> {
  const res = await fetch(`${sb.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function journal(sb: RunningSandbox, query = ''): Promise<JournalEntry[]> {
  const res = await fetch(`${sb.url}/__sandbox/requests${query}`);
  return ((await res.json()) as { requests: JournalEntry[] }).requests;
}

describe('sandbox request journal', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  let receiver: http.Server;
  beforeEach(async () => {
    receiver = http.createServer((req, res) => req.resume().on('end', () => res.writeHead(200).end()));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    // Partner webhooks on: by default the partner's own creates send none (the API document).
    sb = await withSandbox({ webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, partnerWebhooks: true });
  });
  afterEach(async () => {
    await sb.close();
    await new Promise((r) => receiver.close(r));
  });

  it('shows a refused create with the rule it broke, placed in the body, and a good one with its webhook', async () => {
    const t = await token(sb);
    const body = '{\n  "service_request": {\n    "contract_id": 131,\n    "service_id": 5000382079,\n    "colour": "red"\n  }\n}';
    const bad = await fetch(`${sb.url}/api/v1/provider_networks/service_requests`, { method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body });
    assert.equal(bad.status, 422);
    const good = await fetch(`${sb.url}/api/v1/provider_networks/service_requests`, { method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: JSON.stringify({ service_request: { contract_id: 131, service_id: 5000382079, external_id: 'journal-1' } }) });
    assert.equal(good.status, 200);
    const entries = await journal(sb, '?operation=serviceRequests.create');
    assert.equal(entries.length, 2);
    const [refused, created] = entries;
    assert.equal(refused?.status, 422);
    assert.deepEqual(refused?.problems, [{ pointer: '/service_request/colour', code: 'unpermitted_parameter', message: 'service_request.colour: "colour" is not an accepted field here', line: 5, column: 5 }]);
    assert.equal(refused?.deliveries.length, 0);
    assert.equal(created?.status, 200);
    assert.equal(created?.deliveries.length, 1, 'the webhook it caused');
    // Credentials never kept: the bearer token is redacted, and the token answer too.
    assert.equal(created?.requestHeaders.authorization, '[redacted]');
    const tokenEntry = (await journal(sb, '?operation=auth.token'))[0];
    assert.doesNotMatch(JSON.stringify(tokenEntry), /sandbox-secret/);
    assert.doesNotMatch(tokenEntry?.responseBody ?? '', new RegExp(t));
  });

  it('filters by status class and since, and explains a filter that makes no sense', async () => {
    await fetch(`${sb.url}/api/v1/provider_networks/plans`); // 401
    const t = await token(sb);
    await fetch(`${sb.url}/api/v1/provider_networks/plans`, { headers: { authorization: `Bearer ${t}` } });
    const refused = await journal(sb, '?status=4xx');
    assert.deepEqual(refused.map((e) => e.status), [401]);
    const all = await journal(sb);
    const since = await journal(sb, `?since=${all[0]?.seq ?? 0}`);
    assert.equal(since.length, all.length - 1);
    for (const q of ['?status=4x', '?operation=nope.nothing', '?since=yesterday', '?colour=red']) {
      const res = await fetch(`${sb.url}/__sandbox/requests${q}`);
      assert.equal(res.status, 400, q);
      assert.match(((await res.json()) as { errors: { detail: string }[] }).errors[0]?.detail ?? '', /status must be|not an operation|since is the seq|unknown filter/);
    }
  });

  it('keeps the last N and cuts huge bodies, marking them', async () => {
    await sb.close();
    sb = await withSandbox({ journalCapacity: 3 });
    for (let i = 0; i < 5; i++) await fetch(`${sb.url}/api/v1/provider_networks/plans`);
    assert.equal((await journal(sb)).length, 3);
    await fetch(`${sb.url}/api/v1/provider_networks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ whatsapp_number: 'x'.repeat(200_000) }) });
    const last = (await journal(sb)).at(-1);
    assert.equal(last?.truncated, true);
    assert.ok((last?.requestBody?.length ?? 0) <= 64 * 1024);
  });

  it('streams new requests live and forgets a client that disconnects', async () => {
    const seen: JournalEntry[] = [];
    const controller = new AbortController();
    const res = await fetch(`${sb.url}/__sandbox/requests/stream`, { signal: controller.signal });
    const reader = res.body!.getReader();
    const reading = (async () => {
      let buffer = '';
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value as Uint8Array);
          for (const block of buffer.split('\n\n').slice(0, -1)) {
            const data = block.split('\n').find((l) => l.startsWith('data: '));
            if (data) seen.push(JSON.parse(data.slice(6)) as JournalEntry);
          }
          buffer = buffer.split('\n\n').at(-1) ?? '';
        }
      } catch {
        // aborted
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(sb.journal.liveStreams, 1);
    await fetch(`${sb.url}/api/v1/provider_networks/plans`);
    for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(seen[0]?.path, '/api/v1/provider_networks/plans');
    assert.equal(seen[0]?.status, 401);
    controller.abort();
    await reading;
    for (let i = 0; i < 50 && sb.journal.liveStreams > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(sb.journal.liveStreams, 0, 'no stream kept for a client that left');
  });

  it('mok sandbox --log prints one plain line per request when not on a terminal', async () => {
    const cli = spawn(process.execPath, [path.resolve(__dirname, '../../../cli.js'), 'sandbox', '--port', '0', '--log'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      cli.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      cli.on('exit', () => reject(new Error(out)));
    });
    try {
      await fetch(`${url}/api/v1/provider_networks/provider_ranking?zone_external_id=28`);
      for (let i = 0; i < 50 && !/provider_ranking/.test(out); i++) await new Promise((r) => setTimeout(r, 20));
      const line = out.split('\n').find((l) => l.includes('/provider_ranking'));
      assert.match(line ?? '', /^\d\d:\d\d:\d\d\.\d{3} GET \/api\/v1\/provider_networks\/provider_ranking\?zone_external_id=28 401 [\d.]+ms providerRanking\.get/);
      assert.doesNotMatch(line ?? '', /\u001b\[/, 'no colours when not a terminal');
    } finally {
      cli.kill('SIGTERM');
    }
  });
});

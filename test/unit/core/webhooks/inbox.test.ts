// The inbox listener over real HTTP: any method and path captured with raw bytes and headers,
// written before the 2xx, verified (the doctor's hints, or why not), retries marked, Authorization
// kept without its secret, history reopened from disk (damaged lines counted, the rest kept, age
// cap), forwarding kept even when it fails, byte-identical replay, 413 noted, the Host check, no
// stored event served over HTTP, one writer per store.
import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { StoreError } from '../../../../src/core/storage/jsonlStore';
import { basicAuthorization } from '../../../../src/core/webhooks/deliveryAuthCheck';
import { InboxListener, replayEvent } from '../../../../src/core/webhooks/inbox';
import { INBOX_FILE, InboxHistory } from '../../../../src/core/webhooks/inboxHistory';
import { bodyBytes, inboxEventJson, type InboxEvent } from '../../../../src/core/webhooks/inboxRecord';
import { startReceiver, until } from '../../../support/receiver';

const SECRET = 'sandbox-webhook-secret';
const sign = (body: string | Buffer, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');
const body = JSON.stringify({ event: 'service_request.updated', payload: { id: 78, current_status: 'assigned', origin_address: 'Alcorcón' } });

async function tmp(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'mok-inbox-'));
}

async function open(dir: string, o: Partial<Parameters<typeof InboxListener.start>[0]> = {}) {
  const history = await InboxHistory.open({ dir });
  const inbox = await InboxListener.start({ history, secret: () => SECRET, ...o });
  const events: InboxEvent[] = [];
  inbox.onEvent((e) => events.push(e));
  return { history, inbox, events, close: async () => (await inbox.close(), await history.close()) };
}

function post(url: string, b: string | Buffer, headers: Record<string, string> = {}, method = 'POST') {
  return request(url, { method, body: b, headers: { 'content-type': 'application/json', 'x-signature': sign(b), 'webhook-from': 'sandbox.mok.local', ...headers } });
}

describe('webhook inbox', function () {
  this.timeout(20_000);

  it('captures any method and path with the raw bytes, writes it before answering 200, and verifies it', async () => {
    const dir = await tmp();
    const t = await open(dir);
    try {
      const raw = Buffer.from(`${JSON.stringify(JSON.parse(body), null, 2)}\r\n`);
      const res = await post(`${t.inbox.url}/any/path?x=1`, raw, { 'x-signature': sign(body) });
      assert.equal(res.statusCode, 200);
      const answer = (await res.body.json()) as { received: boolean; id: string };
      assert.equal(answer.received, true);
      // Acknowledged means on disk: the file already holds the event.
      assert.ok((await fs.readFile(path.join(dir, INBOX_FILE), 'utf8')).includes(answer.id));
      const e = t.events[0]!;
      assert.equal(e.id, answer.id);
      assert.equal(e.path, '/any/path?x=1');
      assert.ok(bodyBytes(e).equals(raw), 'the exact bytes');
      assert.equal(e.valid, false);
      assert.deepEqual(
        e.hints.map((h) => h.code),
        ['reserialized-json'],
      );
      assert.deepEqual([e.event, e.serviceRequestId, e.status], ['service_request.updated', 78, 'assigned']);
      const ok = await post(`${t.inbox.url}/`, body);
      assert.equal(ok.statusCode, 200);
      assert.equal(t.events[1]?.valid, true);
      const get = await request(`${t.inbox.url}/health`);
      assert.equal(get.statusCode, 200);
      assert.deepEqual(Object.keys((await get.body.json()) as object), ['received', 'id'], 'nothing stored is served');
      assert.equal(t.events[2]?.method, 'GET');
      assert.deepEqual(t.events[2]?.hints.map((h) => h.code), ['missing-signature']);
    } finally {
      await t.close();
    }
  });

  it('marks the same body delivered again as a retry, and says when no secret is set', async () => {
    const dir = await tmp();
    const t = await open(dir, { secret: () => undefined });
    try {
      await post(t.inbox.url, body);
      await post(t.inbox.url, body);
      assert.equal(t.events[1]?.duplicateOf, t.events[0]?.id);
      assert.equal(t.events[0]?.duplicateOf, null);
      assert.equal(t.events[0]?.valid, null);
      assert.deepEqual(t.events[0]?.hints.map((h) => h.code), ['no-secret']);
    } finally {
      await t.close();
    }
  });

  it('checks Authorization and stores it without the secret', async () => {
    const dir = await tmp();
    const t = await open(dir, { auth: () => ({ username: 'ana', password: 'secreto' }) });
    try {
      await post(t.inbox.url, body, { Authorization: basicAuthorization('ana', 'secreto') });
      await post(t.inbox.url, body, { Authorization: basicAuthorization('ana', 'wrong') });
      await post(t.inbox.url, body);
      assert.deepEqual(
        t.events.map((e) => e.auth.status),
        ['ok', 'mismatch', 'missing'],
      );
      const file = await fs.readFile(path.join(dir, INBOX_FILE), 'utf8');
      assert.ok(!file.includes(basicAuthorization('ana', 'secreto').split(' ')[1]!) && !file.includes('secreto'), 'no credential on disk');
      assert.equal(inboxEventJson(t.events[0]!).headers.Authorization, 'Basic ana:[redacted]', 'named as received');
    } finally {
      await t.close();
    }
  });

  it('keeps its history across a reopen, counts a damaged line and drops events past the age cap', async () => {
    const dir = await tmp();
    const t = await open(dir);
    await post(t.inbox.url, body);
    await post(t.inbox.url, `${body}\n`, { 'x-signature': sign(body) });
    await t.close();
    await fs.appendFile(path.join(dir, INBOX_FILE), '\n0000000\t{"torn":');
    const again = await InboxHistory.open({ dir });
    assert.equal(again.size, 2);
    assert.equal(again.damaged, 1);
    assert.equal(again.list()[1]?.hints[0]?.code, 'trailing-newline');
    await again.close();
    const later = await InboxHistory.open({ dir, maxAgeDays: 1, now: () => new Date(Date.now() + 2 * 86_400_000) });
    assert.equal(later.size, 0, 'older than the cap: dropped');
    await later.close();
    assert.equal((await InboxHistory.open({ dir, readOnly: true })).size, 0, 'and rewritten on disk');
  });

  it('forwards each event to the local server, keeps its answer, and keeps the event when forwarding fails', async () => {
    const dir = await tmp();
    const local = await startReceiver(201);
    let forwardUrl = local.url;
    const t = await open(dir, { forwardUrl: () => forwardUrl });
    const forwards: string[] = [];
    t.inbox.onForward(({ forward }) => forwards.push(forward.error ? 'error' : String(forward.status)));
    try {
      await post(`${t.inbox.url}/hooks`, body);
      await until(() => forwards.length === 1);
      assert.equal(local.received[0]?.body.toString(), body);
      assert.equal(local.received[0]?.headers['x-signature'], sign(body));
      assert.equal(t.events[0]?.forwards[0]?.status, 201);
      assert.equal(t.events[0]?.forwards[0]?.body, 'local 201');
      forwardUrl = 'http://127.0.0.1:9/nothing-listens';
      const res = await post(`${t.inbox.url}/hooks`, body);
      assert.equal(res.statusCode, 200, 'the sender is answered whatever the local server does');
      await until(() => forwards.length === 2);
      assert.deepEqual(forwards, ['201', 'error']);
    } finally {
      await t.close();
      await local.close();
    }
    const reopened = await InboxHistory.open({ dir, readOnly: true });
    assert.deepEqual(
      reopened.list().map((e) => [e.forwards[0]?.status, Boolean(e.forwards[0]?.error)]),
      [
        [201, false],
        [undefined, true],
      ],
    );
  });

  it('replays the same method, bytes and headers (Authorization re-created)', async () => {
    const dir = await tmp();
    const t = await open(dir, { auth: () => ({ token: 'static-token' }) });
    const local = await startReceiver();
    try {
      const raw = Buffer.from('\uFEFF{"event":"service_request.created","payload":{"id":1,"n":"ñ"}}\r\n');
      await post(`${t.inbox.url}/x`, raw, { 'X-Custom': 'Valor', Authorization: 'Bearer static-token' }, 'PUT');
      const e = t.events[0]!;
      const res = await replayEvent(e, local.url, { auth: { token: 'static-token' } });
      assert.equal(res.status, 200);
      const got = local.received[0]!;
      assert.equal(got.method, 'PUT');
      assert.ok(got.body.equals(raw), 'byte-identical body');
      for (const h of ['x-signature', 'webhook-from', 'content-type', 'x-custom']) assert.equal(got.headers[h], e.headers.find(([k]) => k.toLowerCase() === h)?.[1]);
      assert.equal(got.headers.authorization, 'Bearer static-token');
      assert.ok(got.rawHeaders.includes('X-Custom'), 'names as captured');
    } finally {
      await t.close();
      await local.close();
    }
  });

  it('notes a body over the limit (413) without keeping it, and answers 421 to a foreign Host', async () => {
    const dir = await tmp();
    const t = await open(dir);
    try {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
      const res = await request(t.inbox.url, { method: 'POST', body: big });
      assert.equal(res.statusCode, 413);
      await res.body.dump();
      const noted = await until(() => t.events[0]);
      assert.equal(noted.refusedBytes, big.length);
      assert.deepEqual(noted.hints.map((h) => h.code), ['body-too-large']);
      const status = await new Promise<string>((resolve, reject) => {
        const s = net.connect(t.inbox.port, '127.0.0.1', () => s.write('POST / HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'));
        let out = '';
        s.on('data', (c) => (out += c.toString()));
        s.on('end', () => resolve(out.split('\r\n')[0] ?? ''));
        s.on('error', reject);
      });
      assert.equal(status, 'HTTP/1.1 421 Misdirected Request');
      assert.equal(t.events.length, 1, 'a refused Host is not captured');
      t.inbox.allowHost('tunnel.example');
      const tunnelled = await request(t.inbox.url, { method: 'POST', body, headers: { host: 'tunnel.example' } });
      assert.equal(tunnelled.statusCode, 200);
    } finally {
      await t.close();
    }
  });

  it('lets one process write a store at a time; readers need no lock', async () => {
    const dir = await tmp();
    const first = await InboxHistory.open({ dir });
    await fs.writeFile(path.join(dir, 'listener.lock'), String(process.ppid));
    await assert.rejects(InboxHistory.open({ dir }), (e: unknown) => StoreError.is(e, 'locked') && e.message.includes(String(process.ppid)));
    const reader = await InboxHistory.open({ dir, readOnly: true });
    await reader.close();
    await first.close();
    // A lock whose process is gone is taken over.
    await fs.writeFile(path.join(dir, 'listener.lock'), '999999999');
    await (await InboxHistory.open({ dir })).close();
  });
});

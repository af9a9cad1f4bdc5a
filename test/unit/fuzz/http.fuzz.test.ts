// Fuzzing the two local servers over raw TCP: the sandbox (any method, path, query, headers and
// body against the catalogue's routes, with valid and broken credentials, lengths and encodings)
// and the webhook inbox (anything a sender might post). Properties: every request gets an HTTP
// answer (or, for bytes that are not HTTP, a 400 / a closed connection — never a hang); the
// sandbox never answers 500 (a 500 is one of its handlers throwing); the inbox keeps every request
// it acknowledged; both still serve normal requests afterwards.
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { allEndpoints } from '../../../src/core/catalogue/catalogue';
import { InboxHistory } from '../../../src/core/webhooks/inboxHistory';
import { InboxListener } from '../../../src/core/webhooks/inbox';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { checkAsyncProperty, fuzzParams, fuzzTimeout, reportFuzzCases } from '../../support/fuzz';
import { withSandbox } from '../../support/sandbox';

/** Sends raw bytes, returns the status line's code ('' when the server closed without a word). */
function exchange(port: number, bytes: Buffer): Promise<{ status: string; raw: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let raw = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 5 s to ${JSON.stringify(bytes.subarray(0, 200).toString('latin1'))}`));
    }, 5000);
    socket.on('data', (d: Buffer) => {
      raw += d.toString('latin1');
      // One answer is enough: the status line and the end of the headers.
      if (/\r\n\r\n/.test(raw)) socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ status: /^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? '', raw });
    });
    socket.end(bytes);
  });
}

const token = fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/);
const segment = fc.oneof(token, fc.constantFrom('%ZZ', '%C0%AF', '..', '%2e%2e', '%00', 'ñ', '😀', '{id}', '0', '-1', '99999999999999999999', 'x'.repeat(3000)));
/** A route of the catalogue with its placeholders filled by anything, or a made-up one. */
const route = fc.oneof(
  fc.tuple(fc.constantFrom(...allEndpoints().map((d) => d.path)), fc.array(segment, { minLength: 8, maxLength: 8 })).map(([p, fill]) => {
    let i = 0;
    return p.replace(/\{org\}/g, () => (i++ % 3 === 0 ? 'yoigo' : 'masmovil')).replace(/\{[^}]+\}/g, () => encodeURI(fill[i++ % fill.length] ?? '1'));
  }),
  fc.array(segment, { maxLength: 5 }).map((s) => `/${s.join('/')}`),
  fc.constantFrom('/__sandbox/requests?since=x', '/__sandbox/faults', '/openapi.json', '*', '//', '/?&&=='),
);
const query = fc.dictionary(token, fc.oneof(token, segment), { maxKeys: 4 }).map((q) => {
  const s = Object.entries(q)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return s ? `?${s}` : '';
});
const bodyBytes = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v))),
  fc.constantFrom('{"service_request":{"service_id":5000382079,"contract_id":131}}', '{"metadata":', '[', 'null', '{"__proto__":{"x":1}}').map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 300 }).map((u) => Buffer.from(u)),
);
const auth = fc.constantFrom<string | undefined>(undefined, 'Bearer sandbox-documents-token', 'Bearer nope', 'Basic Og==', 'Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.eyJleHAiOjF9.');
const contentType = fc.constantFrom<string | undefined>(undefined, 'application/json', 'application/json; charset=latin1', 'multipart/form-data', 'multipart/form-data; boundary=xyz', 'multipart/mixed; boundary=', 'text/plain', 'application/x-www-form-urlencoded');

/** An HTTP/1.1 request; the length is right, or (sometimes) a lie, or the body goes chunked. */
const request = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'BREW'),
    route,
    query,
    auth,
    contentType,
    body: bodyBytes,
    framing: fc.constantFrom('length', 'length', 'length', 'chunked', 'short'),
    extra: fc.dictionary(fc.stringMatching(/^[a-z-]{1,12}$/), fc.stringMatching(/^[ -~]{0,20}$/), { maxKeys: 3 }),
  })
  .map((r) => {
    const head = [`${r.method} ${r.route}${r.query} HTTP/1.1`, 'host: 127.0.0.1', 'connection: close'];
    if (r.auth) head.push(`authorization: ${r.auth}`);
    if (r.contentType) head.push(`content-type: ${r.contentType}`);
    for (const [k, v] of Object.entries(r.extra)) if (!['host', 'content-length', 'transfer-encoding', 'connection'].includes(k)) head.push(`${k}: ${v}`);
    let body = r.body;
    if (r.framing === 'chunked') {
      head.push('transfer-encoding: chunked');
      body = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
    } else head.push(`content-length: ${r.framing === 'short' ? Math.max(0, body.length - 1) : body.length}`);
    return { label: `${r.method} ${r.route.slice(0, 80)}${r.query.slice(0, 40)}`, bytes: Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]) };
  });
const garbage = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 400 }).map((u) => Buffer.from(u)),
  fc.constantFrom('GET / HTTP/9.9\r\n\r\n', 'GET /\r\n\r\n', 'POST / HTTP/1.1\r\ncontent-length: -5\r\n\r\n', 'GET / HTTP/1.1\r\nhost: evil.example\r\n\r\n', `GET /${'a'.repeat(70_000)} HTTP/1.1\r\n\r\n`).map((s) => Buffer.from(s, 'latin1')),
);

describe('fuzz: the sandbox and the inbox over raw HTTP', function () {
  this.timeout(fuzzTimeout(120_000));
  let sb: RunningSandbox;
  before(async () => {
    sb = await withSandbox({ seedSize: 20 });
  });
  after(async () => {
    await sb.close();
    reportFuzzCases('the sandbox and the inbox over raw HTTP');
  });

  it('the sandbox answers any request, and never with a 500', async () => {
    await checkAsyncProperty(
      'sandbox',
      fc.asyncProperty(request, async ({ label, bytes }) => {
        const { status } = await exchange(sb.port, bytes);
        assert.match(status, /^[1-5]\d\d$/, `${label}: no HTTP answer`);
        assert.notEqual(status, '500', `${label}: a handler threw`);
      }),
      fuzzParams(31, 3000),
    );
    assert.equal((await fetch(`${sb.url}/__sandbox/health`)).status, 200);
  });

  it('bytes that are not HTTP get a 400 or a closed connection, and the sandbox goes on', async () => {
    await checkAsyncProperty(
      'sandbox-garbage',
      fc.asyncProperty(garbage, async (bytes) => {
        const { status } = await exchange(sb.port, bytes);
        assert.ok(status === '' || /^4\d\d$/.test(status), `answered ${status}`);
      }),
      fuzzParams(32, 1000),
    );
    assert.equal((await fetch(`${sb.url}/__sandbox/health`)).status, 200);
  });

  it('the inbox keeps every request it acknowledged', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mok-fuzz-inbox-'));
    const history = await InboxHistory.open({ dir });
    const inbox = await InboxListener.start({ history, secret: () => 'fuzz-secret' });
    let acknowledged = 0;
    try {
      await checkAsyncProperty(
        'inbox',
        fc.asyncProperty(fc.oneof(request, garbage.map((bytes) => ({ label: 'garbage', bytes }))), async ({ label, bytes }) => {
          const { status } = await exchange(inbox.port, bytes);
          assert.ok(status === '' || /^[1-4]\d\d$/.test(status), `${label}: answered ${status}`);
          if (/^2/.test(status)) acknowledged++;
        }),
        fuzzParams(33, 2000),
      );
      assert.ok(acknowledged > 0, 'some requests were captured');
      await history.close();
      const reopened = await InboxHistory.open({ dir });
      // Stored may exceed acknowledged, never the reverse: a valid request followed on the same
      // connection by bytes that are not HTTP is stored, but node answers the garbage's 400 first.
      assert.ok(reopened.size >= acknowledged, `every acknowledged request is on disk (${reopened.size} stored, ${acknowledged} acknowledged)`);
      await reopened.close();
    } finally {
      await inbox.close();
    }
  });
});

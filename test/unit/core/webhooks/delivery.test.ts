// One-shot webhook sends against a real local receiver: headers, signature, status, body, timing,
// and typed errors for unreachable, slow and cancelled receivers.
import { strict as assert } from 'node:assert';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebhook } from '../../../../src/core/webhooks/delivery';
import { WebhookError } from '../../../../src/core/webhooks/errors';
import { verifySignature } from '../../../../src/core/webhooks/signature';

interface Receiver {
  url: string;
  received: Array<{ method?: string; headers: http.IncomingHttpHeaders; body: Buffer }>;
  close(): Promise<void>;
}

async function receiver(answer: (res: http.ServerResponse) => void): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks) });
      answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks?token=t0ken`,
    received,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const BODY = '{"event":"service_request.created","payload":{"id":78,"name":"Alcorcón"}}';

describe('core/webhooks/delivery sendWebhook', () => {
  it('POSTs the body signed, with Webhook-From and JSON content type, and reports the answer', async () => {
    const r = await receiver((res) => res.writeHead(202, { 'x-receiver': 'yes' }).end('accepted'));
    try {
      const res = await sendWebhook({ url: r.url, body: BODY, secret: 'sandbox-webhook-secret', fromHost: 'mok-devtools.local', headers: { Authorization: 'Bearer abc' } });
      assert.equal(res.status, 202);
      assert.equal(res.bodyText, 'accepted');
      assert.equal(res.headers['x-receiver'], 'yes');
      assert.ok(res.durationMs >= 0);
      const got = r.received[0]!;
      assert.equal(got.method, 'POST');
      assert.equal(got.body.toString('utf8'), BODY);
      assert.equal(got.headers['content-type'], 'application/json');
      assert.equal(got.headers['webhook-from'], 'mok-devtools.local');
      assert.equal(got.headers.authorization, 'Bearer abc');
      assert.equal(got.headers['x-signature'], res.signature);
      assert.ok(verifySignature('sandbox-webhook-secret', got.body, String(got.headers['x-signature'])));
    } finally {
      await r.close();
    }
  });

  it('sends a given signature as is, and cuts long answers', async () => {
    const r = await receiver((res) => res.writeHead(401).end('x'.repeat(5000)));
    try {
      const res = await sendWebhook({ url: r.url, body: Buffer.from(BODY), signature: 'sha256=BROKEN', fromHost: 'h', maxResponseBytes: 100 });
      assert.equal(res.status, 401);
      assert.equal(r.received[0]!.headers['x-signature'], 'sha256=BROKEN');
      assert.equal(res.bodyText.length, 100);
      assert.ok(res.truncated);
    } finally {
      await r.close();
    }
  });

  it('rejects with typed errors: unreachable (origin only, no query), timeout, cancelled', async () => {
    await assert.rejects(sendWebhook({ url: 'http://127.0.0.1:9/hooks?token=t0ken', body: BODY, secret: 's', fromHost: 'h' }), (e) => WebhookError.is(e, 'unreachable') && /127\.0\.0\.1:9/.test(e.message) && !e.message.includes('t0ken'));
    const slow = await receiver(() => undefined);
    try {
      await assert.rejects(sendWebhook({ url: slow.url, body: BODY, secret: 's', fromHost: 'h', timeoutMs: 100 }), (e) => WebhookError.is(e, 'timeout'));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(sendWebhook({ url: slow.url, body: BODY, secret: 's', fromHost: 'h', signal: controller.signal }), (e) => WebhookError.is(e, 'cancelled'));
    } finally {
      await slow.close();
    }
  });
});

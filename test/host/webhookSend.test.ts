// "Send Test Webhook…" in a real extension host against a receiver of the test's own: the body is
// the API document's example or a service request of the Sandbox (a Service Requests node), signed
// with the environment's secret, or broken on purpose so that the doctor names the break; the
// exchange (request and answer) opens as a read-only document.
import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { diagnoseSignature } from '../../src/core/webhooks/doctor';
import type { SendOutcome } from '../../src/vscode/webhooks/sendTest';
import { contextValue, providerOf, waitFor } from './support';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function receiver(status = 200): Promise<{ url: string; received: Received[]; close(): void }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: status < 300 }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/webhooks/mok`, received, close: () => server.close() });
    });
  });
}

const SECRET = 'sandbox-webhook-secret';

describe('Send Test Webhook', function () {
  this.timeout(60000);
  let r: Awaited<ReturnType<typeof receiver>>;

  before(async () => {
    r = await receiver();
  });
  after(async () => {
    r.close();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('posts the API document\'s example, signed with the environment\'s secret, with Webhook-From, and shows the answer', async () => {
    const out = await vscode.commands.executeCommand<SendOutcome>('mok.webhooks.sendTest', { payload: 'example', event: 'service_request.created', break: 'none', url: r.url });
    assert.equal(out?.status, 200);
    assert.equal(out.ok, true);
    const got = r.received.at(-1);
    assert.ok(got);
    assert.equal(got.headers['x-signature'], createHmac('sha256', SECRET).update(got.body).digest('hex'));
    assert.equal(got.headers['webhook-from'], 'mok-devtools.local');
    assert.equal(got.headers['content-type'], 'application/json');
    const body = JSON.parse(got.body.toString('utf8')) as { event: string; payload: { id: number } };
    assert.equal(body.event, 'service_request.created');
    assert.equal(body.payload.id, 78);
    const doc = await waitFor('the exchange document', () => Promise.resolve(vscode.window.activeTextEditor?.document.uri.path.includes('test-webhook-service_request.created') ? vscode.window.activeTextEditor.document : undefined));
    assert.match(doc.getText(), /^POST http:\/\/127\.0\.0\.1:\d+\/webhooks\/mok\n/);
    assert.match(doc.getText(), /\nHTTP 200 \(\d+ ms\)\n/);
  });

  it('breaks the signature on purpose: the doctor, given the right secret, names the break', async () => {
    for (const variant of ['trailing-newline', 'reserialized-json', 'uppercase-hex'] as const) {
      const out = await vscode.commands.executeCommand<SendOutcome>('mok.webhooks.sendTest', { payload: 'example', event: 'service_request.updated', break: variant, url: r.url });
      assert.equal(out?.broken, variant);
      const got = r.received.at(-1);
      assert.ok(got);
      const d = diagnoseSignature({ secret: SECRET, body: got.body, signature: String(got.headers['x-signature']) });
      assert.equal(d.valid, false);
      assert.deepEqual(
        d.hints.map((h) => h.code),
        [variant],
      );
    }
  });

  it('sends a Sandbox service request picked in the Service Requests view', async () => {
    const p = await providerOf('mok.views.serviceRequests');
    await vscode.commands.executeCommand('mok.views.serviceRequests.focus');
    const node = await waitFor('a service request row', async () => (await p.getChildren()).find((n) => /^mok:serviceRequest\+/.test(contextValue(n))));
    const out = await vscode.commands.executeCommand<SendOutcome>('mok.webhooks.sendTest', node, { event: 'service_request.updated', break: 'none', url: r.url });
    assert.equal(out?.status, 200);
    const body = JSON.parse(r.received.at(-1)!.body.toString('utf8')) as { event: string; payload: { id: number; public_id: string } };
    assert.ok('sr' in node && typeof node.sr === 'object' && node.sr !== null && 'id' in node.sr);
    assert.equal(body.payload.id, node.sr.id);
  });
});

// Faults, part 4: the sandbox's webhook delivery when the partner's receiver is down. The receiver
// is the real inbox; "down" is nothing listening on its port. The sandbox retries until the inbox
// is back, then the event arrives once, signed, acknowledged, and the delivery log shows every
// attempt; a receiver that never comes back ends in a failed delivery after the attempt budget.
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sandboxCredentials } from '../../../src/core/environment';
import type { Delivery } from '../../../src/core/webhooks/delivery';
import { InboxListener } from '../../../src/core/webhooks/inbox';
import { InboxHistory } from '../../../src/core/webhooks/inboxHistory';
import { triggerPlatformEvent } from '../../../src/core/webhooks/sandboxControl';
import { verifySignature } from '../../../src/core/webhooks/signature';
import type { RunningSandbox, SandboxOptions } from '../../../src/sandbox/server';
import { control, withSandbox } from '../../support/sandbox';

async function delivery(sb: RunningSandbox, id: string): Promise<Delivery | undefined> {
  const log = (await control(sb, 'GET', '/__sandbox/deliveries')) as { deliveries: Delivery[] };
  return log.deliveries.find((d) => d.id === id);
}

/** Polls the delivery log until `done` holds for the delivery (the sandbox retries on its own timers). */
async function deliveryWhen(sb: RunningSandbox, id: string, done: (d: Delivery) => boolean, ms = 10_000): Promise<Delivery> {
  const end = Date.now() + ms;
  for (;;) {
    const d = await delivery(sb, id);
    if (d && done(d)) return d;
    if (Date.now() > end) throw new Error(`delivery ${id} never got there: ${JSON.stringify(d?.attempts)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A free port with nothing listening on it: an inbox started once and closed. */
async function downPort(history: InboxHistory): Promise<number> {
  const probe = await InboxListener.start({ history, secret: () => sandboxCredentials.webhookSecret });
  const port = probe.port;
  await probe.close();
  return port;
}

describe('faults: sandbox webhook delivery to a receiver that is down', function () {
  this.timeout(30_000);
  let dir: string;
  let history: InboxHistory;
  let sb: RunningSandbox | undefined;
  let inbox: InboxListener | undefined;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mok-faults-inbox-'));
    history = await InboxHistory.open({ dir });
  });
  afterEach(async () => {
    await sb?.close();
    await inbox?.close();
    await history.close();
    sb = inbox = undefined;
  });

  const start = async (port: number, o: SandboxOptions) => (sb = await withSandbox({ seedSize: 10, webhookUrl: `http://127.0.0.1:${port}/webhooks/mok`, ...o }));

  it('retries until the receiver comes back; the event then arrives once, signed, and every attempt is in the delivery log', async () => {
    const port = await downPort(history);
    // Short delays, and enough attempts that the test decides when the receiver is back, not a clock.
    const s = await start(port, { webhookBaseDelayMs: 10, webhookMaxDelayMs: 40, webhookMaxAttempts: 1000 });
    const created = await triggerPlatformEvent(s.url, { event: 'created' });
    assert.ok(created.delivery_id);
    const failing = await deliveryWhen(s, created.delivery_id, (d) => d.attempts.length >= 3);
    assert.equal(failing.state, 'pending', 'still being retried');
    assert.ok(failing.attempts.every((a) => a.status === undefined && a.error), 'each failed attempt says why');

    inbox = await InboxListener.start({ history, port, secret: () => sandboxCredentials.webhookSecret });
    const done = await deliveryWhen(s, created.delivery_id, (d) => d.state !== 'pending');
    assert.equal(done.state, 'delivered');
    const last = done.attempts.at(-1);
    assert.equal(last?.status, 200, 'the inbox acknowledged it');
    assert.ok(done.attempts.slice(0, -1).every((a) => a.error !== undefined), 'every attempt before it failed, and is listed');
    assert.equal(done.nextAttemptAt, undefined, 'nothing more is scheduled');

    // A second event delivered after it: by then a stray retry of the first would have arrived too.
    const updated = await triggerPlatformEvent(s.url, { event: 'updated', service_request_id: created.service_request.id });
    await deliveryWhen(s, updated.delivery_id ?? '', (d) => d.state === 'delivered');
    const firstAgain = await delivery(s, created.delivery_id);
    assert.equal(firstAgain?.attempts.length, done.attempts.length, 'no attempt after the acknowledgement');

    const captured = history.list().filter((e) => e.body === done.body);
    assert.equal(captured.length, 1, 'the event arrived exactly once');
    assert.equal(captured[0]?.valid, true, 'its signature verifies with the webhook secret');
    assert.ok(verifySignature(sandboxCredentials.webhookSecret, Buffer.from(done.body), done.signature));
    assert.deepEqual([captured[0]?.event, captured[0]?.serviceRequestId], ['service_request.created', created.service_request.id]);
  });

  it('a receiver that never comes back: the delivery fails after the attempt budget (10 by default), each attempt listed', async () => {
    const port = await downPort(history);
    const s = await start(port, { webhookBaseDelayMs: 1, webhookMaxDelayMs: 4 });
    const created = await triggerPlatformEvent(s.url, { event: 'created' });
    const done = await deliveryWhen(s, created.delivery_id ?? '', (d) => d.state !== 'pending');
    assert.equal(done.state, 'failed');
    assert.equal(done.attempts.length, 10);
    assert.ok(done.attempts.every((a) => a.error !== undefined && a.status === undefined));
    assert.equal(done.nextAttemptAt, undefined);
  });
});

// MOK-side events and delivery auth in the sandbox, delivered over real HTTP to the inbox: a
// request created or updated "from one of our platforms" sends its signed webhook; the partner's
// own calls send none unless partner webhooks are on; every delivery auth mode of the API document
// is delivered and checked (the sandbox's auth URL included, with configurable JSON keys); traffic
// mode produces created and updated events.
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sandboxCredentials } from '../../../src/core/environment';
import type { DeliveryAuthMode } from '../../../src/core/webhooks/deliveryAuth';
import { InboxListener } from '../../../src/core/webhooks/inbox';
import { InboxHistory } from '../../../src/core/webhooks/inboxHistory';
import type { InboxEvent } from '../../../src/core/webhooks/inboxRecord';
import { triggerPlatformEvent } from '../../../src/core/webhooks/sandboxControl';
import type { SandboxOptions } from '../../../src/sandbox/server';
import { until } from '../../support/receiver';
import { clientFor, control, withSandbox } from '../../support/sandbox';

const EXPECT = { username: sandboxCredentials.webhookAuthUsername, password: sandboxCredentials.webhookAuthPassword, token: sandboxCredentials.webhookAuthToken };

async function setup(options: SandboxOptions = {}, expect = EXPECT) {
  const history = await InboxHistory.open({ dir: await fs.mkdtemp(path.join(os.tmpdir(), 'mok-sb-inbox-')) });
  const inbox = await InboxListener.start({ history, secret: () => sandboxCredentials.webhookSecret, auth: () => expect });
  const events: InboxEvent[] = [];
  inbox.onEvent((e) => events.push(e));
  const sb = await withSandbox({ webhookUrl: `${inbox.url}/webhooks/mok`, webhookBaseDelayMs: 20, ...options });
  return {
    sb,
    events,
    close: async () => {
      await sb.close();
      await inbox.close();
      await history.close();
    },
  };
}

describe('sandbox MOK-side events', function () {
  this.timeout(30_000);

  it('creates a request for one of the partner\'s services and sends service_request.created, signed', async () => {
    const t = await setup();
    const client = clientFor(t.sb);
    try {
      const r = await triggerPlatformEvent(t.sb.url, { event: 'created' });
      assert.equal(r.event, 'service_request.created');
      assert.equal(r.service_request.current_status, 'pending');
      assert.ok(r.delivery_id);
      const e = await until(() => t.events[0]);
      assert.equal(e.valid, true);
      assert.deepEqual([e.event, e.serviceRequestId, e.status], ['service_request.created', r.service_request.id, 'pending']);
      const sr = (await client.call('serviceRequests.get', { params: { id: r.service_request.id } })).service_request;
      assert.equal(sr.source, 'mok_platform');
      assert.deepEqual(Object.keys(sr.status_history ?? {}), ['pending']);
      const log = (await control(t.sb, 'GET', '/__sandbox/deliveries')) as { deliveries: Array<{ id: string; origin: string }> };
      assert.equal(log.deliveries.find((d) => d.id === r.delivery_id)?.origin, 'platform');
    } finally {
      await client.close();
      await t.close();
    }
  });

  it('moves a request to its next status, or the one given, and refuses what makes no sense', async () => {
    const t = await setup();
    try {
      const created = await triggerPlatformEvent(t.sb.url, { event: 'created' });
      const id = created.service_request.id;
      const next = await triggerPlatformEvent(t.sb.url, { event: 'updated', service_request_id: id });
      assert.equal(next.service_request.current_status, 'assigned');
      const done = await triggerPlatformEvent(t.sb.url, { event: 'updated', service_request_id: id, status: 'completed' });
      assert.equal(done.service_request.current_status, 'completed');
      await assert.rejects(triggerPlatformEvent(t.sb.url, { event: 'updated', service_request_id: id }), /is completed: give the status/);
      await assert.rejects(triggerPlatformEvent(t.sb.url, { event: 'updated', service_request_id: id, status: 'flying' }), /not one of pending, assigned/);
      await assert.rejects(triggerPlatformEvent(t.sb.url, { event: 'updated', service_request_id: 99_999 }), (e: unknown) => e instanceof Error && 'status' in e && e.status === 404);
      const again = await triggerPlatformEvent(t.sb.url, { event: 'created', service_request_id: id });
      assert.equal(again.service_request.current_status, 'completed', 'announces the existing request');
      const events = await until(() => (t.events.length >= 4 ? t.events : undefined));
      assert.deepEqual(
        events.map((e) => `${e.event} ${e.status}`),
        ['service_request.created pending', 'service_request.updated assigned', 'service_request.updated completed', 'service_request.created completed'],
      );
    } finally {
      await t.close();
    }
  });

  it('sends no webhook for the partner\'s own API calls by default, and does when partner webhooks are on', async () => {
    const t = await setup();
    const client = clientFor(t.sb);
    try {
      const sr = (await client.call('serviceRequests.list', { query: { 'page[size]': 1, current_status: 'pending' } })).service_requests[0]!;
      await client.call('serviceRequests.update', { params: { id: sr.id }, body: { service_request: { technician_name: 'Nuria Sanz' } } });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(t.events.length, 0);
      const config = (await control(t.sb, 'POST', '/__sandbox/webhook', { partner_webhooks: true })) as { partner_webhooks: boolean };
      assert.equal(config.partner_webhooks, true);
      await client.call('serviceRequests.update', { params: { id: sr.id }, body: { service_request: { technician_name: 'Pablo Gil' } } });
      const e = await until(() => t.events[0]);
      assert.equal(e.event, 'service_request.updated');
    } finally {
      await client.close();
      await t.close();
    }
  });

  for (const [mode, scheme, kind] of [
    ['basic', 'basic', undefined],
    ['bearer', 'bearer', 'static'],
    ['fetchedBearer', 'bearer', 'fetched'],
  ] as const) {
    it(`delivers with ${mode} auth, and the inbox checks it`, async () => {
      const t = await setup({ webhookAuth: mode as DeliveryAuthMode, webhookAuthKeys: { username: 'usuario', password: 'clave', token: 'access_token' } });
      try {
        await triggerPlatformEvent(t.sb.url, { event: 'created' });
        const e = await until(() => t.events[0]);
        assert.deepEqual([e.auth.scheme, e.auth.kind, e.auth.status], [scheme, kind, 'ok']);
        assert.equal(e.valid, true);
      } finally {
        await t.close();
      }
    });
  }

  it('the inbox tells wrong delivery credentials apart, and the sandbox\'s auth URL refuses wrong ones', async () => {
    const t = await setup({ webhookAuth: 'basic' }, { ...EXPECT, password: 'not-this' });
    try {
      await triggerPlatformEvent(t.sb.url, { event: 'created' });
      assert.equal((await until(() => t.events[0])).auth.status, 'mismatch');
      const bad = (await control(t.sb, 'POST', '/__sandbox/webhook-auth/token', { username: EXPECT.username, password: 'x' })) as { error: string };
      assert.equal(bad.error, 'invalid_credentials');
      const ok = (await control(t.sb, 'POST', '/__sandbox/webhook-auth/token', { username: EXPECT.username, password: EXPECT.password })) as { token: string };
      assert.match(ok.token, /^mokwh\./);
      const described = JSON.stringify(await control(t.sb, 'POST', '/__sandbox/webhook', { auth: { mode: 'fetchedBearer', keys: { username: 'u', password: 'p', token: 't' } } }));
      assert.ok(!described.includes(EXPECT.password), 'the configuration never shows the password');
    } finally {
      await t.close();
    }
  });

  it('traffic mode: MOK\'s platforms keep creating requests and moving them through statuses', async () => {
    const t = await setup({ simulateEverySeconds: 0.05 });
    try {
      const events = await until(() => {
        const kinds = new Set(t.events.map((e) => e.event));
        return kinds.has('service_request.created') && kinds.has('service_request.updated') ? t.events : undefined;
      }, 15_000);
      assert.ok(events.every((e) => e.valid === true));
      t.sb.simulate(0);
    } finally {
      await t.close();
    }
  });
});

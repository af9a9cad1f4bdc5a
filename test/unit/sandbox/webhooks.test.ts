// Signed webhooks from the sandbox: delivered to a real local receiver, retried with backoff on
// non-2xx, and recorded in the delivery log.
import { strict as assert } from 'node:assert';
import { verifySignature } from '../../../src/core/webhooks/signature';
import { startReceiver, until } from '../../support/receiver';
import { clientFor, control, withSandbox } from '../../support/sandbox';

describe('sandbox webhooks', function () {
  this.timeout(20_000);

  it('with partner webhooks on, signs service_request.created with the webhook secret and retries until 2xx', async () => {
    // The first two attempts fail: the sandbox retries until a 2xx.
    const hook = await startReceiver((_r, before) => (before < 2 ? 500 : 200));
    const sb = await withSandbox({ webhookUrl: hook.url, webhookBaseDelayMs: 20, partnerWebhooks: true });
    const client = clientFor(sb);
    try {
      const info = await client.call('providerNetwork.info');
      assert.equal(info.provider_network.webhook_url, hook.url, 'provider network info shows where webhooks go');
      const list = await client.call('serviceRequests.list', { query: { 'page[size]': 1 } });
      const sr = list.service_requests[0]!;
      const contract = (await client.call('contracts.lookup', { query: { id: String(sr.contract_id) } })).contracts[0]!;
      const created = await client.call('serviceRequests.create', {
        body: { service_request: { contract_id: contract.id, service_id: contract.services[0]!.id, external_id: 'hook-1' } },
      });
      await until(() => hook.received.length >= 3);
      for (const r of hook.received) {
        assert.ok(verifySignature(sb.credentials.webhookSecret, r.body, String(r.headers['x-signature'])), 'X-Signature is the HMAC of the raw body');
        assert.ok(r.headers['webhook-from'], 'Webhook-From names the sender');
      }
      const body = JSON.parse(hook.received[2]!.body.toString('utf8')) as { event: string; payload: { id: number } };
      assert.equal(body.event, 'service_request.created');
      assert.equal(body.payload.id, created.service_request.id);
      const log = (await control(sb, 'GET', '/__sandbox/deliveries')) as { deliveries: Array<{ state: string; attempts: unknown[]; event: string }> };
      const d = log.deliveries.find((x) => x.event === 'service_request.created');
      assert.equal(d?.state, 'delivered');
      assert.equal(d?.attempts.length, 3);

      await client.call('serviceRequests.update', { params: { id: created.service_request.id }, body: { service_request: { current_status: 'assigned' } } });
      await until(() => hook.received.some((r) => r.body.toString().includes('service_request.updated')));
    } finally {
      await client.close();
      await sb.close();
      await hook.close();
    }
  });
});

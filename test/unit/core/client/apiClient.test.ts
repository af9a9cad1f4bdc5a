// The core client against the real sandbox over HTTP. Retries, Retry-After, token refresh and
// duplicate-free creates under injected faults are in test/unit/faults/.
import { strict as assert } from 'node:assert';
import { ApiError, InputError } from '../../../../src/core/errors';
import type { RunningSandbox } from '../../../../src/sandbox/server';
import { aContractAndService, clientFor, control, withSandbox } from '../../../support/sandbox';

describe('core/client ApiClient against the sandbox', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  beforeEach(async () => {
    sb = await withSandbox();
  });
  afterEach(async () => {
    await sb.close();
  });

  it('gets one token and shares it between 20 concurrent calls', async () => {
    const client = clientFor(sb);
    const results = await Promise.all(Array.from({ length: 20 }, () => client.call('plans.list')));
    assert.equal(results.length, 20);
    const health = (await control(sb, 'GET', '/__sandbox/health')) as { stats: { tokensIssued: number } };
    assert.equal(health.stats.tokensIssued, 1);
    await client.close();
  });

  it('reports missing credentials before any request', async () => {
    const client = clientFor(sb, {});
    await assert.rejects(client.call('admin.contracts.list'), (e) => InputError.is(e, 'missingCredential'));
    await client.close();
  });

  it('cancels a call in flight', async () => {
    const client = clientFor(sb);
    await client.call('plans.list');
    sb.queueFault({ kind: 'delay', delayMs: 2000, operation: 'plans.list' });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    await assert.rejects(client.call('plans.list', {}, { signal: ac.signal }), (e) => ApiError.is(e, 'cancelled'));
    await client.close();
  });

  it('200 concurrent creates give 200 distinct, consistent service requests', async () => {
    const client = clientFor(sb);
    const { contractId, serviceId } = await aContractAndService(client);
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) => client.call('serviceRequests.create', { body: { service_request: { contract_id: contractId, service_id: serviceId, external_id: `bulk-${i}` } } })),
    );
    const ids = new Set(created.map((c) => c.service_request.id));
    const publicIds = new Set(created.map((c) => c.service_request.public_id));
    assert.equal(ids.size, 200);
    assert.equal(publicIds.size, 200);
    for (let i = 0; i < 200; i++) {
      const got = await client.call('serviceRequests.get', { params: { id: created[i]!.service_request.id } });
      assert.equal(got.service_request.external_id, `bulk-${i}`);
      assert.equal(got.service_request.contract_id, contractId);
    }
    await client.close();
  });

  it('validates a body locally and lists every problem before sending', async () => {
    const client = clientFor(sb);
    await assert.rejects(
      client.call('serviceRequests.create', { body: { service_request: { contract_id: 1, service_id: 2, colour: 'red' } } as never }),
      (e) => ApiError.is(e, 'validation') && e.problems.some((p) => JSON.stringify(p).includes('colour')),
    );
    await client.close();
  });

  it('refuses a request missing a required query parameter before sending, naming it', async () => {
    const client = clientFor(sb);
    const before = (await (await fetch(`${sb.url}/__sandbox/health`)).json()) as { stats: { tokensIssued: number } };
    await assert.rejects(client.call('providerRanking.get', { query: { zone_external_id: 'madrid-centro' } } as never), (e) => {
      assert.ok(ApiError.is(e, 'validation'), String(e));
      assert.equal(e.status, undefined, 'nothing was sent');
      assert.deepEqual(
        e.problems.map((p) => [p.pointer, p.message]),
        [['/query/service_external_id', '"service_external_id" is required']],
      );
      return true;
    });
    const after = (await (await fetch(`${sb.url}/__sandbox/health`)).json()) as { stats: { tokensIssued: number } };
    assert.equal(after.stats.tokensIssued, before.stats.tokensIssued, 'not even a token was fetched');
    await client.close();
  });

  it('surfaces the API 422 for missing ranking params with its code when forced', async () => {
    const client = clientFor(sb);
    await assert.rejects(client.call('providerRanking.get', { query: { zone_external_id: 'madrid-centro' } } as never, { force: true }), (e) => {
      assert.ok(ApiError.is(e, 'validation'), String(e));
      assert.equal(e.status, 422);
      // As the API document says: "422 with detail missing_required_params".
      assert.deepEqual(
        e.problems.map((p) => [p.code, p.message, p.source]),
        [['missing_required_params', 'missing_required_params', 'service_external_id']],
      );
      return true;
    });
    await client.close();
  });
});

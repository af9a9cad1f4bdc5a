// Faults, part 3: a create is never duplicated. A connection dropped before or after the sandbox
// stored the create, a 500 after storing, a 429, a timeout while the sandbox is still working: the
// client either finds what was stored, resends only what provably was not, or surfaces the failure
// — and the sandbox holds exactly one (or none) afterwards. Fill processes (no way to look one up)
// are never sent twice.
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import type { ApiClient } from '../../../src/core/client/apiClient';
import { sandboxCredentials } from '../../../src/core/environment';
import { ApiError } from '../../../src/core/errors';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { fillsNamed, injectFaults, seen, seenAtLeast } from '../../support/faults';
import { bigInvoice } from '../../support/invoice';
import { aContractAndService, clientFor, control, withSandbox } from '../../support/sandbox';

const CREATE = 'serviceRequests.create';
const FILL = 'templates.fill';

describe('faults: no duplicate creates (client against the sandbox)', function () {
  this.timeout(20_000);
  let sb: RunningSandbox;
  let client: ApiClient;
  let target: { contractId: number; serviceId: number };
  beforeEach(async () => {
    sb = await withSandbox({ seedSize: 30 });
    client = clientFor(sb);
    target = await aContractAndService(client);
  });
  afterEach(async () => {
    await client.close();
    await sb.close();
  });

  const create = (externalId?: string, timeoutMs?: number) =>
    client.call(CREATE, { body: { service_request: { contract_id: target.contractId, service_id: target.serviceId, ...(externalId ? { external_id: externalId } : {}) } } }, { timeoutMs });
  const stored = async (externalId: string) => (await client.call('serviceRequests.list', { query: { external_id: externalId } })).service_requests;
  const total = async () => ((await control(sb, 'GET', '/__sandbox/health')) as { stats: { serviceRequests: number } }).stats.serviceRequests;

  for (const fault of [{ kind: 'afterCommit' }, { kind: 'afterCommit', status: 500 }, { kind: 'afterCommit', status: 503 }]) {
    it(`stored, answer lost (${JSON.stringify(fault)}): the client finds it by external_id and does not send it again`, async () => {
      const externalId = `fault-${randomUUID()}`;
      await injectFaults(sb, { ...fault, operation: CREATE });
      const created = await create(externalId);
      assert.equal(created.service_request.external_id, externalId);
      assert.equal((await stored(externalId)).length, 1, 'exactly one stored');
      assert.equal((await seen(sb, CREATE)).length, 1, 'the create reached the sandbox once');
    });
  }

  it('connection dropped before anything was stored: looked up, not found, sent once more — exactly one stored', async () => {
    const externalId = `fault-${randomUUID()}`;
    await injectFaults(sb, { kind: 'reset', operation: CREATE });
    const created = await create(externalId);
    assert.equal((await stored(externalId)).length, 1);
    assert.equal(created.service_request.external_id, externalId);
    assert.deepEqual((await seen(sb, CREATE)).map((e) => e.status), [0, 200]);
  });

  it('a timeout while the sandbox is still storing it: never sent again; the error says it may be stored and how to look', async () => {
    const externalId = `fault-${randomUUID()}`;
    await injectFaults(sb, { kind: 'delay', delay_ms: 500, operation: CREATE });
    await assert.rejects(create(externalId, 100), (e) => {
      assert.ok(ApiError.is(e, 'timeout'), String(e));
      assert.match(e.message, /may still be stored/);
      assert.ok(e.message.includes(externalId), e.message);
      return true;
    });
    const requests = await seenAtLeast(sb, CREATE, 1);
    assert.equal(requests.length, 1, 'one POST: the client did not race its own slow create');
    assert.equal(requests[0]?.status, 200);
    assert.equal((await stored(externalId)).length, 1);
  });

  it('a create without external_id (nothing to look it up by) is never resent: the failure surfaces, the sandbox holds one', async () => {
    const before = await total();
    await injectFaults(sb, { kind: 'afterCommit', operation: CREATE });
    await assert.rejects(create(), (e) => ApiError.is(e, 'network'));
    await injectFaults(sb, { kind: 'afterCommit', status: 500, operation: CREATE });
    await assert.rejects(create(), (e) => ApiError.is(e, 'server') && e.status === 500);
    assert.equal((await seen(sb, CREATE)).length, 2, 'each create sent once');
    assert.equal(await total(), before + 2, 'both stored, each once');
  });

  it('a 429 on a create (nothing processed) is retried after Retry-After and stores exactly one', async () => {
    const externalId = `fault-${randomUUID()}`;
    await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 0, operation: CREATE });
    await create(externalId);
    assert.deepEqual((await seen(sb, CREATE)).map((e) => e.status), [429, 200]);
    assert.equal((await stored(externalId)).length, 1);
  });

  describe('fill (templates.fill)', () => {
    const fill = (name: string) =>
      client.call(FILL, { params: { id: 'factura_mensual', major: 1 }, headers: { 'fill-process-origin': 'faults' }, body: { language: 'ES', document: { name }, fields_values: bigInvoice(2), fill_priority: 'high' } });

    for (const fault of [{ kind: 'afterCommit' }, { kind: 'afterCommit', status: 500 }, { kind: 'reset' }, { kind: 'status', status: 503 }]) {
      it(`${JSON.stringify(fault)}: the failure surfaces, the fill is sent once, the sandbox holds at most one`, async () => {
        const name = `fault_${randomUUID().slice(0, 8)}`;
        await injectFaults(sb, { ...fault, operation: FILL });
        await assert.rejects(fill(name), (e) => ApiError.is(e) && ['network', 'server'].includes(e.reason));
        assert.equal((await seen(sb, FILL)).length, 1, 'not resent');
        assert.equal(fillsNamed(sb, name).length, fault.kind === 'afterCommit' ? 1 : 0);
      });
    }

    it('a 429 is retried (nothing was processed) and makes exactly one fill process', async () => {
      const name = `fault_${randomUUID().slice(0, 8)}`;
      await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 0, operation: FILL });
      const { fill_process_id } = await fill(name);
      assert.deepEqual((await seen(sb, FILL)).map((e) => e.status), [429, 202]);
      assert.deepEqual(fillsNamed(sb, name).map((f) => f.id), [fill_process_id]);
    });
  });
});

// The client's retry budget is not what protects creates: a client with a large budget behaves the same.
describe('faults: no duplicate creates, whatever the retry budget', function () {
  it('a POST fill dropped after commit with 8 retries allowed is still sent once', async () => {
    const sb = await withSandbox({ seedSize: 5 });
    const client = clientFor(sb, sandboxCredentials, { retries: 8 });
    try {
      const name = `fault_${randomUUID().slice(0, 8)}`;
      await injectFaults(sb, { kind: 'afterCommit', operation: FILL });
      await assert.rejects(client.call(FILL, { params: { id: 'factura_mensual', major: 1 }, headers: { 'fill-process-origin': 'faults' }, body: { language: 'ES', document: { name }, fields_values: bigInvoice(2), fill_priority: 'high' } }), (e) => ApiError.is(e, 'network'));
      assert.equal((await seen(sb, FILL)).length, 1);
      assert.equal(fillsNamed(sb, name).length, 1);
    } finally {
      await client.close();
      await sb.close();
    }
  });
});

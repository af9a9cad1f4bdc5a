// The MOK sandbox handlers called directly (no HTTP): seed data, the API rules, and paging at 50,000.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { mokEndpoints, type MokOperationId } from '../../../../src/core/catalogue/mok';
import { LIMIT_KINDS, mokErrorBody, type Contract, type ServiceRequest } from '../../../../src/core/models/mok';
import { describeLimits } from '../../../../src/core/wording/mok';
import { SANDBOX_DEFAULT_SEED_SIZE as N } from '../../../../src/core/environment';
import { createMokSandbox, type MokSandbox } from '../../../../src/sandbox/mok/handlers';
import { EXAMPLE_CONTRACT_ID } from '../../../../src/sandbox/mok/seed/contracts';
import { accessKey } from '../../../../src/sandbox/mok/seed/spain';
import type { SandboxHost, SandboxRequest, SandboxResponse } from '../../../../src/sandbox/types';

interface FakeHost extends SandboxHost {
  events: { event: string; payload: unknown }[];
  advance(ms: number): void;
}

function fakeHost(start = '2026-01-15T10:00:00.000Z', partnerWebhooks = true): FakeHost {
  let t = Date.parse(start);
  const events: { event: string; payload: unknown }[] = [];
  return {
    events,
    emitWebhook: (event, payload) => {
      events.push({ event, payload });
      return `delivery-${events.length}`;
    },
    partnerWebhooks: () => partnerWebhooks,
    baseUrl: () => 'http://127.0.0.1:0',
    webhookUrl: () => 'http://127.0.0.1:9/hooks',
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

interface Call {
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: unknown;
  method?: string;
}

class Harness {
  readonly host: FakeHost;
  readonly sandbox: MokSandbox;
  constructor(options: { seedSize?: number; seed?: number; partnerWebhooks?: boolean } = {}) {
    this.host = fakeHost(undefined, options.partnerWebhooks ?? true);
    this.sandbox = createMokSandbox(this.host, options);
  }

  async raw(op: MokOperationId, call: Call = {}): Promise<SandboxResponse> {
    const handler = this.sandbox.handlers[op];
    assert.ok(handler, `no handler for ${op}`);
    const def = mokEndpoints[op];
    const params = Object.fromEntries(Object.entries(call.params ?? {}).map(([k, v]) => [k, String(v)]));
    const query = new URLSearchParams(Object.entries(call.query ?? {}).map(([k, v]): [string, string] => [k, String(v)]));
    const req: SandboxRequest = { operation: op, method: call.method ?? def.method, path: def.path, params, query, headers: {}, body: call.body, rawBody: Buffer.from(call.body === undefined ? '' : JSON.stringify(call.body)) };
    return handler(req);
  }

  /** Calls and checks the answer against the catalogue: success schema, or the MOK error body. */
  async call(op: MokOperationId, call: Call = {}): Promise<SandboxResponse> {
    const res = await this.raw(op, call);
    if (res.status < 300) {
      assert.equal(res.status, mokEndpoints[op].status, `${op} status`);
      const r = mokEndpoints[op].response.safeParse(res.body);
      assert.ok(r.success, `${op} response: ${JSON.stringify(r.error?.issues.slice(0, 3))}`);
    } else {
      const r = mokErrorBody.safeParse(res.body);
      assert.ok(r.success, `${op} error body: ${JSON.stringify(res.body)}`);
    }
    return res;
  }

  async ok<T>(op: MokOperationId, call: Call, pick: (body: unknown) => T): Promise<T> {
    const res = await this.call(op, call);
    assert.ok(res.status < 300, `${op} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return pick(res.body);
  }

  async list(query: Record<string, string | number> = {}): Promise<ServiceRequest[]> {
    return this.ok('serviceRequests.list', { query }, (b) => mokEndpoints['serviceRequests.list'].response.parse(b).service_requests);
  }

  async contracts(query: Record<string, string | number>): Promise<Contract[]> {
    return this.ok('contracts.lookup', { query }, (b) => mokEndpoints['contracts.lookup'].response.parse(b).contracts);
  }

  async create(fields: Record<string, unknown>): Promise<SandboxResponse> {
    return this.call('serviceRequests.create', { body: { service_request: fields } });
  }
}

function errorsOf(res: SandboxResponse): { code?: string; detail: string; source?: { parameter?: string } }[] {
  return mokErrorBody.parse(res.body).errors;
}

function srOf(res: SandboxResponse): ServiceRequest {
  return mokEndpoints['serviceRequests.get'].response.parse(res.body).service_request;
}

function seedBody(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.resolve('test/fixtures/seeds/mok', `${name}.json`), 'utf8'));
}

/** Every contract, through the lookup by id (no limits) and by access identifier (limits). */
async function allContracts(h: Harness, withLimits: boolean): Promise<Contract[]> {
  const admin = await h.ok('admin.contracts.list', {}, (b) => mokEndpoints['admin.contracts.list'].response.parse(b).contracts);
  const out: Contract[] = [];
  for (const a of admin) {
    const found = withLimits ? await h.contracts({ access_identifier: a.access_identifier ?? '' }) : await h.contracts({ id: a.id ?? 0 });
    const c = found.find((x) => x.id === a.id);
    assert.ok(c);
    out.push(c);
  }
  return out;
}

const CREATE_BASE = { service_id: 5000382079, contract_id: EXAMPLE_CONTRACT_ID };

describe('MOK sandbox handlers', () => {
  describe('seed data', () => {
    it('is deterministic for a seed and differs between seeds', async () => {
      const a = await new Harness({ seed: 7 }).list({ 'page[number]': 3 });
      const b = await new Harness({ seed: 7 }).list({ 'page[number]': 3 });
      const c = await new Harness({ seed: 8 }).list({ 'page[number]': 3 });
      assert.deepEqual(a, b);
      assert.notDeepEqual(a, c);
    });

    it('has ≥ 50 contracts covering all ten limit kinds, blocked services, tiers, inactive and deprecated fields', async () => {
      const h = new Harness();
      const contracts = await allContracts(h, true);
      assert.ok(contracts.length >= 50);
      const kinds = new Set<string>();
      let blocked = 0;
      let tiers = 0;
      for (const c of contracts)
        for (const s of c.services) {
          assert.ok(s.limits, `contract ${c.id} service ${s.id} has limits when looked up by access identifier`);
          for (const k of LIMIT_KINDS) {
            const l = s.limits[k];
            if (!l) continue;
            kinds.add(k);
            if (l.copayment_tiers?.length) tiers++;
          }
          if (s.limits.block_service) blocked++;
        }
      assert.deepEqual([...kinds].sort(), [...LIMIT_KINDS].sort());
      assert.ok(blocked > 0 && tiers > 0);
      assert.ok(contracts.some((c) => !c.active));
      assert.ok(contracts.some((c) => c.document_identifier));
      assert.ok(contracts.some((c) => c.document_identifier === null));
      assert.ok(contracts.every((c) => c.surname && c.last_name));
      assert.ok(contracts.some((c) => /^\d{8}[A-Z]$/.test(c.access_identifier ?? '')), 'DNI-like identifiers');
      assert.ok(contracts.some((c) => /^\+34[67]\d{8}$/.test(c.access_identifier ?? '')), '+34 mobiles');
    });

    it(`has ${N} service requests across statuses, with history and answers`, async () => {
      const h = new Harness();
      assert.equal(h.sandbox.stats().serviceRequests, N);
      const all: ServiceRequest[] = [];
      for (let page = 1; all.length < N; page++) all.push(...(await h.list({ 'page[size]': 100, 'page[number]': page })));
      assert.equal(all.length, N);
      assert.deepEqual(
        all.map((s) => s.id),
        Array.from({ length: N }, (_, i) => i + 1),
      );
      const statuses = new Set(all.map((s) => s.current_status));
      for (const s of ['pending', 'assigned', 'in_progress', 'completed', 'cancelled']) assert.ok(statuses.has(s), s);
      for (const s of all) {
        assert.ok(s.status_history && s.status_history[s.current_status], `history of ${s.id} has its status`);
        assert.ok(s.status_history.pending);
      }
      assert.ok(all.some((s) => s.answers?.length));
      assert.ok(all.some((s) => s.external_id === null));
      const contracts = new Map((await allContracts(h, false)).map((c) => [c.id, c]));
      assert.ok(all.every((s) => contracts.get(s.contract_id)?.active), 'seeded requests belong to active contracts');
    });

    it('lists plans, provider network services and rankings', async () => {
      const h = new Harness();
      const plans = await h.ok('plans.list', {}, (b) => mokEndpoints['plans.list'].response.parse(b).plans);
      assert.ok(plans.some((p) => p.name === 'Plan Asistencia Hogar'));
      assert.ok(plans.every((p) => p.services.every((s) => s.limits === null)));
      const info = await h.ok('providerNetwork.info', {}, (b) => mokEndpoints['providerNetwork.info'].response.parse(b).provider_network);
      assert.ok(info.services.some((s) => s.name === 'Grúa'));
      assert.equal(h.sandbox.providerNetwork.name, info.name);
    });
  });

  describe('contracts lookup', () => {
    it('answers the seed example with limits', async () => {
      const h = new Harness();
      const [c] = await h.contracts({ access_identifier: '123456789' });
      assert.ok(c);
      assert.equal(c.id, EXAMPLE_CONTRACT_ID);
      const grua = c.services.find((s) => s.id === 5000382079);
      assert.ok(grua?.limits);
      assert.match(describeLimits(grua.limits)[0] ?? '', /^0 of 5 uses until \d{2}\/\d{2}\/\d{4}$/);
    });

    it('only includes limits when looked up by access or document identifier', async () => {
      const h = new Harness();
      const byDoc = await h.contracts({ document_identifier: '123456789' });
      assert.ok(byDoc[0]?.services.every((s) => s.limits !== null));
      const national = byDoc[0]?.national_id ?? '';
      const byNational = await h.contracts({ national_id: national });
      assert.equal(byNational[0]?.id, EXAMPLE_CONTRACT_ID);
      assert.ok(byNational[0]?.services.every((s) => s.limits === null));
      const byId = await h.contracts({ id: EXAMPLE_CONTRACT_ID });
      assert.ok(byId[0]?.services.every((s) => s.limits === null));
      const byEmail = await h.contracts({ email: (byDoc[0]?.email ?? '').toUpperCase() });
      assert.equal(byEmail[0]?.id, EXAMPLE_CONTRACT_ID);
    });

    it('matches mobile numbers without the country code', async () => {
      const h = new Harness();
      const mobiles = (await allContracts(h, false)).filter((c) => /^\+34[67]\d{8}$/.test(c.access_identifier ?? ''));
      const m = mobiles[0]?.access_identifier ?? '';
      assert.ok(m);
      const local = m.slice(3);
      const found = await h.contracts({ access_identifier: `${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}` });
      assert.ok(found.some((c) => c.access_identifier === m));
      assert.equal(accessKey(`0034${local}`), m);
    });

    it('422 without parameters, empty list when nothing matches', async () => {
      const h = new Harness();
      const res = await h.call('contracts.lookup', { query: {} });
      assert.equal(res.status, 422);
      assert.equal(errorsOf(res)[0]?.code, 'missing_required_params');
      assert.deepEqual(await h.contracts({ access_identifier: 'nobody' }), []);
    });
  });

  describe('service requests list', () => {
    it('pages with defaults 1/25 and refuses pages beyond the sandbox\'s size limit, saying it is a sandbox rule', async () => {
      const h = new Harness();
      const p1 = await h.list();
      const p2 = await h.list({ 'page[number]': 2 });
      assert.equal(p1.length, 25);
      assert.equal(p1[0]?.id, 1);
      assert.equal(p2[0]?.id, 26);
      assert.deepEqual(await h.list({ 'page[number]': 99 }), []);
      const bad = await h.call('serviceRequests.list', { query: { 'page[size]': 101 } });
      assert.equal(bad.status, 422);
      assert.equal(errorsOf(bad)[0]?.source?.parameter, 'page[size]');
      assert.match(errorsOf(bad)[0]?.detail ?? '', /a sandbox rule/);
    });

    it('filters agree with a brute-force scan (2,000 requests)', async () => {
      const h = new Harness({ seedSize: 2000 });
      const all: ServiceRequest[] = [];
      for (let p = 1; p <= 20; p++) all.push(...(await h.list({ 'page[number]': p, 'page[size]': 100 })));
      assert.equal(all.length, 2000);
      const sample = all[1234];
      assert.ok(sample);
      const cases: [Record<string, string | number>, (s: ServiceRequest) => boolean][] = [
        [{ current_status: 'pending' }, (s) => s.current_status === 'pending'],
        [{ contract_id: sample.contract_id }, (s) => s.contract_id === sample.contract_id],
        [{ service_id: sample.service_id, current_status: 'completed' }, (s) => s.service_id === sample.service_id && s.current_status === 'completed'],
        [{ service_external_id: '7625731010', current_status: 'cancelled' }, (s) => s.service_external_id === '7625731010' && s.current_status === 'cancelled'],
        [{ access_identifier: sample.access_identifier ?? '' }, (s) => s.access_identifier === sample.access_identifier],
        [{ document_identifier: sample.access_identifier ?? '', current_status: sample.current_status }, (s) => s.access_identifier === sample.access_identifier && s.current_status === sample.current_status],
        [{ external_id: sample.external_id ?? 'x' }, (s) => s.external_id === sample.external_id],
        [{ service_id: 5000382079, service_external_id: '3620726800' }, () => false],
      ];
      for (const [query, pred] of cases) {
        const expected = all.filter(pred).map((s) => s.id);
        const got: number[] = [];
        for (let p = 1; ; p++) {
          const page = await h.list({ ...query, 'page[number]': p, 'page[size]': 7 });
          got.push(...page.map((s) => s.id));
          if (page.length < 7) break;
        }
        assert.deepEqual(got, expected, JSON.stringify(query));
      }
    });

    it('pages 50,000 requests in O(page)', async () => {
      const t0 = Date.now();
      const h = new Harness({ seedSize: 50_000 });
      const built = Date.now() - t0;
      assert.ok(built < 3000, `seed of 50,000 took ${built} ms`);
      assert.equal(h.sandbox.stats().serviceRequests, 50_000);
      const t1 = Date.now();
      const last = await h.list({ 'page[number]': 2000 });
      assert.deepEqual(
        last.map((s) => s.id),
        Array.from({ length: 25 }, (_, i) => 49_976 + i),
      );
      const pending = await h.list({ current_status: 'pending', 'page[number]': 40, 'page[size]': 25 });
      assert.equal(pending.length, 25);
      assert.ok(pending.every((s) => s.current_status === 'pending'));
      const combo = await h.list({ current_status: 'completed', service_external_id: '7625731010', 'page[number]': 30 });
      assert.ok(combo.length > 0 && combo.every((s) => s.current_status === 'completed' && s.service_id === 5000382079));
      assert.ok(Date.now() - t1 < 500, `list calls took ${Date.now() - t1} ms`);
      const created = await h.create({ ...CREATE_BASE, external_id: 'big-1' });
      assert.equal(srOf(created).id, 50_001);
      assert.equal((await h.list({ external_id: 'big-1' }))[0]?.id, 50_001);
    });
  });

  describe('service request create', () => {
    it('sends no webhook for the partner\'s own create or update unless partnerWebhooks is on (the API document: "from one of our platforms")', async () => {
      const h = new Harness({ partnerWebhooks: false });
      const res = await h.call('serviceRequests.create', { body: seedBody('serviceRequests.create.request') });
      assert.equal(res.status, 200);
      await h.call('serviceRequests.update', { params: { id: srOf(res).id }, body: { service_request: { current_status: 'assigned' } } });
      assert.equal(h.host.events.length, 0);
    });

    it('accepts the seed example and, with partnerWebhooks on, emits service_request.created', async () => {
      const h = new Harness();
      const res = await h.call('serviceRequests.create', { body: seedBody('serviceRequests.create.request') });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const sr = srOf(res);
      assert.equal(sr.id, N + 1);
      assert.match(sr.public_id ?? '', new RegExp(`^\\d{5}-${String(N + 1).padStart(5, '0')}-\\d+$`));
      assert.equal(sr.contract_id, EXAMPLE_CONTRACT_ID);
      assert.equal(sr.current_status, 'pending');
      assert.deepEqual(sr.status_history, { pending: '2026-01-15T10:00:00.000Z' });
      assert.equal(sr.access_identifier, '123456789');
      assert.equal(sr.user_full_name, null);
      assert.equal(sr.origin_latitude, '19.726368');
      assert.equal(h.host.events.length, 1);
      assert.equal(h.host.events[0]?.event, 'service_request.created');
      assert.deepEqual(h.host.events[0]?.payload, sr);
      const got = await h.ok('serviceRequests.get', { params: { id: N + 1 } }, (b) => mokEndpoints['serviceRequests.get'].response.parse(b).service_request);
      assert.deepEqual(got, sr);
    });

    it('rejects a second request with the same external_id (422 external_id_taken)', async () => {
      const h = new Harness();
      assert.equal((await h.create({ ...CREATE_BASE, external_id: 'ABC-1' })).status, 200);
      const dup = await h.create({ ...CREATE_BASE, external_id: 'ABC-1' });
      assert.equal(dup.status, 422);
      assert.equal(errorsOf(dup)[0]?.code, 'external_id_taken');
      assert.equal((await h.list({ external_id: 'ABC-1' })).length, 1);
    });

    it('names unknown fields', async () => {
      const h = new Harness();
      const res = await h.create({ ...CREATE_BASE, colour: 'red', user_full_name: 'X' });
      assert.equal(res.status, 422);
      const errs = errorsOf(res);
      assert.deepEqual(errs.map((e) => e.source?.parameter).sort(), ['service_request.colour', 'service_request.user_full_name']);
      assert.ok(errs.every((e) => e.code === 'unpermitted_parameter'));
      assert.match(errs[0]?.detail ?? '', /colour|user_full_name/);
    });

    it('reports ill-typed fields and a missing wrapper', async () => {
      const h = new Harness();
      const res = await h.create({ ...CREATE_BASE, scheduled_date: '17/12/2024' });
      assert.equal(errorsOf(res)[0]?.source?.parameter, 'service_request.scheduled_date');
      const bare = await h.call('serviceRequests.create', { body: CREATE_BASE });
      assert.equal(bare.status, 422);
      assert.ok(errorsOf(bare).some((e) => e.code === 'missing_required_params' && e.source?.parameter === 'service_request'));
    });

    it('needs a service; service_external_id wins over service_id', async () => {
      const h = new Harness();
      const none = await h.create({ contract_id: EXAMPLE_CONTRACT_ID });
      assert.equal(none.status, 422);
      assert.equal(errorsOf(none)[0]?.code, 'missing_required_params');
      // 4576808125 (Asistencia en carretera) is in the plan too; the external id picks Grúa.
      const both = await h.create({ contract_id: EXAMPLE_CONTRACT_ID, service_id: 4576808125, service_external_id: '7625731010' });
      assert.equal(srOf(both).service_id, 5000382079);
      const unknown = await h.create({ contract_id: EXAMPLE_CONTRACT_ID, service_id: 5000382079, service_external_id: 'nope' });
      assert.equal(errorsOf(unknown)[0]?.code, 'service_not_found');
      const unknownId = await h.create({ contract_id: EXAMPLE_CONTRACT_ID, service_id: 42 });
      assert.equal(errorsOf(unknownId)[0]?.code, 'service_not_found');
    });

    it('needs a contract by id or by access / document identifier', async () => {
      const h = new Harness();
      const none = await h.create({ service_id: 5000382079 });
      assert.equal(none.status, 422);
      assert.equal(errorsOf(none)[0]?.code, 'missing_required_params');
      assert.equal(errorsOf(await h.create({ service_id: 5000382079, contract_id: 9999 }))[0]?.code, 'contract_not_found');
      assert.equal(errorsOf(await h.create({ service_id: 5000382079, access_identifier: 'nobody' }))[0]?.code, 'contract_not_found');
      assert.equal(srOf(await h.create({ service_id: 5000382079, access_identifier: '123456789' })).contract_id, EXAMPLE_CONTRACT_ID);
      assert.equal(srOf(await h.create({ service_id: 5000382079, document_identifier: '123456789' })).contract_id, EXAMPLE_CONTRACT_ID);
    });

    it('refuses inactive contracts, services outside the plan and unknown statuses (sandbox rules, said so) and blocked services', async () => {
      const h = new Harness();
      const contracts = await allContracts(h, true);
      const inactive = contracts.find((c) => !c.active);
      assert.ok(inactive);
      const r1 = await h.create({ contract_id: inactive.id, service_id: inactive.services[0]?.id });
      assert.equal(errorsOf(r1)[0]?.code, 'contract_inactive');
      assert.match(errorsOf(r1)[0]?.detail ?? '', /a sandbox rule/);
      const r2 = await h.create({ contract_id: EXAMPLE_CONTRACT_ID, service_id: 2862459925 });
      assert.equal(errorsOf(r2)[0]?.code, 'service_not_in_plan');
      const blocked = contracts.flatMap((c) => (c.active ? c.services.filter((s) => s.limits?.block_service).map((s) => ({ c, s })) : []))[0];
      assert.ok(blocked);
      const r3 = await h.create({ contract_id: blocked.c.id, service_id: blocked.s.id });
      assert.equal(errorsOf(r3)[0]?.code, 'service_blocked');
      assert.match(errorsOf(r3)[0]?.detail ?? '', /blocked/);
      const r4 = await h.create({ ...CREATE_BASE, current_status: 'flying' });
      assert.equal(errorsOf(r4)[0]?.code, 'invalid_status');
      assert.match(errorsOf(r4)[0]?.detail ?? '', /a sandbox rule/);
    });

    it('gives 200 concurrent creates 200 distinct ids', async () => {
      const h = new Harness();
      // What a client does: the contract of a seeded request, and that contract's first service.
      const first = (await h.list({ 'page[size]': 1 }))[0];
      assert.ok(first);
      const [c] = await h.contracts({ id: first.contract_id });
      const s = c?.services[0];
      assert.ok(c && s);
      const free = { c, s };
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => h.create({ contract_id: free.c.id, service_id: free.s.id, external_id: `conc-${i}` })));
      assert.ok(results.every((r) => r.status === 200));
      const ids = new Set(results.map((r) => srOf(r).id));
      assert.equal(ids.size, 200);
      assert.equal(h.host.events.length, 200);
      assert.equal(h.sandbox.stats().serviceRequests, N + 200);
    });
  });

  describe('service request get / update', () => {
    it('404 with a MOK error body for unknown ids', async () => {
      const h = new Harness();
      for (const id of ['9999', 'abc', '0']) {
        const res = await h.call('serviceRequests.get', { params: { id } });
        assert.equal(res.status, 404);
        assert.equal(errorsOf(res)[0]?.code, 'not_found');
      }
      const upd = await h.call('serviceRequests.update', { params: { id: 9999 }, body: { service_request: { current_status: 'assigned' } } });
      assert.equal(upd.status, 404);
    });

    it('applies the seed update, appends status history and, with partnerWebhooks on, emits service_request.updated', async () => {
      const h = new Harness();
      const pending = (await h.list({ current_status: 'pending' }))[0];
      assert.ok(pending);
      h.host.advance(60_000);
      const body = seedBody('serviceRequests.update.request');
      const res = await h.call('serviceRequests.update', { params: { id: pending.id }, body });
      const sr = srOf(res);
      assert.equal(sr.current_status, 'assigned');
      assert.equal(sr.external_id, 'REQ123456');
      assert.equal(sr.technician_name, 'John Doe');
      assert.equal(sr.status_history?.assigned, '2026-01-15T10:01:00.000Z');
      assert.equal(sr.status_history?.pending, pending.status_history?.pending);
      assert.equal(sr.public_id, pending.public_id);
      assert.equal(h.host.events.at(-1)?.event, 'service_request.updated');
      // The indexes follow the change.
      assert.equal((await h.list({ external_id: 'REQ123456' }))[0]?.id, pending.id);
      assert.ok(!(await h.list({ current_status: 'pending', 'page[size]': 100 })).some((s) => s.id === pending.id));
      assert.ok((await h.list({ current_status: 'assigned', 'page[size]': 100 })).some((s) => s.id === pending.id));
    });

    it('accepts PUT the same way', async () => {
      const h = new Harness();
      const res = await h.call('serviceRequests.update', { method: 'PUT', params: { id: 5 }, body: { service_request: { technician_name: 'Nuria Sanz' } } });
      assert.equal(srOf(res).technician_name, 'Nuria Sanz');
    });

    it('refuses service_id / contract_id changes and unknown fields', async () => {
      const h = new Harness();
      const res = await h.call('serviceRequests.update', { params: { id: 5 }, body: { service_request: { service_id: 1, contract_id: 2, source: 'app' } } });
      assert.equal(res.status, 422);
      const errs = errorsOf(res);
      assert.deepEqual(errs.map((e) => [e.code, e.source?.parameter]), [
        ['immutable_parameter', 'service_request.service_id'],
        ['immutable_parameter', 'service_request.contract_id'],
        ['unpermitted_parameter', 'service_request.source'],
      ]);
      assert.equal(h.host.events.length, 0);
    });

    it('refuses an external_id used by another request', async () => {
      const h = new Harness();
      const [a, b] = (await h.list()).filter((s) => s.external_id !== null);
      assert.ok(a && b);
      const res = await h.call('serviceRequests.update', { params: { id: a.id }, body: { service_request: { external_id: b.external_id } } });
      assert.equal(errorsOf(res)[0]?.code, 'external_id_taken');
      const same = await h.call('serviceRequests.update', { params: { id: a.id }, body: { service_request: { external_id: a.external_id } } });
      assert.equal(same.status, 200);
      assert.equal(h.host.events.length, 0, 'no webhook when nothing changed');
    });
  });

  describe('whatsapp and provider ranking', () => {
    it('validates E.164 and answers null', async () => {
      const h = new Harness();
      const ok = await h.call('whatsapp.request', { body: { whatsapp_number: '+34612345678' } });
      assert.equal(ok.status, 200);
      assert.equal(ok.body, null);
      assert.equal((await h.call('whatsapp.request', { body: seedBody('whatsapp.request.request') })).status, 200);
      for (const bad of ['612 345 678', '+0612345678', 'abc', '+3461234567890123']) {
        const res = await h.call('whatsapp.request', { body: { whatsapp_number: bad } });
        assert.equal(res.status, 422, bad);
        assert.equal(errorsOf(res)[0]?.source?.parameter, 'whatsapp_number');
      }
      assert.equal(errorsOf(await h.call('whatsapp.request', { body: {} }))[0]?.code, 'missing_required_params');
      assert.equal(h.sandbox.stats().whatsappRequests, 2);
    });

    it('needs both ranking params (422 missing_required_params)', async () => {
      const h = new Harness();
      const queries: Record<string, string>[] = [{}, { zone_external_id: '28' }, { service_external_id: '7625731010' }];
      for (const query of queries) {
        const res = await h.call('providerRanking.get', { query });
        assert.equal(res.status, 422);
        for (const e of errorsOf(res)) {
          assert.equal(e.code, 'missing_required_params');
          assert.equal(e.detail, 'missing_required_params');
        }
      }
      const providers = await h.ok('providerRanking.get', { query: { zone_external_id: '28', service_external_id: '7625731010' } }, (b) => mokEndpoints['providerRanking.get'].response.parse(b).providers);
      assert.ok(providers.length >= 2);
      assert.deepEqual(
        providers.map((p) => p.position),
        providers.map((_, i) => i + 1),
      );
      assert.deepEqual(await h.ok('providerRanking.get', { query: { zone_external_id: '99', service_external_id: '7625731010' } }, (b) => b), { providers: [] });
    });
  });

  describe('admin contracts', () => {
    it('creates, then updates the same active contract, and forks on a different client_contract', async () => {
      const h = new Harness();
      const pick = (b: unknown) => mokEndpoints['admin.contracts.createOrUpdate'].response.parse(b).contract;
      const first = await h.ok('admin.contracts.createOrUpdate', { body: { contract: { application_code: 'abcdefg', access_identifier: '555000111', first_name: 'Jane', email: 'jane@example.com', start_date: '2025-01-01', active: true } } }, pick);
      assert.equal(first['new_contract?'], true);
      assert.equal(first['success?'], true);
      assert.deepEqual(first.errors, {});
      assert.equal(first.email_validation_status, 'valid');
      assert.equal(first.mobile_phone_number_validation_status, 'invalid');
      const again = await h.ok('admin.contracts.createOrUpdate', { body: { contract: { application_code: 'abcdefg', access_identifier: '555000111', email: 'jane.doe@example.com' } } }, pick);
      assert.equal(again['new_contract?'], false);
      assert.equal(again.id, first.id);
      assert.equal(again.email, 'jane.doe@example.com');
      const fork = await h.ok('admin.contracts.createOrUpdate', { body: { contract: { application_code: 'abcdefg', access_identifier: '555000111', client_contract: 'POL-2' } } }, pick);
      assert.equal(fork['new_contract?'], true);
      assert.notEqual(fork.id, first.id);
      // The provider network sees the new contracts.
      const found = await h.contracts({ access_identifier: '555000111' });
      assert.equal(found.length, 2);
      assert.equal(found[0]?.plan_code, 'abcdefg');
    });

    it('accepts the seed example and reports validation failures in the body', async () => {
      const h = new Harness();
      const res = await h.call('admin.contracts.createOrUpdate', { body: seedBody('admin.contracts.createOrUpdate.request') });
      assert.equal(res.status, 200);
      const bad = await h.ok('admin.contracts.createOrUpdate', { body: { contract: { application_code: 'nope', access_identifier: 'x', start_date: 'tomorrow' } } }, (b) => mokEndpoints['admin.contracts.createOrUpdate'].response.parse(b).contract);
      assert.equal(bad['success?'], false);
      assert.equal(bad.id, null);
      assert.deepEqual(Object.keys(bad.errors).sort(), ['application_code', 'start_date']);
      const noWrapper = await h.call('admin.contracts.createOrUpdate', { body: { application_code: 'abcdefg' } });
      assert.equal(noWrapper.status, 422);
    });

    it('batch answers per item with partial failures', async () => {
      const h = new Harness();
      const before = h.sandbox.stats().contracts ?? 0;
      const body = { contracts: [{ application_code: 'abcdefg', access_identifier: '111', start_date: '2025-01-01' }, { application_code: 'abcdefg', start_date: '2025-01-01' }, 'junk', { application_code: 'abcdefg', access_identifier: '222' }] };
      const items = await h.ok('admin.contracts.batch', { body }, (b) => mokEndpoints['admin.contracts.batch'].response.parse(b).contracts);
      assert.deepEqual(
        items.map((i) => i['success?']),
        [true, false, false, true],
      );
      assert.deepEqual(items[1]?.errors, { access_identifier: ["can't be blank"] });
      assert.ok(items[2]?.errors.base);
      assert.equal(h.sandbox.stats().contracts, before + 2);
      const listed = await h.ok('admin.contracts.list', {}, (b) => mokEndpoints['admin.contracts.list'].response.parse(b).contracts);
      assert.equal(listed.length, before + 2);
      assert.equal((await h.call('admin.contracts.batch', { body: seedBody('admin.contracts.batch.request') })).status, 200);
    });
  });

  describe('point transactions', () => {
    it('start pending and are processed a second later, on read', async () => {
      const h = new Harness();
      const pick = (b: unknown) => mokEndpoints['admin.pointTransactions.create'].response.parse(b).point_transaction;
      const t = await h.ok('admin.pointTransactions.create', { body: seedBody('admin.pointTransactions.create.request') }, pick);
      assert.equal(t.status, 'pending');
      assert.equal(t.points, 10.1);
      assert.equal(t.access_identifier, '123456789');
      const get = (id: number) => h.ok('admin.pointTransactions.get', { params: { id } }, (b) => mokEndpoints['admin.pointTransactions.get'].response.parse(b).point_transaction);
      assert.equal((await get(t.id)).status, 'pending');
      h.host.advance(1100);
      const later = await get(t.id);
      assert.equal(later.status, 'processed');
      assert.notEqual(later.updated_at, later.created_at);
      const unknown = await h.ok('admin.pointTransactions.create', { body: { point_transaction: { access_identifier: 'nobody', transaction_type: 'add', points: 5 } } }, pick);
      const tooMuch = await h.ok('admin.pointTransactions.create', { body: { point_transaction: { access_identifier: '123456789', transaction_type: 'spend', points: 1e9 } } }, pick);
      h.host.advance(1100);
      assert.equal((await get(unknown.id)).status, 'failed');
      assert.equal((await get(tooMuch.id)).status, 'failed');
      const list = await h.ok('admin.pointTransactions.list', {}, (b) => mokEndpoints['admin.pointTransactions.list'].response.parse(b).point_transactions);
      assert.ok(list.length >= 33);
      assert.equal((await h.call('admin.pointTransactions.get', { params: { id: 9999 } })).status, 404);
      const bad = await h.call('admin.pointTransactions.create', { body: { point_transaction: { access_identifier: 'x', transaction_type: 'add', points: -1 } } });
      assert.equal(errorsOf(bad)[0]?.source?.parameter, 'point_transaction.points');
    });

    it('recurrent ones support CRUD with ISO 8601 durations', async () => {
      const h = new Harness();
      const pick = (b: unknown) => mokEndpoints['admin.recurrentPointTransactions.create'].response.parse(b).recurrent_point_transaction;
      const created = await h.ok('admin.recurrentPointTransactions.create', { body: seedBody('admin.recurrentPointTransactions.create.request') }, pick);
      assert.equal(created.recurrence_start_date, '2024-12-31T00:00:00.000Z');
      assert.equal(created.raw_access_identifier, '123456789');
      assert.equal(created.recurrence_period, 'P1D');
      const updated = await h.ok('admin.recurrentPointTransactions.update', { params: { id: created.id }, body: seedBody('admin.recurrentPointTransactions.update.request') }, pick);
      assert.equal(updated.recurrence_period, 'P1M');
      assert.equal(updated.recurrence_end_date, '2025-12-31T00:00:00.000Z');
      assert.equal(updated.points, 2.5);
      const badPeriod = await h.call('admin.recurrentPointTransactions.update', { params: { id: created.id }, body: { recurrent_point_transaction: { recurrence_period: '1 month' } } });
      assert.equal(badPeriod.status, 422);
      assert.equal(errorsOf(badPeriod)[0]?.source?.parameter, 'recurrent_point_transaction.recurrence_period');
      const badDates = await h.call('admin.recurrentPointTransactions.update', { params: { id: created.id }, body: { recurrent_point_transaction: { recurrence_end_date: '2020-01-01' } } });
      assert.equal(errorsOf(badDates)[0]?.code, 'invalid_parameter');
      const list = await h.ok('admin.recurrentPointTransactions.list', {}, (b) => mokEndpoints['admin.recurrentPointTransactions.list'].response.parse(b).recurrent_point_transactions);
      assert.ok(list.some((r) => r.id === created.id));
      const del = await h.call('admin.recurrentPointTransactions.delete', { params: { id: created.id } });
      assert.equal(del.status, 204);
      assert.equal(del.body, undefined);
      assert.equal((await h.call('admin.recurrentPointTransactions.get', { params: { id: created.id } })).status, 404);
      assert.equal((await h.call('admin.recurrentPointTransactions.delete', { params: { id: created.id } })).status, 404);
    });
  });

  describe('reset and stats', () => {
    it('reset restores the seed', async () => {
      const h = new Harness();
      const before = await h.list({ 'page[number]': 8 });
      await h.create({ ...CREATE_BASE, external_id: 'tmp' });
      await h.call('serviceRequests.update', { params: { id: 176 }, body: { service_request: { current_status: 'cancelled' } } });
      assert.equal(h.sandbox.stats().serviceRequests, N + 1);
      h.sandbox.reset();
      assert.equal(h.sandbox.stats().serviceRequests, N);
      assert.deepEqual(await h.list({ 'page[number]': 8 }), before);
      assert.deepEqual(await h.list({ external_id: 'tmp' }), []);
      const stats = h.sandbox.stats();
      assert.equal(
        ['pending', 'assigned', 'in_progress', 'completed', 'cancelled'].reduce((n, s) => n + (stats[`serviceRequests.${s}`] ?? 0), 0),
        N,
      );
    });
  });
});

// MOK models and catalogue against every seed example, plus the UI helpers (limits, deprecations).
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { contractsLookupQuery, mokEndpoints, providerRankingQuery, serviceRequestsListQuery, MOK_OPERATION_IDS } from '../../../../src/core/catalogue/mok';
import { fillPath, pathPlaceholders, type EndpointDef } from '../../../../src/core/catalogue/types';
import {
  contract,
  deprecatedFieldsIn,
  deprecatedFieldsOf,
  LIMIT_KINDS,
  LIMIT_TYPE_NAMES,
  serviceRequest,
  serviceRequestCreateFields,
  serviceRequestUpdateFields,
  SERVICE_REQUEST_CREATE_FIELDS,
  SERVICE_REQUEST_UPDATE_FIELDS,
  webhookEvent,
  type ServiceLimit,
  type ServiceLimits,
} from '../../../../src/core/models/mok';
import { contractHolderName, coordinates, describeLimit, describeLimits, isServiceBlocked, limitEntries, serviceRequestUserName } from '../../../../src/core/wording/mok';

const FIXTURES = path.resolve('test/fixtures/seeds/mok');

function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

function isOperation(id: string): id is keyof typeof mokEndpoints {
  return Object.prototype.hasOwnProperty.call(mokEndpoints, id);
}

/** `<operation>.request|response` → the catalogue schema; webhooks → webhookEvent. */
function schemaFor(name: string): z.ZodType {
  if (name.startsWith('webhook.')) return webhookEvent;
  const m = /^(.+)\.(request|response)$/.exec(name);
  assert.ok(m, `fixture name ${name}`);
  const op = m[1] ?? '';
  assert.ok(isOperation(op), `fixture ${name} names an unknown operation`);
  const def = mokEndpoints[op];
  if (m[2] === 'response') return def.response;
  assert.ok('body' in def && def.body, `${op} has no body schema`);
  return def.body;
}

function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  assert.equal(r.success, false, 'expected the value to be rejected');
  return r.error ? r.error.issues.map((i) => i.path.map(String).join('.')) : [];
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function limit(over: Partial<ServiceLimit>): ServiceLimit {
  return { type: 'x', multiplans_limit: '5.0', multiplans_limit_progress: 0, block_service: false, multiplans_until_date: '03/06/2026', copayment_tiers: null, ...over };
}

describe('MOK models', () => {
  describe('seed examples', () => {
    const names = fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));

    it('has every example of the MOK API document (31 fixtures)', () => {
      assert.equal(names.length, 31);
    });

    for (const name of names) {
      it(`parses ${name}`, () => {
        const value = fixture(name);
        const r = schemaFor(name).safeParse(value);
        assert.ok(r.success, r.error ? JSON.stringify(r.error.issues, null, 1) : '');
      });
    }

    it('keeps unknown keys of responses', () => {
      const value = clone(fixture('contracts.lookup.response'));
      const parsed = mokEndpoints['contracts.lookup'].response.parse(value);
      const c = parsed.contracts[0];
      assert.ok(c);
      assert.deepEqual(c.external_extra_data, { more_info: 'additional data', additional_info: 'some info' });
      const withExtra = contract.parse({ ...c, brand_new_field: 42 });
      assert.equal(withExtra.brand_new_field, 42);
    });

    it('every catalogue example parses with its own schemas', () => {
      for (const id of MOK_OPERATION_IDS) {
        const def: EndpointDef = mokEndpoints[id];
        const ex = def.example;
        if (def.body) assert.ok(def.body.safeParse(ex?.body).success, `${id} example body`);
        if (def.query) assert.ok(def.query.safeParse(ex?.query ?? {}).success, `${id} example query`);
        if (def.params) {
          assert.ok(def.params.safeParse(ex?.params).success, `${id} example params`);
          assert.doesNotThrow(() => fillPath(def.path, ex?.params ?? {}));
        }
      }
    });
  });

  describe('catalogue', () => {
    it('keys equal ids, auth follows the path, placeholders have params', () => {
      for (const [key, def] of Object.entries(mokEndpoints)) {
        assert.equal(def.id, key);
        assert.equal(def.api, 'mok');
        if (def.path.startsWith('/api/v1/provider_networks/')) assert.equal(def.auth, 'oauth', key);
        else if (def.path.startsWith('/api/v1/admin/')) assert.equal(def.auth, 'admin', key);
        else assert.equal(def.path, '/oauth/token');
        if (pathPlaceholders(def.path).length) assert.ok('params' in def && def.params, `${key} params`);
      }
      assert.equal(MOK_OPERATION_IDS.length, 21);
    });

    it('documents the deprecated query keys and list defaults', () => {
      assert.deepEqual(deprecatedFieldsOf(contractsLookupQuery), { document_identifier: 'access_identifier' });
      assert.deepEqual(mokEndpoints['contracts.lookup'].deprecated, { document_identifier: 'access_identifier' });
      const q = serviceRequestsListQuery.parse({});
      assert.equal(q['page[number]'], 1);
      assert.equal(q['page[size]'], 25);
    });

    it('requires both provider ranking parameters', () => {
      assert.deepEqual(issuePaths(providerRankingQuery, { zone_external_id: '28' }), ['service_external_id']);
    });

    it('delete accepts no body; whatsapp answers null', () => {
      assert.ok(mokEndpoints['admin.recurrentPointTransactions.delete'].response.safeParse(undefined).success);
      assert.ok(mokEndpoints['admin.recurrentPointTransactions.delete'].response.safeParse(null).success);
      assert.equal(mokEndpoints['admin.recurrentPointTransactions.delete'].status, 204);
      assert.ok(mokEndpoints['whatsapp.request'].response.safeParse(null).success);
      assert.ok(!mokEndpoints['whatsapp.request'].response.safeParse({}).success);
    });
  });

  describe('accepted fields', () => {
    it('create schema = documented list + deprecated document_identifier', () => {
      assert.deepEqual(Object.keys(serviceRequestCreateFields.shape).sort(), [...SERVICE_REQUEST_CREATE_FIELDS, 'document_identifier'].sort());
      assert.equal(SERVICE_REQUEST_CREATE_FIELDS.length, 23);
    });

    it('update schema = documented list', () => {
      assert.deepEqual(Object.keys(serviceRequestUpdateFields.shape).sort(), [...SERVICE_REQUEST_UPDATE_FIELDS].sort());
      assert.ok(!(SERVICE_REQUEST_UPDATE_FIELDS as readonly string[]).includes('service_id'));
      assert.ok(!(SERVICE_REQUEST_UPDATE_FIELDS as readonly string[]).includes('contract_id'));
    });
  });

  describe('bad bodies are rejected with a useful path', () => {
    const create = mokEndpoints['serviceRequests.create'].body;
    const update = mokEndpoints['serviceRequests.update'].body;

    it('unknown create field names the key', () => {
      const body = { service_request: { service_id: 1, contract_id: 2, colour: 'red' } };
      const r = create.safeParse(body);
      assert.equal(r.success, false);
      const issue = r.error?.issues[0];
      assert.equal(issue?.code, 'unrecognized_keys');
      assert.deepEqual(issue?.path, ['service_request']);
      assert.ok(issue && 'keys' in issue && issue.keys.includes('colour'));
    });

    it('service_id is not an update field', () => {
      const r = update.safeParse({ service_request: { service_id: 1, current_status: 'assigned' } });
      assert.equal(r.success, false);
      assert.ok(r.error?.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('service_id')));
    });

    it('ill-typed values point at the field', () => {
      assert.deepEqual(issuePaths(create, { service_request: { origin_latitude: 'north' } }), ['service_request.origin_latitude']);
      assert.deepEqual(issuePaths(create, { service_request: { scheduled_date: '17/12/2024' } }), ['service_request.scheduled_date']);
      assert.deepEqual(issuePaths(create, { service_id: 1 }), ['service_request', '']);
      assert.deepEqual(issuePaths(mokEndpoints['whatsapp.request'].body, { whatsapp_number: '+34 612 34' }), ['whatsapp_number']);
    });

    it('recurrent point transactions need ISO 8601 durations', () => {
      const body = clone(fixture('admin.recurrentPointTransactions.create.request'));
      const bad = { recurrent_point_transaction: { ...(body as { recurrent_point_transaction: object }).recurrent_point_transaction, recurrence_period: 'monthly' } };
      const r = mokEndpoints['admin.recurrentPointTransactions.create'].body.safeParse(bad);
      assert.equal(r.success, false);
      const issue = r.error?.issues[0];
      assert.deepEqual(issue?.path, ['recurrent_point_transaction', 'recurrence_period']);
      assert.match(issue?.message ?? '', /ISO 8601/);
    });

    it('a limit sent as a number instead of a decimal string is an invalid response', () => {
      const value = clone(fixture('contracts.lookup.response')) as { contracts: { services: { limits: { usage_frequency_by_end_of_contract: { multiplans_limit: unknown } } }[] }[] };
      const l = value.contracts[0]?.services[0]?.limits.usage_frequency_by_end_of_contract;
      assert.ok(l);
      l.multiplans_limit = 5;
      assert.deepEqual(issuePaths(mokEndpoints['contracts.lookup'].response, value), ['contracts.0.services.0.limits.usage_frequency_by_end_of_contract.multiplans_limit']);
    });

    it('point transaction type must be add or spend', () => {
      assert.deepEqual(issuePaths(mokEndpoints['admin.pointTransactions.create'].body, { point_transaction: { access_identifier: 'x', transaction_type: 'gift', points: 1 } }), ['point_transaction.transaction_type']);
    });
  });

  describe('deprecations', () => {
    it('flags the deprecated contract and service request fields', () => {
      assert.deepEqual(deprecatedFieldsOf(contract), { document_identifier: 'access_identifier', surname: 'last_name', second_surname: 'last_name' });
      assert.deepEqual(deprecatedFieldsOf(serviceRequest), { user_full_name: 'user_first_name and user_last_name', document_identifier: 'access_identifier' });
      assert.deepEqual(deprecatedFieldsOf(serviceRequestCreateFields), { document_identifier: 'access_identifier' });
    });

    it('lists deprecated fields present in data, skipping nulls', () => {
      const list = mokEndpoints['serviceRequests.list'].response.parse(fixture('serviceRequests.list.response'));
      const first = list.service_requests[0];
      assert.ok(first);
      assert.deepEqual(
        deprecatedFieldsIn(serviceRequest, first).map((d) => d.key),
        ['user_full_name', 'document_identifier'],
      );
      const created = mokEndpoints['serviceRequests.create'].response.parse(fixture('serviceRequests.create.response')).service_request;
      assert.deepEqual(
        deprecatedFieldsIn(serviceRequest, created).map((d) => d.key),
        ['document_identifier'],
      );
    });

    it('names people from the new fields first', () => {
      const c = contract.parse((fixture('contracts.lookup.response') as { contracts: unknown[] }).contracts[0]);
      assert.equal(contractHolderName(c), 'Gerardo Valencia Mateo');
      assert.equal(contractHolderName({ first_name: 'Ana', last_name: null, surname: 'Ruiz', second_surname: 'Gil' }), 'Ana Ruiz Gil');
      assert.equal(serviceRequestUserName({ user_first_name: null, user_last_name: null, user_full_name: 'Micaela Anaya' }), 'Micaela Anaya');
      assert.equal(serviceRequestUserName({ user_first_name: 'Blanca', user_last_name: 'Quintero Lebrón', user_full_name: null }), 'Blanca Quintero Lebrón');
    });
  });

  describe('describeLimit', () => {
    it('describes the seed limit', () => {
      const c = mokEndpoints['contracts.lookup'].response.parse(fixture('contracts.lookup.response')).contracts[0];
      const limits = c?.services[0]?.limits;
      assert.ok(limits);
      assert.deepEqual(describeLimits(limits), ['0 of 5 uses until 03/06/2026']);
      assert.equal(isServiceBlocked(limits), false);
      assert.deepEqual(
        limitEntries(limits).map(([k]) => k),
        ['usage_frequency_by_end_of_contract'],
      );
    });

    it('covers every kind in plain words', () => {
      assert.equal(describeLimit('usage_frequency_by_end_of_contract', limit({ multiplans_limit_progress: 2 })), '2 of 5 uses until 03/06/2026');
      assert.equal(describeLimit('usage_frequency_by_period', limit({ multiplans_limit: '2.0', multiplans_limit_progress: '2.0', block_service: true, multiplans_until_date: '31/05/2026' })), '2 of 2 uses this period until 31/05/2026 — blocked');
      assert.equal(describeLimit('waiting_period', limit({ multiplans_limit: '30.0', multiplans_until_date: '01/02/2026', block_service: true })), 'waiting period until 01/02/2026 (30 days) — blocked');
      assert.equal(describeLimit('max_cost_by_end_of_contract', limit({ multiplans_limit: '1000.0', multiplans_limit_progress: '125.5' })), '125.50 € of max 1000.00 € until 03/06/2026');
      assert.equal(describeLimit('max_cost_by_period', limit({ multiplans_limit: '300.0', multiplans_limit_progress: 45 })), '45.00 € of max 300.00 € this period until 03/06/2026');
      assert.equal(describeLimit('max_cost_by_use', limit({ multiplans_limit: '300.0' })), 'max 300.00 € per use');
      assert.equal(describeLimit('copayment', limit({ multiplans_limit: '20.0' })), 'copayment 20.00 € per use');
      assert.equal(
        describeLimit(
          'variable_copayment_by_days_of_current_service_request',
          limit({
            copayment_tiers: [
              { from: 1, to: 3, copayment_percentage: '0.0' },
              { from: 4, to: 7, copayment_percentage: '20.0' },
              { from: 8, to: null, copayment_percentage: '50.0' },
            ],
          }),
        ),
        'variable copayment by days of the service request: days 1–3: 0 %, days 4–7: 20 %, days 8+: 50 %',
      );
      assert.equal(
        describeLimit('variable_copayment_by_usage_by_period', limit({ copayment_tiers: [{ from: 1, to: 1, copayment_amount: '0.0' }, { from: '2', to: null, copayment_amount: '15.0', copayment_percentage: null }] })),
        'variable copayment by uses in the period: use 1: 0.00 €, uses 2+: 15.00 €',
      );
      assert.equal(describeLimit('variable_copayment_by_accumulated_days_by_period', limit({ copayment_tiers: [] })), 'variable copayment by accumulated days in the period: no tiers');
      assert.equal(describeLimit('copayment', null), 'no limit');
    });

    it('never prints NaN for garbage numbers', () => {
      const l = { ...limit({}), multiplans_limit: 'lots' as string | null };
      assert.equal(describeLimit('usage_frequency_by_end_of_contract', l), '0 of ? uses until 03/06/2026');
    });

    it('blocked root flag counts even when no single limit says so', () => {
      const limits: ServiceLimits = {
        usage_frequency_by_end_of_contract: null,
        usage_frequency_by_period: null,
        waiting_period: null,
        max_cost_by_end_of_contract: null,
        max_cost_by_period: null,
        max_cost_by_use: null,
        copayment: null,
        has_any_limits: false,
        block_service: true,
      };
      assert.equal(isServiceBlocked(limits), true);
      assert.deepEqual(describeLimits(limits), []);
    });

    it('knows the API type name of every kind', () => {
      for (const kind of LIMIT_KINDS) assert.match(LIMIT_TYPE_NAMES[kind], /^LimitGroups::[A-Za-z]+$/);
      assert.equal(LIMIT_KINDS.length, 10);
    });
  });

  describe('errors and small helpers', () => {
    it('parses coordinates deliberately', () => {
      assert.deepEqual(coordinates('62.233638', '25.398591'), { lat: 62.233638, lon: 25.398591 });
      assert.equal(coordinates('62.2x', '1'), undefined);
      assert.equal(coordinates(null, '1'), undefined);
    });
  });
});

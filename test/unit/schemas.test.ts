// The JSON Schemas VS Code uses to validate and complete service request scaffolds
// (`*.mok-sr.json`, `*.mok-sru.json`, contributed through `jsonValidation`) are generated from the
// zod request bodies. This test regenerates them and fails when the committed files are stale.
// Refresh them with: UPDATE_SCHEMAS=1 npm run test:unit
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod';
import { mokEndpoints } from '../../src/core/catalogue/mok';
import { SERVICE_REQUEST_STATUSES, serviceRequestCreateBody, serviceRequestUpdateBody } from '../../src/core/models/mok';

const DIR = path.resolve('media/schemas');

/** What each field means, for hovers and completion in the editor. */
const FIELD_DOCS: Readonly<Record<string, string>> = {
  service_id: 'MOK id of the service. A service is required: service_id or service_external_id (the external id wins if both are set).',
  service_external_id: 'Your external id of the service, instead of service_id.',
  contract_id: 'MOK id of the contract. A contract is required: contract_id, or an access_identifier matching a contract.',
  access_identifier: 'Identifier of the customer (national id, mobile phone, email, phone or access code) matching a contract, instead of contract_id.',
  document_identifier: 'Deprecated: use access_identifier.',
  external_id: 'Your own unique id for this request (the API refuses one already used).',
  current_status: 'Status of the request, e.g. pending, assigned, in_progress, completed, cancelled.',
  requested_at: 'When the customer asked for the service (ISO 8601 date-time).',
  service_name: 'Name of the service as you show it.',
  origin_address: 'Where the service starts (street address).',
  origin_latitude: 'Latitude of the origin, as a decimal string like "40.416775".',
  origin_longitude: 'Longitude of the origin, as a decimal string like "-3.703790".',
  destination_address: 'Where the service ends (street address), e.g. the garage for a tow.',
  destination_latitude: 'Latitude of the destination, as a decimal string.',
  destination_longitude: 'Longitude of the destination, as a decimal string.',
  scheduled_date: 'Scheduled date (yyyy-mm-dd).',
  scheduled_end_date: 'Scheduled end date (yyyy-mm-dd), for services over several days.',
  scheduled_time: 'Scheduled time (HH:MM:SS).',
  provider_name: 'Name of the provider company doing the service.',
  provider_phone: 'Phone of the provider.',
  technician_name: 'Name of the technician.',
  user_phone: 'Phone of the customer.',
  source: 'Where the request came from (channel).',
  contact_center_phone: 'Phone of the contact center handling the request.',
};

const exampleBody = mokEndpoints['serviceRequests.create'].example.body.service_request;
const examples: Readonly<Record<string, unknown>> = exampleBody;

export function serviceRequestJsonSchema(kind: 'create' | 'update'): Record<string, unknown> {
  const body = kind === 'create' ? serviceRequestCreateBody : serviceRequestUpdateBody;
  const schema = z.toJSONSchema(body, {
    target: 'draft-7',
    io: 'input',
    override: (ctx) => {
      const js = ctx.jsonSchema;
      if (typeof js.description === 'string' && js.description.startsWith('deprecated: use ')) {
        const replacement = js.description.slice('deprecated: use '.length);
        js.deprecated = true;
        js.deprecationMessage = `Deprecated by the API: use ${replacement} instead.`;
      }
    },
  });
  const root = schema.properties?.service_request;
  if (root && typeof root === 'object') {
    root.description =
      kind === 'create'
        ? 'POST /api/v1/provider_networks/service_requests — only the fields the API accepts; unknown fields are flagged.'
        : 'PATCH /api/v1/provider_networks/service_requests/{id} — only the fields the API lets you change (service_id and contract_id cannot change).';
    for (const [key, prop] of Object.entries(root.properties ?? {})) {
      if (typeof prop !== 'object') continue;
      const doc = FIELD_DOCS[key];
      if (doc) prop.description = doc;
      if (key === 'current_status') prop.examples = [...SERVICE_REQUEST_STATUSES];
      else if (examples[key] !== undefined && examples[key] !== null && examples[key] !== 'MyString') prop.examples = [examples[key]];
    }
  }
  return {
    ...schema,
    title: kind === 'create' ? 'MOK service request (create)' : 'MOK service request (update)',
    description: 'Generated from the zod request bodies by test/unit/schemas.test.ts (UPDATE_SCHEMAS=1 npm run test:unit).',
  };
}

describe('service request JSON Schemas (media/schemas)', () => {
  for (const kind of ['create', 'update'] as const) {
    const file = path.join(DIR, `service-request-${kind}.schema.json`);
    it(`service-request-${kind}.schema.json is up to date with the zod model`, () => {
      const expected = `${JSON.stringify(serviceRequestJsonSchema(kind), null, 2)}\n`;
      if (process.env.UPDATE_SCHEMAS === '1') {
        fs.mkdirSync(DIR, { recursive: true });
        fs.writeFileSync(file, expected);
      }
      const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      assert.ok(actual === expected, `${path.relative(process.cwd(), file)} is stale or missing. Refresh it with: UPDATE_SCHEMAS=1 npm run test:unit`);
    });
  }

  it('flags unknown fields and marks deprecated ones', () => {
    const create = serviceRequestJsonSchema('create');
    const sr = (create.properties as Record<string, { additionalProperties?: unknown; properties: Record<string, { deprecated?: boolean }> }>).service_request;
    assert.equal(sr?.additionalProperties, false);
    assert.equal(sr?.properties.document_identifier?.deprecated, true);
    assert.equal(sr?.properties.contract_id?.deprecated, undefined);
  });

  it('update accepts exactly the update fields (no service_id/contract_id)', () => {
    const update = serviceRequestJsonSchema('update');
    const sr = (update.properties as Record<string, { properties: Record<string, unknown> }>).service_request;
    const keys = Object.keys(sr?.properties ?? {});
    assert.ok(!keys.includes('service_id') && !keys.includes('contract_id'));
    assert.ok(keys.includes('current_status') && keys.includes('technician_name'));
  });
});

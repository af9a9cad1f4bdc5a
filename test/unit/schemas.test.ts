// The JSON Schemas VS Code uses to validate and complete service request scaffolds
// (`*.mok-sr.json`, `*.mok-sru.json`, contributed through `jsonValidation`) are generated from the
// zod request bodies (src/core/catalogue/jsonSchema.ts). This test regenerates them and fails when
// the committed files are stale.
// Refresh them with: UPDATE_SCHEMAS=1 npm run test:unit
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serviceRequestJsonSchema } from '../../src/core/catalogue/jsonSchema';

const DIR = path.resolve('media/schemas');

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

// The JSON Schemas VS Code uses to complete and describe service request scaffolds
// (`*.mok-sr.json`, `*.mok-sru.json`, contributed through `jsonValidation`) are generated from the
// zod request bodies (src/core/catalogue/jsonSchema.ts). This test regenerates them and fails when
// the committed files are stale. They hold annotations only: MOK's own rules are the one voice
// that validates these files, so VS Code's JSON service must find nothing to report.
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

  it('holds no constraint the JSON service would report, only docs and examples', () => {
    const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'markdownDescription', 'examples', 'default', 'properties']);
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        assert.ok(ANNOTATIONS.has(k), `${where}: "${k}" is a constraint`);
        if (k === 'properties') for (const [p, s] of Object.entries(v as object)) walk(s, `${where}/${p}`);
      }
    };
    for (const kind of ['create', 'update'] as const) walk(serviceRequestJsonSchema(kind), kind);
    const create = serviceRequestJsonSchema('create');
    const sr = (create.properties as Record<string, { properties: Record<string, { description?: string; examples?: unknown[] }> }>).service_request;
    assert.match(sr?.properties.document_identifier?.description ?? '', /Deprecated: use access_identifier/);
    assert.deepEqual(sr?.properties.current_status?.examples, ['pending', 'assigned', 'in_progress', 'completed', 'cancelled']);
    assert.match(sr?.properties.service_name?.description ?? '', /does not choose the service/);
    assert.deepEqual(sr?.properties.service_id?.examples, [5000382079]);
  });

  it('update accepts exactly the update fields (no service_id/contract_id)', () => {
    const update = serviceRequestJsonSchema('update');
    const sr = (update.properties as Record<string, { properties: Record<string, unknown> }>).service_request;
    const keys = Object.keys(sr?.properties ?? {});
    assert.ok(!keys.includes('service_id') && !keys.includes('contract_id'));
    assert.ok(keys.includes('current_status') && keys.includes('technician_name'));
  });
});

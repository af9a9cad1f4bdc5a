// Structure diffs as `mok template diff` and the editor show them: each change with its field and
// whether it breaks fill data written for the older version.
import { strict as assert } from 'node:assert';
import { diffStructures } from '../../../../src/core/schema/diff';
import { seedTemplates } from '../../../../src/sandbox/documents/seed';

function lines(a: unknown, b: unknown): string[] {
  return diffStructures(a, b).map((c) => `${c.breaking ? 'breaking' : 'ok'} ${c.kind} ${c.path}`);
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

describe('structure diff', () => {
  it('added fields: breaking only when required', () => {
    assert.deepEqual(lines(obj({ A: { type: 'string' } }), obj({ A: { type: 'string' }, B: { type: 'string' }, C: { type: 'number' } }, { required: ['C'] })), ['ok added B', 'breaking added C']);
  });

  it('removed fields: breaking when the object refuses undeclared fields', () => {
    assert.deepEqual(lines(obj({ A: {}, B: {} }), obj({ A: {} })), ['ok removed B']);
    assert.deepEqual(lines(obj({ A: {}, B: {} }, { additionalProperties: false }), obj({ A: {} }, { additionalProperties: false })), ['breaking removed B']);
  });

  it('newly required is breaking; no longer required is not', () => {
    assert.deepEqual(lines(obj({ A: {}, B: {} }, { required: ['B'] }), obj({ A: {}, B: {} }, { required: ['A'] })), ['breaking required A', 'ok optional B']);
  });

  it('type, enum, format: narrowed is breaking, widened is not', () => {
    const before = obj({ T: { type: 'string' }, E: { enum: ['a', 'b'] }, F: { type: 'string' }, N: { type: 'integer' } });
    const after = obj({ T: { type: 'number' }, E: { enum: ['a', 'c'] }, F: { type: 'string', format: 'email' }, N: { type: 'number' } });
    assert.deepEqual(lines(before, after), ['breaking type T', 'breaking enum E', 'breaking format F', 'ok type N']);
    assert.deepEqual(lines(obj({ E: { enum: ['a'] } }), obj({ E: { enum: ['a', 'b'] } })), ['ok enum E']);
    assert.match(diffStructures(before, after).find((c) => c.kind === 'enum')?.message ?? '', /removed "b"; added "c"/);
  });

  it('follows $ref and allOf: a field moved into a definition is not "removed"', () => {
    const before = obj({ A: { type: 'string' } });
    const after = { $defs: { base: obj({ A: { type: 'string' } }) }, allOf: [{ $ref: '#/$defs/base' }] };
    assert.deepEqual(lines(before, after), []);
  });

  it('nested objects and array items, with data pointers', () => {
    const before = obj({ P: { type: 'array', items: obj({ N: { type: 'string' } }) } });
    const after = obj({ P: { type: 'array', items: obj({ N: { type: 'string', maxLength: 10 } }, { required: ['N'] }) } });
    const changes = diffStructures(before, after);
    assert.deepEqual(changes.map((c) => `${c.kind} ${c.path} ${c.pointer}`), ['required P[].N /P/0/N', 'bounds P[].N /P/0/N']);
  });

  it('the seeded invoice 1.1 → 2.0: the corrected structure breaks existing data', () => {
    const versions = seedTemplates()['masmovil']!.find((t) => t.externalId === 'factura_mensual')!.versions;
    const v11 = versions.find((v) => v.version === '1.1')!.structure;
    const v20 = versions.find((v) => v.version === '2.0')!.structure;
    const changes = lines(v11, v20);
    assert.ok(changes.includes('breaking added INVOICE_NUMBER'));
    assert.ok(changes.includes('ok added BILLING_PERIOD'));
    assert.ok(changes.includes('breaking required CUSTOMER.DNI'));
    assert.ok(changes.includes('breaking closed CUSTOMER'));
    assert.ok(changes.includes('breaking enum MOBILE_PAYMENT_TYPE'));
    assert.deepEqual(lines(v20, v20), []);
  });
});

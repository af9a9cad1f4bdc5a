// Example values that satisfy a structure (scaffolds, "insert missing key"): every seeded template
// version, each keyword the generator honours, the defective seed invoice, and patterns.
import { strict as assert } from 'node:assert';
import { exampleAt, exampleData, valueAvoidingCondition } from '../../../../src/core/fill/example';
import { scaffoldFillFile } from '../../../../src/core/fill/scaffold';
import { SchemaValidator } from '../../../../src/core/validation/ajv';
import { patternExample } from '../../../../src/core/validation/patternExample';
import { seedVersions } from '../../../support/templates';

const validator = new SchemaValidator();

function example(schema: unknown): unknown {
  const r = exampleData(schema, validator);
  assert.ok(r.valid, `not valid: ${JSON.stringify(r.value)} ${JSON.stringify(validator.validate(schema, r.value).errors)}`);
  return r.value;
}

describe('example data', () => {
  it('every seeded template version gets valid example data', () => {
    for (const org of ['masmovil', 'yoigo']) {
      for (const v of seedVersions(org)) assert.ok(exampleData(v.structure, validator).valid, `${v.external_id} ${v.version}`);
    }
  });

  it('copes with the seed invoice: both spellings of CUSTOMER keys, HAS_DISCOUNT false so the defective rule stays off', () => {
    const invoice = seedVersions().find((v) => v.external_id === 'factura_mensual' && v.version === '1.1')!;
    const value = example(invoice.structure) as Record<string, Record<string, unknown>>;
    assert.deepEqual(value['CUSTOMER'], { DNI: '12345678Z', dni: '12345678Z', NAME: 'María García', name: 'María García' });
    assert.equal(value['HAS_DISCOUNT'], false);
    assert.equal(value['PAYMENT_METHOD'], 'bank_transfer');
    assert.deepEqual(value['PRODUCTS'], [{ NAME: 'Fibra 1Gb', PRICE: 35 }]);
  });

  it('honours const, enum, format, ranges, lengths and patterns', () => {
    const value = example({
      type: 'object',
      required: ['K', 'E', 'MAIL', 'WHEN', 'N', 'Q', 'S', 'CODE', 'LIST'],
      properties: {
        K: { const: 'alta' },
        E: { enum: ['x', 'y'] },
        MAIL: { type: 'string', format: 'email' },
        WHEN: { type: 'string', format: 'date-time' },
        N: { type: 'number', minimum: 100, multipleOf: 7 },
        Q: { type: 'integer', exclusiveMaximum: 0 },
        S: { type: 'string', minLength: 12 },
        CODE: { type: 'string', pattern: '^F\\d{4}-\\d{6}$' },
        LIST: { type: 'array', minItems: 2, items: { type: 'boolean' } },
      },
    });
    assert.deepEqual(value, { K: 'alta', E: 'x', MAIL: 'maria.garcia@example.com', WHEN: '2025-01-31T10:00:00Z', N: 105, Q: -1, S: 'ejemploxxxxx', CODE: 'F1234-567890', LIST: [false, false] });
  });

  it('honours if/then and oneOf', () => {
    const value = example({
      type: 'object',
      required: ['KIND'],
      properties: { KIND: { enum: ['mobile', 'card'] }, TYPE: { type: 'string' }, PHONE: { type: 'string' }, WALLET: { type: 'string' } },
      if: { properties: { KIND: { const: 'mobile' } }, required: ['KIND'] },
      then: { required: ['TYPE'], oneOf: [{ properties: { TYPE: { const: 'bizum' } }, required: ['PHONE'] }, { properties: { TYPE: { const: 'wallet' } }, required: ['WALLET'] }] },
    }) as Record<string, unknown>;
    assert.equal(value['KIND'], 'mobile');
    assert.ok(value['PHONE'] !== undefined || value['WALLET'] !== undefined, JSON.stringify(value));
  });

  it('a value for one member (the "insert missing key" quick fix)', () => {
    const schema = { type: 'object', properties: { CUSTOMER: { type: 'object', required: ['EMAIL'], properties: { EMAIL: { type: 'string', format: 'email' } } } } };
    assert.deepEqual(exampleAt(schema, '/CUSTOMER'), { EMAIL: 'maria.garcia@example.com' });
    assert.equal(exampleAt(schema, '/CUSTOMER/EMAIL'), 'maria.garcia@example.com');
  });

  it('a value that keeps a condition from firing', () => {
    const invoice = seedVersions().find((v) => v.version === '1.1')!.structure;
    assert.equal(valueAvoidingCondition(invoice, '/allOf/0/if', '', 'HAS_DISCOUNT'), false);
    assert.equal(valueAvoidingCondition(invoice, '/allOf/2/if', '', 'PAYMENT_METHOD'), 'bank_transfer');
  });

  it('scaffolds a fill file for a version (binding, request members, valid fields_values)', () => {
    const v = seedVersions().find((x) => x.external_id === 'factura_mensual' && x.version === '2.0')!;
    const s = scaffoldFillFile(v, validator, { now: new Date('2025-11-18T10:00:00Z'), pinMinor: true });
    assert.ok(s.valid);
    assert.deepEqual(Object.keys(s.value), ['template', 'language', 'document', 'fill_priority', 'fields_values']);
    assert.deepEqual(s.value['template'], { external_id: 'factura_mensual', major: 2, minor: 0 });
    assert.deepEqual(s.value['document'], { name: 'factura_mensual_20251118', tags: [] });
    assert.ok(s.text.endsWith('}\n'));
  });
});

describe('patternExample', () => {
  it('makes strings the patterns of the seed structures match', () => {
    for (const p of ['^F\\d{4}-\\d{6}$', '^ES\\d{22}$', '^[6789]\\d{8}$', '^89\\d{17,18}$', '^[A-HJNP-SUVW]\\d{7}[0-9A-J]$', '^\\d{4}-(0[1-9]|1[0-2])$', '^(?:[a-z]+|\\d+)$', '[^0-9]+']) {
      const s = patternExample(p);
      assert.ok(s !== undefined && new RegExp(p, 'u').test(s), `${p} → ${s}`);
    }
  });

  it('gives up (undefined) on what it cannot make, never a wrong example', () => {
    assert.equal(patternExample('^(a)\\1$'), undefined);
    assert.equal(patternExample('(?=x)y'), undefined);
    assert.equal(patternExample('(['), undefined);
  });
});

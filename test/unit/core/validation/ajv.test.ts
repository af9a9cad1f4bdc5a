// Validation of fill data against the seed's (defective) invoice structure, message quality,
// MDOC mapping and the compile cache.
import { strict as assert } from 'node:assert';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import fillRequest from '../../../fixtures/seeds/documents/fill-request.json';
import { SchemaValidator, validateFieldsValues, type FieldError } from '../../../../src/core/validation/ajv';
import { canonicalJson, schemaHash } from '../../../../src/core/json/canonical';

/** Realistic data a partner writes from the structure's declared (upper-case) fields. */
function invoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez', EMAIL: 'juan.perez@example.com', ADDRESS: { CITY: 'Madrid' } },
    CONTRACT_DATE: '2025-11-18T09:35:00Z',
    PRODUCTS: [
      { NAME: 'Fibra 1Gb', PRICE: 20, QUANTITY: 1 },
      { NAME: 'Móvil Ilimitado', PRICE: 15 },
    ],
    TOTAL_AMOUNT: 35,
    HAS_DISCOUNT: false,
    PAYMENT_METHOD: 'card',
    CARD_LAST_DIGITS: '4242',
    ...overrides,
  };
}

function at(errors: FieldError[], pointer: string): FieldError[] {
  return errors.filter((e) => e.pointer === pointer);
}

describe('validateFieldsValues — seed invoice structure', () => {
  it('rejects the seed fill example: lower-case keys with "did you mean"', () => {
    const r = validateFieldsValues(invoiceStructure, fillRequest.fields_values);
    assert.equal(r.valid, false);
    const customer = at(r.errors, '/customer');
    assert.equal(customer.length, 1);
    assert.equal(customer[0]?.keyword, 'additionalProperties');
    assert.match(customer[0]?.message ?? '', /property "customer" is not allowed here \(did you mean "CUSTOMER"\?\)/);
    assert.match(at(r.errors, '/products')[0]?.message ?? '', /did you mean "PRODUCTS"/);
    assert.match(at(r.errors, '/total_amount')[0]?.message ?? '', /did you mean "TOTAL_AMOUNT"/);
    const missing = at(r.errors, '/CUSTOMER')[0];
    assert.equal(missing?.keyword, 'required');
    assert.match(missing?.message ?? '', /missing required property "CUSTOMER" \(the data has "customer"; property names are case-sensitive\)/);
    assert.equal(at(r.errors, '/PAYMENT_METHOD')[0]?.keyword, 'required');
  });

  it('CUSTOMER.required ["dni","name"] cannot be satisfied with the declared DNI/NAME', () => {
    const r = validateFieldsValues(invoiceStructure, invoice());
    assert.equal(r.valid, false);
    assert.deepEqual(
      r.errors.map((e) => e.pointer),
      ['/CUSTOMER/dni', '/CUSTOMER/name'],
    );
    const dni = r.errors[0];
    assert.equal(dni?.keyword, 'required');
    assert.match(dni?.message ?? '', /missing required property "dni"/);
    assert.match(dni?.message ?? '', /the schema declares "DNI", not "dni"/);
    assert.equal(dni?.schemaPath, '#/properties/CUSTOMER/required');
  });

  it('only undeclared lower-case keys satisfy CUSTOMER (additionalProperties is open there)', () => {
    const r = validateFieldsValues(invoiceStructure, invoice({ CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez', dni: '12345678Z', name: 'Juan Pérez' } }));
    assert.equal(r.valid, true, JSON.stringify(r.errors));
  });

  it('the BANK_TRANSFER rule never fires: bank_transfer without IBAN passes the IBAN rule', () => {
    const data = invoice({ PAYMENT_METHOD: 'bank_transfer', CARD_LAST_DIGITS: undefined });
    delete data['CARD_LAST_DIGITS'];
    const r = validateFieldsValues(invoiceStructure, data);
    assert.equal(at(r.errors, '/IBAN').length, 0, 'IBAN is never required');
    // …and the value the rule tests for is rejected by the enum, with a suggestion.
    const upper = validateFieldsValues(invoiceStructure, { ...data, PAYMENT_METHOD: 'BANK_TRANSFER' });
    const e = at(upper.errors, '/PAYMENT_METHOD')[0];
    assert.equal(e?.keyword, 'enum');
    assert.equal(e?.message, 'must be one of "bank_transfer", "card", "mobile_payment" (got "BANK_TRANSFER"; did you mean "bank_transfer"?)');
  });

  it('HAS_DISCOUNT absent makes DISCOUNT_AMOUNT required, and says why', () => {
    const data = invoice();
    delete data['HAS_DISCOUNT'];
    const r = validateFieldsValues(invoiceStructure, data);
    const e = at(r.errors, '/DISCOUNT_AMOUNT')[0];
    assert.equal(e?.keyword, 'required');
    assert.match(e?.message ?? '', /^missing required property "DISCOUNT_AMOUNT" \(required because HAS_DISCOUNT is absent/);
    assert.match(e?.message ?? '', /without "required": \["HAS_DISCOUNT"\] also matches when HAS_DISCOUNT is missing/);
    assert.equal(e?.schemaPath, '#/allOf/0/then/required');
    // With HAS_DISCOUNT: false the rule does not apply.
    assert.equal(at(validateFieldsValues(invoiceStructure, invoice()).errors, '/DISCOUNT_AMOUNT').length, 0);
  });

  it('explains an if/then requirement with the triggering value', () => {
    const data = invoice();
    delete data['CARD_LAST_DIGITS'];
    const e = at(validateFieldsValues(invoiceStructure, data).errors, '/CARD_LAST_DIGITS')[0];
    assert.equal(e?.message, 'missing required property "CARD_LAST_DIGITS" (required because PAYMENT_METHOD is "card")');
  });

  it('collapses oneOf to the alternative the data aims at', () => {
    const data = invoice({ PAYMENT_METHOD: 'mobile_payment', MOBILE_PAYMENT_TYPE: 'bizum' });
    delete data['CARD_LAST_DIGITS'];
    const r = validateFieldsValues(invoiceStructure, data);
    const phone = at(r.errors, '/MOBILE_PHONE')[0];
    assert.equal(phone?.message, 'missing required property "MOBILE_PHONE" (required because PAYMENT_METHOD is "mobile_payment")');
    assert.equal(r.errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'const').length, 0, 'no noise from the wallet branch');
  });

  it('summarises a oneOf none of whose alternatives fits', () => {
    const data = invoice({ PAYMENT_METHOD: 'mobile_payment', MOBILE_PAYMENT_TYPE: 'paypal' });
    const r = validateFieldsValues(invoiceStructure, data);
    const e = r.errors.find((x) => x.keyword === 'oneOf');
    assert.equal(e?.pointer, '');
    assert.match(e?.message ?? '', /must match exactly one of the 2 alternatives of "oneOf" but matches none: \(1\) MOBILE_PAYMENT_TYPE "bizum" with MOBILE_PHONE; \(2\) MOBILE_PAYMENT_TYPE "wallet" with MOBILE_WALLET_ID/);
  });

  it('explains type, format and nested item errors with pointers', () => {
    const r = validateFieldsValues(
      invoiceStructure,
      invoice({
        CUSTOMER: { DNI: 'x', NAME: 'y', dni: 'x', name: 'y', EMAIL: 'juan.perez@' },
        CONTRACT_DATE: '18/11/2025',
        TOTAL_AMOUNT: '35',
        PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 20, QUANTITY: 1.5 }, { NAME: 'Router' }],
      }),
    );
    assert.equal(at(r.errors, '/TOTAL_AMOUNT')[0]?.message, 'must be a number, but is a string ("35")');
    assert.match(at(r.errors, '/CUSTOMER/EMAIL')[0]?.message ?? '', /^must be an email address \(got "juan.perez@"\)$/);
    assert.match(at(r.errors, '/CONTRACT_DATE')[0]?.message ?? '', /ISO 8601 date-time/);
    assert.match(at(r.errors, '/PRODUCTS/0/QUANTITY')[0]?.message ?? '', /must be an integer \(whole number\), but is a number \(1.5\)/);
    assert.equal(at(r.errors, '/PRODUCTS/1/PRICE')[0]?.keyword, 'required');
  });

  it('lists allowed properties when nothing is close', () => {
    const r = validateFieldsValues(invoiceStructure, invoice({ CUSTOMER: { DNI: 'x', NAME: 'y', dni: 'x', name: 'y' }, FOO: 1 }));
    const e = at(r.errors, '/FOO')[0];
    assert.match(e?.message ?? '', /^property "FOO" is not allowed here; allowed properties: "CUSTOMER", "CONTRACT_DATE"/);
  });

  it('const errors name the expected value', () => {
    const r = validateFieldsValues({ type: 'object', properties: { KIND: { const: 'alta' } } }, { KIND: 'baja' });
    assert.equal(r.errors[0]?.message, 'must be "alta" (got "baja")');
  });

  it('reports an invalid schema as data, never throws', () => {
    const r = validateFieldsValues({ type: 'objeto' }, {});
    assert.equal(r.valid, false);
    assert.equal(r.errors[0]?.keyword, 'schema');
    assert.ok(r.schemaError);
  });

  it('accepts a draft-07 $schema (compiled with 2020-12 semantics)', () => {
    const r = validateFieldsValues({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', required: ['A'] }, {});
    assert.equal(r.errors[0]?.pointer, '/A');
  });
});

describe('SchemaValidator cache', () => {
  it('compiles a schema once, whatever its key order or object identity', () => {
    const v = new SchemaValidator();
    v.validate(invoiceStructure, invoice());
    v.validate(structuredClone(invoiceStructure), invoice());
    const reordered = Object.fromEntries(Object.entries(invoiceStructure).reverse());
    v.validate(reordered, {});
    assert.equal(v.compileCount, 1);
    assert.equal(v.cacheSize, 1);
    v.validate({ type: 'object' }, {});
    assert.equal(v.compileCount, 2);
  });

  it('evicts the least recently used schema beyond its limit', () => {
    const v = new SchemaValidator({ maxCacheEntries: 2 });
    const a = { type: 'string' };
    v.validate(a, 'x');
    v.validate({ type: 'number' }, 1);
    v.validate(a, 'y'); // a is now the most recent
    v.validate({ type: 'boolean' }, true); // evicts number
    assert.equal(v.cacheSize, 2);
    v.validate(a, 'z');
    assert.equal(v.compileCount, 3);
    v.validate({ type: 'number' }, 2);
    assert.equal(v.compileCount, 4);
  });

  it('does not see later mutations of the caller\'s schema object', () => {
    const v = new SchemaValidator();
    const s: Record<string, unknown> = { type: 'object', required: ['A'] };
    assert.equal(v.validate(s, {}).valid, false);
    s['required'] = [];
    // A different document now: a new compile, and a correct answer.
    assert.equal(v.validate(s, {}).valid, true);
  });

  it('canonical JSON ignores key order only', () => {
    assert.equal(canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] }), '{"a":[2,{"c":0,"d":1}],"b":1}');
    assert.equal(schemaHash({ a: 1, b: 2 }), schemaHash({ b: 2, a: 1 }));
    assert.notEqual(schemaHash({ a: [1, 2] }), schemaHash({ a: [2, 1] }));
  });
});

describe('validateFieldsValues — union types', () => {
  it('names every allowed type', () => {
    const r = validateFieldsValues({ type: 'object', properties: { NOTA: { type: ['string', 'null'] } } }, { NOTA: 3 });
    assert.equal(r.errors[0]?.message, 'must be a string or null, but is an integer (3)');
  });
});

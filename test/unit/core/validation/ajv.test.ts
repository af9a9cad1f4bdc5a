// The validator itself: the seed's (defective) invoice structure, what 2020-12 features work,
// formats asserted or annotated, own properties only, boolean schemas, schemas that do not
// compile (named keyword and place, never a throw), and the compiled-schema cache.
import { strict as assert } from 'node:assert';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import fillRequest from '../../../fixtures/seeds/documents/fill-request.json';
import { SchemaValidator, validateFieldsValues, type FieldError } from '../../../../src/core/validation/ajv';
import { canonicalJson, schemaHash } from '../../../../src/core/json/canonical';
import { invoice } from '../../../support/invoice';
import { followSchemaPath } from '../../../../src/core/schema/navigate';

function at(errors: FieldError[], pointer: string): FieldError[] {
  return errors.filter((e) => e.pointer === pointer);
}

describe('SchemaValidator — the seed invoice structure', () => {
  it('rejects the seed fill example once per mistake: lower-case keys folded with their required spelling', () => {
    const r = validateFieldsValues(invoiceStructure, fillRequest.fields_values);
    assert.equal(r.valid, false);
    assert.deepEqual(
      r.errors.map((e) => [e.pointer, e.keyword]),
      [
        ['/DISCOUNT_AMOUNT', 'required'],
        ['/PAYMENT_METHOD', 'required'],
        ['/customer', 'additionalProperties'],
        ['/products', 'additionalProperties'],
        ['/total_amount', 'additionalProperties'],
      ],
    );
    assert.equal(at(r.errors, '/customer')[0]?.message, 'customer is not a field here (did you mean CUSTOMER? CUSTOMER is required)');
    assert.equal(at(r.errors, '/customer')[0]?.target, 'key');
    assert.equal(at(r.errors, '/PAYMENT_METHOD')[0]?.target, 'parent');
    // The IBAN/card/mobile rules only fire because PAYMENT_METHOD is missing: adding it settles them.
    assert.equal(at(r.errors, '/IBAN').length + at(r.errors, '/CARD_LAST_DIGITS').length + at(r.errors, '/MOBILE_PHONE').length, 0);
  });

  it('CUSTOMER.required ["dni","name"] cannot be satisfied with the declared DNI/NAME, and says so', () => {
    const r = validateFieldsValues(invoiceStructure, invoice());
    assert.deepEqual(
      r.errors.map((e) => e.pointer),
      ['/CUSTOMER/dni', '/CUSTOMER/name'],
    );
    const dni = r.errors[0];
    assert.equal(dni?.message, 'dni is required (the data has DNI: names are case-sensitive; the template declares DNI but requires dni: a defect of its structure)');
    assert.equal(dni?.schemaPath, '#/properties/CUSTOMER/required');
    assert.deepEqual(dni?.data, { key: 'dni', present: 'DNI', declaredAs: 'DNI' });
  });

  it('accepts data with the undeclared lower-case keys (additionalProperties is open on CUSTOMER)', () => {
    const r = validateFieldsValues(invoiceStructure, invoice({ CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez', dni: '12345678Z', name: 'Juan Pérez' } }));
    assert.equal(r.valid, true, JSON.stringify(r.errors));
  });

  it('returns the same frozen result for valid data (no per-call allocation of errors)', () => {
    const v = new SchemaValidator();
    const prepared = v.prepare(invoiceStructure);
    const data = invoice({ CUSTOMER: { dni: 'x', name: 'y' } });
    assert.equal(prepared.validate(data), prepared.validate(data));
    assert.equal(prepared.validate(data).errors.length, 0);
  });
});

describe('SchemaValidator — draft 2020-12', () => {
  it('supports unevaluatedProperties, with did-you-mean', () => {
    const r = validateFieldsValues({ type: 'object', allOf: [{ properties: { NAME: { type: 'string' } } }], unevaluatedProperties: false }, { NAME: 'x', nmae: 1 });
    assert.equal(r.errors[0]?.pointer, '/nmae');
    assert.equal(r.errors[0]?.message, 'nmae is not a field here (did you mean NAME?)');
  });

  it('supports $dynamicRef (recursive trees)', () => {
    const tree = { $dynamicAnchor: 'node', type: 'object', properties: { data: { type: 'string' }, children: { type: 'array', items: { $dynamicRef: '#node' } } } };
    const r = validateFieldsValues(tree, { data: 'a', children: [{ data: 'b', children: [{ data: 3 }] }] });
    assert.deepEqual(
      r.errors.map((e) => e.pointer),
      ['/children/0/children/0/data'],
    );
  });

  it('treats true and false as schemas', () => {
    assert.equal(validateFieldsValues(true, { anything: 1 }).valid, true);
    const no = validateFieldsValues(false, 1);
    assert.equal(no.valid, false);
    assert.equal(no.errors[0]?.message, 'is not allowed here (the template forbids any value)');
    const inner = validateFieldsValues({ properties: { X: false } }, { X: 1 });
    assert.equal(inner.errors[0]?.pointer, '/X');
  });

  it('counts own properties only: constructor and __proto__ are not present on {}', () => {
    const r = validateFieldsValues({ type: 'object', required: ['constructor', '__proto__', 'toString'], properties: { constructor: { type: 'string' } } }, {});
    assert.deepEqual(
      r.errors.map((e) => e.message),
      ['constructor is required', '__proto__ is required', 'toString is required'],
    );
    const present = JSON.parse('{"constructor": "x", "__proto__": 1, "toString": true}') as unknown;
    assert.equal(validateFieldsValues({ type: 'object', required: ['constructor', '__proto__', 'toString'] }, present).valid, true);
  });

  it('asserts formats by default and only annotates them when asked', () => {
    const schema = { type: 'object', properties: { EMAIL: { type: 'string', format: 'email' } } };
    const asserted = new SchemaValidator().validate(schema, { EMAIL: 'juan.perez@' });
    assert.equal(asserted.errors[0]?.message, 'must be an email address (got "juan.perez@")');
    assert.equal(asserted.errors[0]?.data?.example, 'maria.garcia@example.com');
    assert.equal(new SchemaValidator({ formats: 'annotate' }).validate(schema, { EMAIL: 'juan.perez@' }).valid, true);
  });

  it('ignores an unknown format when validating (lint reports it)', () => {
    assert.equal(validateFieldsValues({ type: 'string', format: 'emial' }, 'anything').valid, true);
  });

  it('compiles a draft-07 $schema with 2020-12 semantics', () => {
    const r = validateFieldsValues({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', required: ['A'] }, {});
    assert.equal(r.errors[0]?.pointer, '/A');
  });
});

describe('SchemaValidator — schemas that do not compile', () => {
  it('names the keyword and place of a meta-schema violation, closest type first', () => {
    const r = validateFieldsValues({ type: 'object', properties: { A: { type: 'strin' } } }, {});
    assert.equal(r.valid, false);
    assert.equal(r.errors[0]?.keyword, 'schema');
    assert.equal(r.compileFailure?.pointer, '/properties/A/type');
    assert.match(r.errors[0]?.message ?? '', /^the template structure is not a usable JSON Schema: "type": "strin" is not a JSON Schema type \(did you mean "string"\?\); the types are "string", /);
  });

  it('refuses remote references without fetching them', () => {
    const r = validateFieldsValues({ properties: { A: { $ref: 'https://example.com/address.json' } } }, { A: 1 });
    assert.equal(r.compileFailure?.pointer, '/properties/A/$ref');
    assert.match(r.schemaError ?? '', /points to another document; MOK DevTools never downloads schemas/);
  });

  it('names a local $ref that points nowhere', () => {
    const r = validateFieldsValues({ properties: { A: { $ref: '#/$defs/nope' } } }, {});
    assert.equal(r.schemaError, '$ref "#/$defs/nope" at /properties/A/$ref points to nothing in the structure');
  });

  it('names an invalid pattern', () => {
    const r = validateFieldsValues({ properties: { A: { type: 'string', pattern: '([' } } }, {});
    assert.equal(r.compileFailure?.pointer, '/properties/A/pattern');
    assert.match(r.schemaError ?? '', /^the pattern "\(\[" at \/properties\/A\/pattern is not a valid regular expression/);
  });

  it('refuses a schema that is neither an object nor a boolean', () => {
    for (const bad of [null, 3, 'x', []]) {
      const r = validateFieldsValues(bad, {});
      assert.equal(r.valid, false);
      assert.match(r.schemaError ?? '', /must be an object or a boolean/);
    }
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

  it("does not see later mutations of the caller's schema object", () => {
    const v = new SchemaValidator();
    const s: Record<string, unknown> = { type: 'object', required: ['A'] };
    assert.equal(v.validate(s, {}).valid, false);
    s['required'] = [];
    assert.equal(v.validate(s, {}).valid, true);
  });

  it('refuses a $ref loop that never steps into the data (found by the fuzz suite: it used to overflow the stack)', () => {
    const v = new SchemaValidator();
    const self = v.prepare({ $ref: '#' });
    assert.equal(self.ok, false);
    assert.equal(self.failure()?.pointer, '/$ref');
    assert.match(self.failure()?.message ?? '', /^\/\$ref leads back to \/ without stepping into the data/);
    const mutual = v.prepare({ $defs: { a: { allOf: [{ $ref: '#/$defs/b' }] }, b: { anyOf: [{ $ref: '#/$defs/a' }] } }, properties: { X: { $ref: '#/$defs/a' } } });
    assert.equal(mutual.ok, false);
    assert.match(mutual.failure()?.message ?? '', /leads back to \/\$defs\/(a|b)/);
    assert.match(mutual.validate({ X: 1 }).errors[0]?.message ?? '', /not a usable JSON Schema/);
    // Recursion through the data is fine: a tree of nodes.
    const tree = v.prepare({ $defs: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } } } } }, $ref: '#/$defs/node' });
    assert.equal(tree.ok, true);
    assert.equal(tree.validate({ children: [{ children: [] }, { children: [{ children: 1 }] }] }).valid, false);
    // Data nested deeper than the stack is refused in words, not thrown.
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = { children: [deep] };
    assert.match(tree.validate(deep).errors[0]?.message ?? '', /ran out of stack/);
  });

  it('canonical JSON ignores key order only', () => {
    assert.equal(canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] }), '{"a":[2,{"c":0,"d":1}],"b":1}');
    assert.equal(schemaHash({ a: 1, b: 2 }), schemaHash({ b: 2, a: 1 }));
    assert.notEqual(schemaHash({ a: [1, 2] }), schemaHash({ a: [2, 1] }));
  });
});

describe('schema paths of findings', () => {
  it('follow $ref chains to where the keyword is written ("show rule in structure")', () => {
    const schema = { properties: { A: { $ref: '#/$defs/a' } }, $defs: { a: { $ref: '#/$defs/b' }, b: { type: 'object', required: ['X'] } } };
    const e = validateFieldsValues(schema, { A: {} }).errors[0];
    assert.equal(e?.schemaPath, '#/$defs/a/required'); // ajv's own path: not where "required" is
    assert.equal(followSchemaPath(schema, '/$defs/a/required'), '/$defs/b/required');
    assert.equal(followSchemaPath(schema, '/properties/A/required'), '/$defs/b/required');
    assert.equal(followSchemaPath(schema, '/properties/B/type'), '/properties');
  });
});

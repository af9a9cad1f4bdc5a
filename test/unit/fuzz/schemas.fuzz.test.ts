// Fuzzing the template side: arbitrary JSON Schemas (every keyword the structures use, invalid
// regexes, dangling and remote $refs, prototype-named properties) and arbitrary fields_values
// (deep nesting, huge strings, prototype keys) through the validator, the fill-file check, the
// structure lint and the example generator. Property: nothing throws; every problem is a Problem
// with a message, a pointer and a code; a schema that does not compile is explained.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkFillText } from '../../../src/core/fill/checkFill';
import { exampleAt } from '../../../src/core/fill/example';
import { lintStructure, lintStructureText } from '../../../src/core/lint/lint';
import type { Problem } from '../../../src/core/problems/problem';
import { SchemaValidator } from '../../../src/core/validation/ajv';
import { checkAsyncProperty, checkProperty, deeplyNested, fuzzParams, nastyJson, reportFuzzCases, trickyKey } from '../../support/fuzz';

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null', 'strng'];
const FORMATS = ['email', 'date', 'date-time', 'uri', 'uuid', 'ipv4', 'iban', 'regex', 'time'];

/** JSON Schemas, well-formed or not, built from the keywords dynamic-template structures use. */
const schema: fc.Arbitrary<unknown> = fc.letrec<{ s: unknown }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean(),
    fc.constantFrom({}, { type: 'string' }, { $ref: '#' }, { $ref: '#/$defs/missing' }, { $ref: 'https://example.com/s.json' }, { $ref: 'other.json#/x' }),
    fc
      .record(
        {
          type: fc.oneof(fc.constantFrom(...TYPES), fc.subarray(TYPES, { minLength: 1 })),
          properties: fc.dictionary(trickyKey, tie('s'), { maxKeys: 4 }),
          required: fc.array(trickyKey, { maxLength: 4 }),
          items: tie('s'),
          enum: fc.array(nastyJson, { maxLength: 3 }),
          const: nastyJson,
          pattern: fc.oneof(fc.constantFrom('^ES\\d{22}$', '[', '(?<n>a)\\k<n>', '\\p{L}+', '^$', '(a+)+$'), fc.string({ maxLength: 8 })),
          format: fc.constantFrom(...FORMATS),
          minLength: fc.integer({ min: -1, max: 5 }),
          maxLength: fc.integer({ min: 0, max: 5 }),
          minimum: fc.double({ noNaN: true }),
          maximum: fc.integer(),
          additionalProperties: fc.oneof(fc.boolean(), tie('s')),
          unevaluatedProperties: fc.boolean(),
          allOf: fc.array(tie('s'), { maxLength: 2 }),
          anyOf: fc.array(tie('s'), { maxLength: 2 }),
          oneOf: fc.array(tie('s'), { maxLength: 2 }),
          if: tie('s'),
          then: tie('s'),
          else: tie('s'),
          $defs: fc.dictionary(trickyKey, tie('s'), { maxKeys: 2 }),
          $ref: fc.constantFrom('#', '#/$defs/a', '#/properties/x', '#/%ZZ', '#anchor'),
          dependentRequired: fc.dictionary(trickyKey, fc.array(trickyKey, { maxLength: 2 }), { maxKeys: 2 }),
          description: fc.string({ maxLength: 10 }),
        },
        { requiredKeys: [] },
      )
      .map((s) => JSON.parse(JSON.stringify(s)) as unknown),
  ),
})).s;

function wellFormed(problems: readonly Problem[]): void {
  for (const p of problems) {
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.length > 0, `empty message for ${p.code}`);
    assert.equal(typeof p.pointer, 'string');
    assert.ok(p.pointer === '' || p.pointer.startsWith('/'), p.pointer);
    assert.ok(p.code.length > 0);
    assert.ok(['error', 'warning', 'info'].includes(p.severity));
  }
}

describe('fuzz: structures and fields_values', function () {
  this.timeout(60_000);
  const validator = new SchemaValidator();
  after(() => reportFuzzCases('structures and fields_values'));

  it('the validator compiles or explains any schema and validates any data against it', () => {
    checkProperty(
      'validate',
      fc.property(schema, nastyJson, (s, data) => {
        const prepared = validator.prepare(s);
        if (!prepared.ok) {
          const failure = prepared.failure();
          assert.ok(failure && failure.message.length > 0, 'a refused schema says why');
          return;
        }
        const r = prepared.validate(data);
        assert.equal(r.valid, r.errors.length === 0);
        for (const e of r.errors) assert.ok(typeof e.message === 'string' && e.message.length > 0);
      }),
      fuzzParams(11, 1500),
    );
  });

  it('the fill-file check turns any text into problems, never an exception', async () => {
    const fillText = fc.oneof(
      fc.tuple(nastyJson, fc.constantFrom<number | undefined>(undefined, 2)).map(([v, i]) => JSON.stringify({ template: { external_id: 'factura_mensual', major: 1 }, language: 'ES', document: { name: 'x' }, fields_values: v }, null, i)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.integer({ min: 1, max: 20_000 }).map(deeplyNested),
    );
    await checkAsyncProperty(
      'checkFill',
      fc.asyncProperty(schema, fillText, fc.boolean(), async (s, text, fill) => {
        const r = await checkFillText(text, { validator, target: { kind: 'schema', schema: s }, fill });
        wellFormed(r.problems);
      }),
      fuzzParams(12, 1500),
    );
  });

  it('the structure lint and the example generator accept any schema', () => {
    checkProperty(
      'lint+example',
      fc.property(schema, fc.array(trickyKey, { maxLength: 3 }), (s, path) => {
        wellFormed(lintStructure(s, { validator }));
        exampleAt(s, path.map((k) => `/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));
      }),
      fuzzParams(13, 1000),
    );
    checkProperty(
      'lintText',
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), schema.map((s) => JSON.stringify(s))), (text) => {
        wellFormed(lintStructureText(text, { validator }).problems);
      }),
      fuzzParams(14, 500),
    );
  });

  it('deep nesting and huge documents stop at a clear limit, not a stack overflow', async () => {
    for (const depth of [1_000, 10_000, 100_000]) {
      const r = await checkFillText(deeplyNested(depth), { validator, target: { kind: 'schema', schema: { type: 'array' } }, fill: false });
      wellFormed(r.problems);
    }
    const huge = JSON.stringify({ template: { external_id: 'x', major: 1 }, language: 'ES', document: { name: 'x' }, fields_values: { A: 'x'.repeat(12_000_000) } });
    const r = await checkFillText(huge, { validator, target: { kind: 'schema', schema: { type: 'object' } }, fill: true });
    wellFormed(r.problems);
  });
});

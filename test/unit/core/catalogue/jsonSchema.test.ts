// JSON Schemas generated from the catalogue's zod models: every part of every operation and every
// named model has one, they accept the documented examples (checked with Ajv, independently of
// zod), keep what makes them useful in the editor (field docs, deprecations, unknown keys flagged
// in requests) and say nothing about parts an operation does not have.
import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import customerFixture from '../../../fixtures/seeds/customer/schema-examples.json';
import { allEndpoints } from '../../../../src/core/catalogue/catalogue';
import { namedModelJsonSchema, namedModelNames, operationJsonSchema, type JsonSchema, type OperationSchemaPart } from '../../../../src/core/catalogue/jsonSchema';

const PARTS: readonly OperationSchemaPart[] = ['params', 'query', 'headers', 'body', 'response'];

function ajv(): Ajv {
  const instance = new Ajv({ strict: false, allErrors: true });
  addFormats(instance);
  return instance;
}

function accepts(validator: Ajv, schema: JsonSchema, value: unknown): string {
  const validate = validator.compile(schema);
  return validate(value) ? '' : JSON.stringify(validate.errors?.slice(0, 3));
}

function property(schema: JsonSchema | undefined, ...path: string[]): Record<string, unknown> {
  let node: unknown = schema;
  for (const key of path) {
    const props = (node as { properties?: Record<string, unknown> } | undefined)?.properties;
    node = props?.[key];
  }
  assert.ok(node && typeof node === 'object', `no property ${path.join('.')}`);
  return node as Record<string, unknown>;
}

describe('JSON Schemas from the catalogue (src/core/catalogue/jsonSchema.ts)', () => {
  it('every part of every operation has a schema that accepts its documented example', () => {
    const validator = ajv();
    for (const def of allEndpoints()) {
      for (const part of PARTS) {
        const schema = operationJsonSchema(def.id, part);
        const value = part === 'response' ? def.example?.response : def.example?.[part];
        if (part !== 'response' && def[part] === undefined) {
          assert.equal(schema, undefined, `${def.id} has no ${part}`);
          continue;
        }
        assert.ok(schema, `${def.id} ${part}`);
        assert.equal(schema.title, `${def.id} ${part}`);
        if (value !== undefined) assert.equal(accepts(validator, schema, value), '', `${def.id} ${part}`);
      }
    }
  });

  it('request bodies flag unknown fields; answers allow them', () => {
    assert.equal(operationJsonSchema('identifications.chain.create', 'body')?.additionalProperties, false);
    assert.notEqual(operationJsonSchema('identifications.chain.get', 'response')?.additionalProperties, false);
  });

  it('field docs become descriptions, deprecated answer fields are marked', () => {
    assert.match(String(property(operationJsonSchema('documents.publicUrl', 'body'), 'expiresIn').description), /PT24H/);
    assert.match(String(property(operationJsonSchema('biometricSigns.preview', 'headers'), 'x-location').description), /latitude,longitude/);
    const remaining = property(operationJsonSchema('scorings.get', 'response'), 'remaining_delegate_attempts');
    assert.equal(remaining.deprecated, true);
    assert.equal(remaining.deprecationMessage, 'Deprecated by the API: use remaining_score_attempts instead.');
  });

  it('every named model has a schema; the customer ones accept the examples of their document', () => {
    const validator = ajv();
    const examples: Readonly<Record<string, unknown>> = customerFixture.examples;
    for (const name of namedModelNames()) {
      const schema = namedModelJsonSchema(name);
      assert.ok(schema, name);
      if (name in examples) assert.equal(accepts(validator, schema, examples[name]), '', name);
    }
    assert.ok(namedModelNames().includes('DocumentsErrorResponse') && namedModelNames().includes('MokErrorResponse'));
    assert.equal(namedModelJsonSchema('NewPrivateCustomer')?.additionalProperties, false);
  });

  it('says nothing about what does not exist', () => {
    assert.equal(operationJsonSchema('forms.list', 'body'), undefined);
    assert.equal(operationJsonSchema('no.such', 'body'), undefined);
    assert.equal(namedModelJsonSchema('NoSuchModel'), undefined);
    assert.equal(namedModelJsonSchema('toString'), undefined);
  });
});

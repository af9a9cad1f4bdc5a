// "Validate JSON against…" models: every operation's body and response and every named schema can
// be chosen, the documented examples pass their own model, and a wrong document gets the
// catalogue's words at the right pointers (the same the client and the sandbox use).
import { strict as assert } from 'node:assert';
import customerFixture from '../../../fixtures/seeds/customer/schema-examples.json';
import { allEndpoints } from '../../../../src/core/catalogue/catalogue';
import { checkAgainstModel, isModelKey, listModels, modelJsonSchema, suggestModel } from '../../../../src/core/catalogue/models';

describe('catalogue models (validate JSON against…)', () => {
  it('lists named schemas first, then a body and a response per operation that has them', () => {
    const keys = listModels().map((m) => m.key);
    assert.equal(keys[0] && isModelKey(keys[0]), true);
    assert.ok(keys.indexOf('MokErrorResponse') < keys.indexOf('serviceRequests.create:body'));
    assert.ok(keys.includes('serviceRequests.create:body'));
    assert.ok(keys.includes('serviceRequests.create:response'));
    assert.ok(keys.includes('Customer') || keys.some((k) => /Customer/.test(k)), 'customer API schemas are named models');
    assert.ok(!keys.includes('serviceRequests.list:body'), 'a GET has no body to validate');
    const create = listModels().find((m) => m.key === 'serviceRequests.create:body');
    assert.match(create?.description ?? '', /^POST \/api\/v1\/provider_networks\/service_requests — .* \(request body\)$/);
  });

  it('accepts every documented request body and answer against its own model', () => {
    const failures: string[] = [];
    for (const def of allEndpoints()) {
      for (const part of ['body', 'response'] as const) {
        const value = def.example?.[part];
        if (value === undefined || !def[part]) continue;
        const problems = checkAgainstModel(JSON.stringify(value), `${def.id}:${part}`);
        if (problems.length) failures.push(`${def.id}:${part}: ${problems[0]?.pointer} ${problems[0]?.message}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('accepts the customer document example of every named schema', () => {
    const examples = (customerFixture as { examples: Record<string, unknown> }).examples;
    const failures = Object.entries(examples)
      .filter(([name]) => isModelKey(name))
      .flatMap(([name, value]) => checkAgainstModel(JSON.stringify(value), name).map((p) => `${name}${p.pointer}: ${p.message}`));
    assert.deepEqual(failures, []);
  });

  it('reports every mistake with its pointer in the catalogue words', () => {
    const problems = checkAgainstModel('{"service_request":{"servce_name":"Grúa","service_id":"12"}}', 'serviceRequests.create:body');
    const byPointer = Object.fromEntries(problems.map((p) => [p.pointer, p.message]));
    assert.match(byPointer['/service_request/servce_name'] ?? '', /"servce_name" is not an accepted field here \(did you mean "service_name"\?\)/);
    assert.match(byPointer['/service_request/service_id'] ?? '', /must be a number, but is a string \("12"\)/);
  });

  it('reports a syntax error instead of model problems, and an unknown model as one problem with a suggestion', () => {
    const syntax = checkAgainstModel('{"a": }', 'MokErrorResponse');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0]?.origin, 'syntax');
    const unknown = checkAgainstModel('{}', 'serviceRequest.create:body');
    assert.equal(unknown[0]?.code, 'model/unknown');
    assert.match(unknown[0]?.message ?? '', /did you mean "serviceRequests\.create:body"/);
    assert.equal(suggestModel('MokErorResponse'), 'MokErrorResponse');
    assert.equal(isModelKey('serviceRequests.create:params'), false);
  });

  it('gives the JSON Schema of a model for completion and hover', () => {
    const body = modelJsonSchema('serviceRequests.create:body') as { properties?: Record<string, unknown> };
    assert.ok(body.properties?.['service_request']);
    assert.equal(modelJsonSchema('nope'), undefined);
  });
});

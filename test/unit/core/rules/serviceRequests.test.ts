// A service-request body's rules all at once, one problem per mistake: the model's (unknown
// fields, types) and the rules it cannot say (a service and a contract are required).
import { strict as assert } from 'node:assert';
import { checkServiceRequestCreate, checkServiceRequestUpdate } from '../../../../src/core/rules/serviceRequests';

describe('service request rules', () => {
  it('reports every mistake at once, once each', () => {
    const r = checkServiceRequestCreate({ service_request: { servce_name: 'Grúa', user_phone: 123456789, external_id: 'x-1' } });
    assert.equal(r.body, undefined);
    assert.deepEqual(
      r.problems.map((p) => [p.pointer, p.code]),
      [
        ['/service_request/user_phone', 'field/type'],
        ['/service_request/servce_name', 'field/unknown'],
        ['/service_request/service_id', 'serviceRequest/service-required'],
        ['/service_request/contract_id', 'serviceRequest/contract-required'],
      ],
    );
  });

  it('accepts a valid body and keeps warnings for deprecated fields and both service ids', () => {
    const r = checkServiceRequestCreate({ service_request: { service_id: 1, service_external_id: 'grua', document_identifier: '123' } });
    assert.ok(r.body);
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.severity]),
      [
        ['serviceRequest/both-services', 'warning'],
        ['field/deprecated', 'warning'],
      ],
    );
  });

  it('tells that service_id and contract_id cannot change on update', () => {
    const r = checkServiceRequestUpdate({ service_request: { service_id: 3, current_status: 'assigned' } });
    assert.deepEqual(r.problems.map((p) => [p.pointer, p.code, p.message]), [['/service_request/service_id', 'field/immutable', '"service_id" cannot change after creation: remove it.']]);
  });

  it('names a missing body', () => {
    assert.deepEqual(checkServiceRequestCreate({}).problems.map((p) => [p.pointer, p.message]), [['/service_request', '"service_request" is required']]);
  });
});

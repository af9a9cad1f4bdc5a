// The APIs' error bodies become problems at the place they blame: MOK's `source.parameter`
// (dotted paths) and the Documents API's `details` pointers (`/fields_values/…: message`).
import { strict as assert } from 'node:assert';
import errorResponse from '../../../fixtures/seeds/documents/error-response.json';
import { apiErrorProblems, mdocErrorProblems, mokErrorProblems, splitMdocDetails } from '../../../../src/core/problems/fromApi';
import { formatProblem } from '../../../../src/core/problems/problem';

describe('API error bodies as problems', () => {
  it('reads a MOK error with its parameter as a pointer', () => {
    const ps = mokErrorProblems({ errors: [{ status: 422, code: 'missing_required_params', detail: 'missing_required_params', source: { parameter: 'zone_external_id' } }] });
    assert.deepEqual(ps, [{ pointer: '/zone_external_id', message: 'missing_required_params', code: 'missing_required_params', severity: 'error', origin: 'api', source: 'zone_external_id' }]);
    assert.equal(formatProblem(ps[0]!), 'missing_required_params zone_external_id: missing_required_params');
    assert.equal(mokErrorProblems({ errors: [{ detail: 'x', source: { parameter: 'service_request.service_id' } }] })[0]?.pointer, '/service_request/service_id');
  });

  it('reads Rails-style and single-error bodies, and nothing from other JSON', () => {
    assert.deepEqual(
      mokErrorProblems({ errors: { email: ['is invalid', 'is taken'] } }).map((p) => [p.pointer, p.message]),
      [
        ['/email', 'is invalid'],
        ['/email', 'is taken'],
      ],
    );
    assert.deepEqual(mokErrorProblems({ error: 'invalid_client', error_description: 'Unknown client_id' }).map((p) => [p.code, p.message]), [['invalid_client', 'Unknown client_id']]);
    assert.deepEqual(mokErrorProblems({ service_requests: [] }), []);
    assert.deepEqual(mokErrorProblems('nope'), []);
  });

  it('reads the Documents API error example and places fill-data details', () => {
    const ps = mdocErrorProblems(errorResponse);
    assert.ok(ps.length >= 1);
    assert.match(ps[0]?.code ?? '', /^MDOC-/);
    const placed = mdocErrorProblems({ errors: [{ code: 'MDOC-400-SCHEMA-REQUIRED', title: 'INVALID_FIELDS_VALUES', ref: 'https://x', details: '/fields_values/CUSTOMER: missing required property "CUSTOMER"' }] });
    assert.deepEqual([placed[0]?.pointer, placed[0]?.message, placed[0]?.title], ['/fields_values/CUSTOMER', 'missing required property "CUSTOMER"', 'INVALID_FIELDS_VALUES']);
    assert.deepEqual(splitMdocDetails('no pointer here'), undefined);
    assert.equal(apiErrorProblems('documents', { errors: [{ code: 'MDOC-401', details: 'bad token' }] })[0]?.message, 'bad token');
  });
});

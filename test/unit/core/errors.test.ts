import { strict as assert } from 'node:assert';
import { ApiError, InputError, statusToReason } from '../../../src/core/errors';
import { WebhookError } from '../../../src/core/webhooks/errors';

describe('core/errors', () => {
  it('maps HTTP statuses to reasons', () => {
    assert.deepEqual([401, 403, 404, 409, 422, 400, 429, 500, 503].map(statusToReason), ['unauthorized', 'forbidden', 'notFound', 'conflict', 'validation', 'validation', 'rateLimited', 'server', 'server']);
  });

  it('recognises errors thrown by another bundle of the same code (the lazily loaded client)', () => {
    // What an ApiError from dist/client.js looks like to code bundled into dist/extension.js.
    const foreign = Object.assign(new Error('late'), { [Symbol.for('mok-devtools.ApiError')]: true, reason: 'timeout' });
    assert.ok(ApiError.is(foreign));
    assert.ok(ApiError.is(foreign, 'timeout'));
    assert.ok(!ApiError.is(foreign, 'network'));
    assert.ok(!ApiError.is(new Error('plain')));
    const input = Object.assign(new Error('x'), { [Symbol.for('mok-devtools.TypedError')]: true, name: 'InputError', reason: 'missingCredential' });
    assert.ok(InputError.is(input, 'missingCredential'));
    assert.ok(!InputError.is(input, 'unreadable'));
    const webhook = Object.assign(new Error('x'), { [Symbol.for('mok-devtools.TypedError')]: true, name: 'WebhookError', reason: 'missingCredential' });
    assert.ok(!InputError.is(webhook), 'another typed error is not an InputError');
    assert.ok(WebhookError.is(webhook));
  });

  it('describes an error with operation, path, status and request id, without the query string', () => {
    const e = new ApiError({ reason: 'validation', message: 'The API rejected the request (422).', operation: 'serviceRequests.create', method: 'POST', path: '/api/v1/provider_networks/service_requests', status: 422, requestId: 'req-1', problems: [{ code: 'unpermitted_parameter', source: 'colour', message: 'is not accepted', pointer: '/colour', severity: 'error', origin: 'api' }] });
    assert.equal(
      e.describe(),
      'validation: The API rejected the request (422). (serviceRequests.create, POST /api/v1/provider_networks/service_requests, HTTP 422, request-id req-1) — unpermitted_parameter colour: is not accepted',
    );
  });
});

// Faults, part 2: the OAuth token. A revoked or expired token costs exactly one token request and
// the call goes through; a second 401 surfaces as a typed error instead of a refresh loop; many
// callers hitting the same 401 share one refresh. Counted in the sandbox's request journal.
import { strict as assert } from 'node:assert';
import { sandboxCredentials } from '../../../src/core/environment';
import { ApiError } from '../../../src/core/errors';
import { injectFaults, seen, sandboxPerTest } from '../../support/faults';
import { clientFor, control } from '../../support/sandbox';

const OP = 'plans.list';
const TOKEN = 'auth.token';

describe('faults: one token refresh on 401 (client against the sandbox)', function () {
  this.timeout(20_000);
  const box = sandboxPerTest();

  it('a revoked token: exactly one token request, then the call succeeds', async () => {
    const { sb } = box;
    const client = clientFor(sb);
    await client.call(OP);
    await control(sb, 'POST', '/__sandbox/tokens/revoke');
    const plans = await client.call(OP);
    assert.ok(plans.plans.length > 0);
    assert.deepEqual((await seen(sb, TOKEN)).map((e) => e.status), [200, 200], 'the first token, then one refresh');
    assert.deepEqual((await seen(sb, OP)).map((e) => e.status), [200, 401, 200]);
    await client.close();
  });

  it('a token the API keeps refusing: one refresh, then a typed unauthorized error, no loop', async () => {
    const { sb } = box;
    const client = clientFor(sb);
    await client.call(OP);
    await injectFaults(sb, { kind: 'status', status: 401, operation: OP, count: 20 });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'unauthorized') && e.status === 401 && e.operation === OP);
    assert.equal((await seen(sb, TOKEN)).length, 2, 'one refresh, not one per 401');
    assert.deepEqual((await seen(sb, OP)).map((e) => e.status), [200, 401, 401], 'the call, and its one retry with the new token');
    await client.close();
  });

  it('ten calls in flight when the token is revoked share one refresh', async () => {
    const { sb } = box;
    const client = clientFor(sb);
    await client.call(OP);
    await control(sb, 'POST', '/__sandbox/tokens/revoke');
    const all = await Promise.all(Array.from({ length: 10 }, () => client.call(OP)));
    assert.equal(all.length, 10);
    assert.equal((await seen(sb, TOKEN)).length, 2, 'one token at first, one refresh for all ten');
    await client.close();
  });

  it('wrong client credentials: the token request fails once with a typed error naming no secret, and no call is sent', async () => {
    const { sb } = box;
    const secret = `S3cr3t-MOKDEVTOOLS-${Math.random().toString(36).slice(2)}`;
    const client = clientFor(sb, { ...sandboxCredentials, clientSecret: secret });
    await assert.rejects(client.call(OP), (e) => {
      assert.ok(ApiError.is(e, 'unauthorized'), String(e));
      assert.ok(!e.describe().includes(secret) && !e.message.includes(secret));
      return true;
    });
    assert.equal((await seen(sb, TOKEN)).length, 1, 'a refused token request is not repeated');
    assert.equal((await seen(sb, OP)).length, 0);
    assert.ok((await seen(sb, TOKEN)).every((e) => !JSON.stringify(e).includes(secret)), 'the journal keeps no client secret');
    await client.close();
  });

  it('a Documents token is static: a 401 surfaces at once (nothing to refresh), one attempt', async () => {
    const { sb } = box;
    const client = clientFor(sb, { ...sandboxCredentials, documentsToken: 'revoked-documents-token' });
    const op = 'templates.list';
    await assert.rejects(client.call(op), (e) => ApiError.is(e, 'unauthorized') && e.status === 401);
    assert.equal((await seen(sb, op)).length, 1);
    assert.equal((await seen(sb, TOKEN)).length, 0);
    await client.close();
  });
});

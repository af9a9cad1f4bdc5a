import { strict as assert } from 'node:assert';
import { redact } from '../../../src/core/logger';

describe('core/logger redact', () => {
  it('removes credentials in JSON, form, header and bearer forms', () => {
    const out = redact(
      [
        '{"client_id":"abc","client_secret":"v1OINpq6T","access_token":"tok123456"}',
        'grant_type=client_credentials&client_secret=hunter22',
        'X-Admin-User-Token: sandbox-admin-token',
        'Authorization: Bearer abc.def.ghi',
        'sent eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl to the API',
      ].join('\n'),
    );
    for (const secret of ['v1OINpq6T', 'tok123456', 'hunter22', 'sandbox-admin-token', 'abc.def.ghi', 'eyJzdWIiOiIxMjMifQ']) {
      assert.ok(!out.includes(secret), `${secret} leaked in:\n${out}`);
    }
    assert.ok(out.includes('"client_id":"abc"'), 'non-secret identifiers stay readable');
  });

  it('removes known secret values wherever they appear', () => {
    assert.equal(redact('the secret is sandbox-webhook-secret!', ['sandbox-webhook-secret']), 'the secret is [redacted]!');
  });
});

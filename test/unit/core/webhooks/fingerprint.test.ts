// The secret fingerprint: stable across machines, different for different secrets (whitespace
// included), never the secret.
import { strict as assert } from 'node:assert';
import { secretFingerprint, secretFingerprintSync } from '../../../../src/core/webhooks/fingerprint';
import { reportJson, verifyWebhook } from '../../../../src/core/webhooks/verify';

describe('core/webhooks/fingerprint and verify', () => {
  it('is 8 hex characters, the same every time and on every machine (golden value)', async () => {
    assert.equal(await secretFingerprint('sandbox-webhook-secret'), 'fae57342');
    assert.equal(secretFingerprintSync('sandbox-webhook-secret'), 'fae57342');
    assert.equal(await secretFingerprint(Buffer.from('sandbox-webhook-secret')), 'fae57342');
  });

  it('differs for secrets that differ only in whitespace', async () => {
    const [a, b] = await Promise.all([secretFingerprint('sandbox-webhook-secret'), secretFingerprint('sandbox-webhook-secret\n')]);
    assert.notEqual(a, b);
  });

  it('a verification report has the verdict, the fingerprint and the byte view; --json has exactly its five keys', async () => {
    const r = await verifyWebhook({ secret: 'sandbox-webhook-secret', body: '{"a":1}\n', signature: 'sha256=x', contentLength: 7 });
    assert.equal(r.valid, false);
    assert.equal(r.fingerprint, 'fae57342');
    assert.equal(r.bytes.length, 8);
    assert.equal(r.bytes.contentLength, 7);
    const json = reportJson(r);
    assert.deepEqual(Object.keys(json), ['valid', 'expected', 'received', 'fingerprint', 'hints']);
    assert.deepEqual(Object.keys(json.hints[0]!), ['code', 'message']);
    assert.ok(!JSON.stringify(json).includes('sandbox-webhook-secret'));
  });
});

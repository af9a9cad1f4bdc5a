// The doctor against vectors signed by OpenSSL (scripts/gen-webhook-vectors.mjs): every hint code
// is given exactly when its variant reproduces the signature, and never otherwise.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { diagnoseSignature } from '../../../../src/core/webhooks/doctor';
import { WEBHOOK_BODY_LIMIT, WebhookError } from '../../../../src/core/webhooks/errors';
import { english, type Localizer } from '../../../../src/core/l10n';
import { HINT_CODES } from '../../../../src/core/webhooks/hints';
import { verifySignature } from '../../../../src/core/webhooks/signature';
import { bodyOf, vectors } from '../../../support/webhookVectors';

const codes = (hints: readonly { code: string }[]) => hints.map((h) => h.code);

describe('core/webhooks/doctor', () => {
  it('has a vector for every hint code', () => {
    for (const code of HINT_CODES) assert.ok(vectors.some((v) => v.hints.includes(code)), `no vector for ${code}`);
    assert.ok(vectors.some((v) => v.valid));
  });

  for (const v of vectors) {
    it(v.name, () => {
      const d = diagnoseSignature({ secret: v.secret, body: bodyOf(v), signature: v.signature });
      assert.equal(d.expected, v.expected, 'expected = HMAC of the raw bytes with the secret as given (OpenSSL)');
      assert.equal(d.received, v.signature);
      assert.equal(d.valid, v.valid);
      assert.deepEqual(codes(d.hints), v.hints);
      assert.equal(verifySignature(v.secret, bodyOf(v), v.signature), v.valid, 'the exact verifier agrees');
      for (const h of d.hints) assert.ok(h.message.length > 40, `${h.code} explains itself`);
    });
  }

  it('gives each hint code in exactly the vectors that expect it', () => {
    const produced = vectors.map((v) => codes(diagnoseSignature({ secret: v.secret, body: bodyOf(v), signature: v.signature }).hints));
    for (const code of HINT_CODES) {
      const where = vectors.filter((_, i) => produced[i]!.includes(code)).map((v) => v.name);
      const expected = vectors.filter((v) => v.hints.includes(code)).map((v) => v.name);
      assert.deepEqual(where, expected, code);
    }
  });

  it('the correct signature is valid with no hints, for every vector body and secret', () => {
    for (const v of vectors) {
      const d = diagnoseSignature({ secret: v.secret, body: bodyOf(v), signature: v.expected });
      assert.ok(d.valid, v.name);
      assert.deepEqual(d.hints, [], v.name);
    }
  });

  it('a signature from an unrelated secret gives wrong-secret and nothing else, for every vector body', () => {
    for (const v of vectors) {
      const unrelated = randomBytes(32).toString('hex');
      assert.deepEqual(codes(diagnoseSignature({ secret: v.secret, body: bodyOf(v), signature: unrelated }).hints), ['wrong-secret'], v.name);
    }
  });

  it('uses the secret exactly as given: a trailing newline is not trimmed for the verdict', () => {
    const v = vectors.find((x) => x.name.startsWith('secret-whitespace: receiver secret ends'))!;
    assert.ok(!diagnoseSignature({ secret: v.secret, body: bodyOf(v), signature: v.signature }).valid);
    assert.ok(diagnoseSignature({ secret: v.secret.trimEnd(), body: bodyOf(v), signature: v.signature }).valid);
  });

  it('accepts bodies and secrets as strings (UTF-8) or bytes alike', () => {
    const v = vectors.find((x) => x.name === 'valid: UTF-8 secret')!;
    assert.ok(diagnoseSignature({ secret: Buffer.from(v.secret), body: bodyOf(v).toString('utf8'), signature: v.signature }).valid);
    assert.ok(diagnoseSignature({ secret: v.secret, body: new Uint8Array(bodyOf(v)), signature: v.signature }).valid);
  });

  it('passes every message through the Localizer', () => {
    const marked: Localizer = { t: (m, ...args) => `«${english.t(m, ...args)}»` };
    for (const v of vectors.filter((x) => !x.valid)) {
      for (const h of diagnoseSignature({ secret: v.secret, body: bodyOf(v), signature: v.signature }, marked).hints) {
        assert.match(h.message, /^«.*»$/s, `${v.name}: ${h.code}`);
      }
    }
  });

  it('explains malformed signatures', () => {
    const msg = (signature: string) => diagnoseSignature({ secret: 's', body: '{}', signature }).hints[0]!.message;
    assert.match(msg(''), /empty/);
    assert.match(msg('a'.repeat(40)), /HMAC-SHA1/);
    assert.match(msg('ab'.repeat(48)), /HMAC-SHA384/);
    assert.match(msg('0123'), /4 hex characters/);
    assert.match(msg(`${'a'.repeat(63)} `), /a space at character 64/);
    assert.match(msg(`${'a'.repeat(32)}\n${'a'.repeat(32)}`), /a line break at character 33/);
    assert.match(msg(`'${'a'.repeat(64)}'`), /quote at character 1/);
    assert.match(msg(`${'a'.repeat(63)}z`), /"z" at character 64/);
    assert.match(msg('sha256=xyz!'), /"x" at character 8/);
  });

  it('refuses an empty secret and a body over the limit with typed errors', () => {
    assert.throws(() => diagnoseSignature({ secret: '', body: '{}', signature: 'a' }), (e) => WebhookError.is(e, 'emptySecret'));
    assert.throws(() => diagnoseSignature({ secret: 's', body: Buffer.alloc(WEBHOOK_BODY_LIMIT + 1), signature: 'a' }), (e) => WebhookError.is(e, 'bodyTooLarge') && /10\.0 MiB/.test(e.message));
  });

  it('verifies an empty body and a body exactly at the limit', () => {
    const atLimit = Buffer.alloc(WEBHOOK_BODY_LIMIT, 0x61);
    const v = vectors.find((x) => x.name === 'valid: empty body')!;
    assert.ok(diagnoseSignature({ secret: v.secret, body: Buffer.alloc(0), signature: v.signature }).valid);
    assert.ok(!diagnoseSignature({ secret: 's', body: atLimit, signature: 'a'.repeat(64) }).valid);
  });
});

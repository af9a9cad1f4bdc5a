// A secret's fingerprint: 8 hex characters that let two people (or two environments) tell whether
// they hold the same webhook secret without revealing it. Slow on purpose (scrypt), so the
// fingerprint is no cheap oracle for guessing a short secret; docs/decisions.md explains the choice.
import { scrypt, scryptSync } from 'node:crypto';
import { toBytes, type WebhookSecret } from './signature';

// Fixed, not per user: the same secret must give the same fingerprint on every machine. The
// domain string keeps it apart from any other use of scrypt on the same secret.
const SALT = 'mok-devtools/webhook-secret-fingerprint/v1';
// N = 2^15, r = 8: 32 MiB and ≈ 0.1 s per secret, for the user once, for a guesser every guess.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const BYTES = 4;

export function secretFingerprint(secret: WebhookSecret): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(toBytes(secret), SALT, BYTES, PARAMS, (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
  });
}

export function secretFingerprintSync(secret: WebhookSecret): string {
  return scryptSync(toBytes(secret), SALT, BYTES, PARAMS).toString('hex');
}

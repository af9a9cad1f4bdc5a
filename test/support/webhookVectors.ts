// The OpenSSL-signed webhook vectors (test/fixtures/webhooks/vectors.json, written by
// scripts/gen-webhook-vectors.mjs), typed, for the core and CLI tests.
import type { HintCode } from '../../src/core/webhooks/hints';
import fixture from '../fixtures/webhooks/vectors.json';

export interface WebhookVector {
  name: string;
  /** The receiver's secret. */
  secret: string;
  /** The bytes the receiver has, base64. */
  body: string;
  /** X-Signature as received. */
  signature: string;
  /** HMAC of `body` with `secret`, by OpenSSL. */
  expected: string;
  valid: boolean;
  hints: HintCode[];
}

export const vectors = fixture.vectors as WebhookVector[];

export function vector(name: string): WebhookVector {
  const v = vectors.find((x) => x.name === name);
  if (!v) throw new Error(`no webhook vector named "${name}"`);
  return v;
}

export function bodyOf(v: WebhookVector): Buffer {
  return Buffer.from(v.body, 'base64');
}

// Webhook signatures as the MOK API makes them: lowercase hex HMAC-SHA256 of the raw body bytes,
// keyed with the webhook secret, in the X-Signature header.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signBody(secret: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/** Constant-time comparison of a received signature with the one recomputed from the body. */
export function verifySignature(secret: string, body: string | Uint8Array, signature: string): boolean {
  const expected = Buffer.from(signBody(secret, body), 'utf8');
  const received = Buffer.from(signature, 'utf8');
  return expected.length === received.length && timingSafeEqual(expected, received);
}

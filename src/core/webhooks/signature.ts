// Webhook signatures as the MOK API makes them: lowercase hex HMAC-SHA256 of the raw body bytes,
// keyed with the webhook secret exactly as issued, in the X-Signature header (the API document's
// reference code: OpenSSL::HMAC.hexdigest + secure_compare).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A string secret is used as its UTF-8 bytes; bytes (a secret file) are used as they are. */
export type WebhookSecret = string | Uint8Array;
/** A string body is hashed as its UTF-8 bytes; prefer the raw bytes received. */
export type WebhookBody = string | Uint8Array;

/** The bytes a secret or body stands for (no copy for a Buffer). */
export function toBytes(x: string | Uint8Array): Buffer {
  return typeof x === 'string' ? Buffer.from(x, 'utf8') : Buffer.isBuffer(x) ? x : Buffer.from(x.buffer, x.byteOffset, x.byteLength);
}

export function hmacSha256(secret: WebhookSecret, body: WebhookBody): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signBody(secret: WebhookSecret, body: WebhookBody): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/** Exact, constant-time: valid only when `signature` is the lowercase hex digest itself. */
export function verifySignature(secret: WebhookSecret, body: WebhookBody, signature: string): boolean {
  return signatureEquals(signBody(secret, body), signature);
}

/** Constant-time comparison of the expected hex digest with a received header value. */
export function signatureEquals(expectedHex: string, received: string): boolean {
  const expected = Buffer.from(expectedHex, 'utf8');
  const got = Buffer.from(received, 'utf8');
  // The length is not secret (always 64 for a digest); only the content comparison must not leak.
  return expected.length === got.length && timingSafeEqual(expected, got);
}

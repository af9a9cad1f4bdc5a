// Typed errors for webhook input and delivery. The CLI and the editor turn `reason` into exit
// codes and messages; nobody inspects `message` text. Messages name files and header names, never
// a secret and never the content of a file (a wrongly passed secret file must not be echoed).

import { isTyped, TypedError } from '../errors';

export type WebhookErrorReason =
  /** The bytes given as a raw HTTP request are not one. */
  | 'notHttp'
  /** A raw request without an X-Signature header. */
  | 'missingSignature'
  /** The body is larger than WEBHOOK_BODY_LIMIT. */
  | 'bodyTooLarge'
  /** NUL bytes or a compressed stream where a JSON text was expected. */
  | 'binaryBody'
  | 'emptySecret'
  /** A break variant that needs a JSON body (reserialized-json) got something else. */
  | 'notJson'
  /** Delivery: connection refused, DNS, TLS, reset. */
  | 'unreachable'
  | 'timeout'
  | 'cancelled';

const WEBHOOK_ERROR = Symbol.for('mok-devtools.WebhookError');

export class WebhookError extends TypedError<WebhookErrorReason> {
  override readonly name = 'WebhookError';
  readonly [WEBHOOK_ERROR] = true;
  static is(e: unknown, reason?: WebhookErrorReason): e is WebhookError {
    return isTyped(e, WebhookError, WEBHOOK_ERROR, reason);
  }
}

/**
 * Largest body the verifier and the doctor accept: 10 MiB. MOK's webhooks are one service
 * request (a few KB); the limit only keeps a wrong file (a log, a dump) from costing seconds of
 * hashing and re-serialising. docs/decisions.md has the reasoning.
 */
export const WEBHOOK_BODY_LIMIT = 10 * 1024 * 1024;

export function checkBodySize(length: number, where = 'the body'): void {
  if (length > WEBHOOK_BODY_LIMIT) throw bodyTooLarge(length, where);
}

/** `length` is a lower bound when `atLeast` (a stream read until the limit was passed). */
export function bodyTooLarge(length: number, where: string, atLeast = false): WebhookError {
  const size = atLeast ? `more than ${formatBytes(WEBHOOK_BODY_LIMIT)}` : formatBytes(length);
  return new WebhookError('bodyTooLarge', `${where} is ${size}; webhook bodies are limited to ${formatBytes(WEBHOOK_BODY_LIMIT)} (a MOK webhook is one service request, a few KB). Is it the right file?`);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

// Sending webhooks: `sendRawRequest` sends exactly given bytes and headers (the inbox's replay and
// forwarding), `sendWebhook` signs and posts one body on top of it (`mok webhook send`, the
// editor's test sends); `WebhookDispatcher` is the sandbox's queue, adding the delivery auth mode's
// credentials (deliveryAuth.ts), retrying non-2xx answers with exponential backoff and keeping a
// delivery log (/__sandbox/deliveries).
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { flatHeaders, originOf, requestDeadline } from '../http/http';
import { classifyNetworkError, networkFailureMessage } from '../http/network';
import type { Logger } from '../logger';
import { DeliveryAuthenticator, type DeliveryAuth, type DeliveryAuthMode } from './deliveryAuth';
import { WebhookError } from './errors';
import { signBody, type WebhookBody, type WebhookSecret } from './signature';

export interface SendWebhookOptions {
  url: string;
  body: WebhookBody;
  /** Signs the body with this secret (X-Signature)… */
  secret?: WebhookSecret;
  /** …or sends this X-Signature exactly (a deliberately broken one); wins over `secret`. */
  signature?: string;
  /** Webhook-From: the application host that sent the webhook. */
  fromHost: string;
  /** Extra headers (e.g. the receiver's Basic or Bearer credentials); they win over the defaults. */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  /** Until the receiver's answer is complete (default 30 s). */
  timeoutMs?: number;
  /** Response bytes kept (default 1 MiB); the rest is discarded. */
  maxResponseBytes?: number;
}

export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
  /** The response body was longer than maxResponseBytes and was cut. */
  truncated: boolean;
  durationMs: number;
  /** The X-Signature that was sent. */
  signature: string;
}

export const WEBHOOK_USER_AGENT = 'mok-devtools-webhooks';

/** POSTs one webhook; rejects with WebhookError (`unreachable`, `timeout`, `cancelled`). */
export async function sendWebhook(o: SendWebhookOptions): Promise<WebhookResponse> {
  const signature = o.signature ?? (o.secret === undefined ? undefined : signBody(o.secret, o.body));
  if (signature === undefined) throw new TypeError('sendWebhook needs a secret or a signature');
  const headers = { 'content-type': 'application/json', 'user-agent': WEBHOOK_USER_AGENT, ...flatHeaders(o.headers ?? {}), 'x-signature': signature, 'webhook-from': o.fromHost };
  const res = await sendRawRequest({ url: o.url, method: 'POST', headers: Object.entries(headers), body: o.body, signal: o.signal, timeoutMs: o.timeoutMs, maxResponseBytes: o.maxResponseBytes });
  return { ...res, signature };
}

export interface RawSendOptions {
  url: string;
  method: string;
  /** Names and values in this order and case (a replay sends them as captured). */
  headers: ReadonlyArray<readonly [string, string]>;
  body: WebhookBody;
  signal?: AbortSignal;
  /** Until the answer is complete (default 30 s). */
  timeoutMs?: number;
  /** Response bytes kept (default 1 MiB). */
  maxResponseBytes?: number;
}

export type RawResponse = Omit<WebhookResponse, 'signature'>;

/**
 * Sends exactly these bytes with exactly these headers (the inbox's replay and forwarding; the
 * body of sendWebhook). Rejects with WebhookError (`unreachable`, `timeout`, `cancelled`).
 */
export async function sendRawRequest(o: RawSendOptions): Promise<RawResponse> {
  const timeoutMs = o.timeoutMs ?? 30_000;
  const deadline = requestDeadline(timeoutMs, o.signal);
  const started = performance.now();
  try {
    const res = await request(o.url, { method: o.method, headers: o.headers.flatMap(([k, v]) => [k, v]), body: o.method === 'GET' || o.method === 'HEAD' ? undefined : o.body, signal: deadline.signal });
    const { text, truncated } = await readCapped(res.body, o.maxResponseBytes ?? 1024 * 1024);
    return { status: res.statusCode, headers: flatHeaders(res.headers), bodyText: text, truncated, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    const failure = deadline.failure(e);
    if (failure === 'cancelled') throw new WebhookError('cancelled', 'the webhook was cancelled.', { cause: e });
    if (failure === 'timeout') throw new WebhookError('timeout', `${originOf(o.url)} did not answer within ${timeoutMs} ms.`, { cause: e });
    // Same words as API calls (connection, TLS): the receiver is reached directly, never via a proxy.
    throw new WebhookError('unreachable', networkFailureMessage(classifyNetworkError(e, false), originOf(o.url), undefined), { cause: e });
  } finally {
    deadline.clear();
  }
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }, max: number): Promise<{ text: string; truncated: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    parts.push(chunk);
    size += chunk.length;
    if (size > max) {
      body.destroy();
      return { text: Buffer.concat(parts).subarray(0, max).toString('utf8'), truncated: true };
    }
  }
  return { text: Buffer.concat(parts).toString('utf8'), truncated: false };
}

export interface DeliveryAttempt {
  at: string;
  status?: number;
  error?: string;
  durationMs: number;
}

export interface Delivery {
  id: string;
  event: string;
  /** Who made the change: MOK's platforms, or the partner's own API call (when those send webhooks). */
  origin?: 'platform' | 'partner';
  /** The delivery auth mode used (its credentials are never logged here). */
  auth: DeliveryAuthMode;
  url: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  nextAttemptAt?: string;
  signature: string;
  body: string;
}

export interface WebhookOptions {
  url?: string;
  secret: string;
  fromHost: string;
  /** First retry delay; doubles each time up to `maxDelayMs`. */
  baseDelayMs?: number;
  /** The longest wait between two attempts (default 60 s). */
  maxDelayMs?: number;
  /** Attempts before a delivery is marked failed (default 10: about three minutes with the default delays). */
  maxAttempts?: number;
  /** Credentials besides the signature (Basic, static or fetched Bearer); default none. */
  auth?: DeliveryAuth;
  logger: Logger;
}

export class WebhookDispatcher {
  private readonly deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private readonly authenticator: DeliveryAuthenticator;

  constructor(private options: WebhookOptions) {
    this.authenticator = new DeliveryAuthenticator(options.auth ?? { mode: 'none' });
  }

  setUrl(url: string | undefined): void {
    this.options = { ...this.options, url };
  }

  setAuth(auth: DeliveryAuth): void {
    this.options = { ...this.options, auth };
    this.authenticator.set(auth);
  }

  get auth(): DeliveryAuth {
    return this.options.auth ?? { mode: 'none' };
  }

  get url(): string | undefined {
    return this.options.url;
  }

  emit(event: string, payload: unknown, origin?: Delivery['origin']): Delivery | undefined {
    if (!this.options.url || this.closed) return undefined;
    const body = JSON.stringify({ event, payload });
    const delivery: Delivery = { id: randomUUID(), event, origin, auth: this.authenticator.mode, url: this.options.url, state: 'pending', attempts: [], signature: signBody(this.options.secret, body), body };
    this.deliveries.push(delivery);
    if (this.deliveries.length > 1000) this.deliveries.shift();
    this.schedule(delivery, 0);
    return delivery;
  }

  list(): readonly Delivery[] {
    return this.deliveries;
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(d: Delivery, delayMs: number): void {
    d.nextAttemptAt = new Date(Date.now() + delayMs).toISOString();
    const t = setTimeout(() => {
      this.timers.delete(t);
      void this.attempt(d);
    }, delayMs);
    t.unref();
    this.timers.add(t);
  }

  private async attempt(d: Delivery): Promise<void> {
    if (this.closed) return;
    const started = Date.now();
    const attempt: DeliveryAttempt = { at: new Date().toISOString(), durationMs: 0 };
    try {
      const authorization = await this.authenticator.authorization(AbortSignal.timeout(10_000));
      const headers: Record<string, string> = { 'user-agent': 'mok-sandbox-webhooks', ...(authorization ? { authorization } : {}) };
      const res = await sendWebhook({ url: d.url, body: d.body, signature: d.signature, fromHost: this.options.fromHost, headers, timeoutMs: 10_000, maxResponseBytes: 64 * 1024 });
      attempt.status = res.status;
      if (res.status === 401) this.authenticator.rejected();
    } catch (e) {
      attempt.error = WebhookError.is(e) ? `${e.reason}: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    attempt.durationMs = Date.now() - started;
    d.attempts.push(attempt);
    const ok = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
    if (ok) {
      d.state = 'delivered';
      d.nextAttemptAt = undefined;
      this.options.logger.info(`webhook ${d.event} delivered to ${d.url} (attempt ${d.attempts.length})`);
      return;
    }
    const max = this.options.maxAttempts ?? 10;
    if (d.attempts.length >= max) {
      d.state = 'failed';
      d.nextAttemptAt = undefined;
      this.options.logger.warn(`webhook ${d.event} to ${d.url} failed after ${d.attempts.length} attempts`);
      return;
    }
    const delay = Math.min(this.options.maxDelayMs ?? 60_000, (this.options.baseDelayMs ?? 500) * 2 ** (d.attempts.length - 1));
    this.options.logger.warn(`webhook ${d.event} to ${d.url} got ${attempt.status ?? attempt.error}; retry ${d.attempts.length + 1}/${max} in ${delay} ms`);
    this.schedule(d, delay);
  }
}

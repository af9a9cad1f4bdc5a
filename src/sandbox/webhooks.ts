// Signed webhook delivery from the sandbox: one queue, exponential backoff on non-2xx or network
// failure, and a delivery log the user (and tests) can inspect at /__sandbox/deliveries.
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { signBody } from '../core/webhooks/signature';
import type { Logger } from '../core/logger';

export interface DeliveryAttempt {
  at: string;
  status?: number;
  error?: string;
  durationMs: number;
}

export interface Delivery {
  id: string;
  event: string;
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
  /** First retry delay; doubles each time. */
  baseDelayMs?: number;
  maxAttempts?: number;
  logger: Logger;
}

export class WebhookDispatcher {
  private readonly deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private options: WebhookOptions) {}

  setUrl(url: string | undefined): void {
    this.options = { ...this.options, url };
  }

  get url(): string | undefined {
    return this.options.url;
  }

  emit(event: string, payload: unknown): Delivery | undefined {
    if (!this.options.url || this.closed) return undefined;
    const body = JSON.stringify({ event, payload });
    const delivery: Delivery = { id: randomUUID(), event, url: this.options.url, state: 'pending', attempts: [], signature: signBody(this.options.secret, body), body };
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
      const res = await request(d.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': d.signature, 'webhook-from': this.options.fromHost, 'user-agent': 'mok-sandbox-webhooks' },
        body: d.body,
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
      });
      await res.body.dump();
      attempt.status = res.statusCode;
    } catch (e) {
      attempt.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
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
    const max = this.options.maxAttempts ?? 6;
    if (d.attempts.length >= max) {
      d.state = 'failed';
      d.nextAttemptAt = undefined;
      this.options.logger.warn(`webhook ${d.event} to ${d.url} failed after ${d.attempts.length} attempts`);
      return;
    }
    const delay = (this.options.baseDelayMs ?? 500) * 2 ** (d.attempts.length - 1);
    this.options.logger.warn(`webhook ${d.event} to ${d.url} got ${attempt.status ?? attempt.error}; retry ${d.attempts.length + 1}/${max} in ${delay} ms`);
    this.schedule(d, delay);
  }
}

// How the sandbox delivers webhooks, beyond signing them: the delivery auth mode of the API
// document (Basic, a static Bearer, a Bearer fetched from an auth URL with configurable JSON keys
// — the sandbox serves such an auth URL itself, /__sandbox/webhook-auth/token), whether the
// partner's own API calls send webhooks too, MOK-side events as control answers, and traffic mode.
import type { Credentials } from '../core/environment';
import type { Logger } from '../core/logger';
import type { WebhookDispatcher } from '../core/webhooks/delivery';
import { DEFAULT_AUTH_KEYS, type AuthJsonKeys, type DeliveryAuth, type DeliveryAuthMode } from '../core/webhooks/deliveryAuth';
import { issueDeliveryToken } from '../core/webhooks/deliveryAuthCheck';
import type { PlatformEventRequest, PlatformEventResult } from '../core/webhooks/sandboxControl';
import type { PlatformEvents } from './mok/platformEvents';
import type { SandboxResponse } from './types';

export const WEBHOOK_AUTH_PATH = '/__sandbox/webhook-auth/token';

interface DeliveryOptions {
  webhookAuth?: DeliveryAuthMode;
  webhookAuthKeys?: Partial<AuthJsonKeys>;
  webhookAuthUrl?: string;
  partnerWebhooks?: boolean;
}

export class WebhookDeliverySettings {
  private mode: DeliveryAuthMode;
  private keys: AuthJsonKeys;
  private authUrl: string | undefined;
  partnerWebhooks: boolean;

  constructor(
    private readonly webhooks: WebhookDispatcher,
    private readonly creds: Required<Credentials>,
    private readonly baseUrl: () => string,
    o: DeliveryOptions,
  ) {
    this.mode = o.webhookAuth ?? 'none';
    this.keys = { ...DEFAULT_AUTH_KEYS, ...o.webhookAuthKeys };
    this.authUrl = o.webhookAuthUrl;
    this.partnerWebhooks = o.partnerWebhooks ?? false;
  }

  configure(c: { url?: string | null; auth?: DeliveryAuthMode; authKeys?: Partial<AuthJsonKeys>; authUrl?: string | null; partnerWebhooks?: boolean }): void {
    if (c.url !== undefined) this.webhooks.setUrl(c.url ?? undefined);
    if (c.auth !== undefined) this.mode = c.auth;
    if (c.authKeys !== undefined) this.keys = { ...DEFAULT_AUTH_KEYS, ...c.authKeys };
    if (c.authUrl !== undefined) this.authUrl = c.authUrl ?? undefined;
    if (c.partnerWebhooks !== undefined) this.partnerWebhooks = c.partnerWebhooks;
    this.apply();
  }

  /** Hands the dispatcher the auth of the current mode (the auth URL needs the bound address). */
  apply(): void {
    this.webhooks.setAuth(this.auth());
  }

  private auth(): DeliveryAuth {
    const c = this.creds;
    switch (this.mode) {
      case 'none':
        return { mode: 'none' };
      case 'basic':
        return { mode: 'basic', username: c.webhookAuthUsername, password: c.webhookAuthPassword };
      case 'bearer':
        return { mode: 'bearer', token: c.webhookAuthToken };
      case 'fetchedBearer':
        return { mode: 'fetchedBearer', authUrl: this.authUrl ?? `${this.baseUrl()}${WEBHOOK_AUTH_PATH}`, username: c.webhookAuthUsername, password: c.webhookAuthPassword, keys: this.keys };
    }
  }

  /** What GET /__sandbox/webhook shows (never a password or token). */
  describe(): Record<string, unknown> {
    return {
      webhook_url: this.webhooks.url ?? null,
      partner_webhooks: this.partnerWebhooks,
      auth: { mode: this.mode, username: this.mode === 'basic' || this.mode === 'fetchedBearer' ? this.creds.webhookAuthUsername : undefined, keys: this.keys, auth_url: this.mode === 'fetchedBearer' ? (this.authUrl ?? `${this.baseUrl()}${WEBHOOK_AUTH_PATH}`) : undefined },
    };
  }

  /** The sandbox's auth URL: the configured username/password under the configured keys → a token. */
  issueToken(body: unknown): SandboxResponse {
    const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const username = b[this.keys.username];
    const password = b[this.keys.password];
    if (typeof username !== 'string' || typeof password !== 'string') {
      return { status: 400, body: { error: 'invalid_request', detail: `send {"${this.keys.username}": …, "${this.keys.password}": …} (the configured JSON keys)` } };
    }
    if (username !== this.creds.webhookAuthUsername || password !== this.creds.webhookAuthPassword) return { status: 401, body: { error: 'invalid_credentials' } };
    return { status: 200, body: { [this.keys.token]: issueDeliveryToken(username, password), token_type: 'Bearer' } };
  }
}

/** POST /__sandbox/events: the event made, with its delivery, in the contract's shape. */
export function platformResponse(platform: PlatformEvents, r: PlatformEventRequest, webhooks: WebhookDispatcher): SandboxResponse {
  const out = r.event === 'created' ? platform.created(r) : platform.updated(r);
  if (!out.ok) return out.response;
  const body: PlatformEventResult = {
    event: out.event,
    service_request: { id: out.serviceRequest.id, public_id: out.serviceRequest.public_id ?? null, current_status: out.serviceRequest.current_status },
    delivery_id: out.deliveryId ?? null,
    webhook_url: webhooks.url ?? null,
  };
  return { status: 200, body };
}

/** Traffic mode: a MOK-side event every N seconds until stopped. */
export class Traffic {
  private timer: NodeJS.Timeout | undefined;
  private secondsValue = 0;

  constructor(
    private readonly platform: PlatformEvents,
    private readonly logger: Logger,
  ) {}

  get seconds(): number {
    return this.secondsValue;
  }

  every(seconds: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.secondsValue = seconds > 0 ? seconds : 0;
    if (!this.secondsValue) return;
    this.timer = setInterval(() => {
      const out = this.platform.traffic();
      if (out.ok) this.logger.info(`traffic: ${out.event} #${out.serviceRequest.id} (${out.serviceRequest.current_status})`);
      else this.logger.debug(`traffic: nothing to do (${out.response.status})`);
    }, this.secondsValue * 1000);
    this.timer.unref();
  }
}

// The optional credentials a webhook delivery carries besides its signature (the MOK API
// document, Webhooks → service_request.created → "Authentication (optional, configured per
// provider network)"): HTTP Basic with the partner's username/password, a static Bearer token, or a
// Bearer token fetched by POSTing the username/password to an auth URL, with configurable JSON keys
// for the username, the password and the token.
//
// This module is the sender's side (the sandbox's dispatcher builds the Authorization header,
// fetching and caching the token; it needs undici). The issuer's and the receiver's sides, plain
// crypto, are in deliveryAuthCheck.ts.
import { request } from 'undici';
import { basicAuthorization } from './deliveryAuthCheck';
import { WebhookError } from './errors';

export interface AuthJsonKeys {
  username: string;
  password: string;
  token: string;
}

export const DEFAULT_AUTH_KEYS: AuthJsonKeys = { username: 'username', password: 'password', token: 'token' };

export type DeliveryAuthMode = 'none' | 'basic' | 'bearer' | 'fetchedBearer';
export const DELIVERY_AUTH_MODES: readonly DeliveryAuthMode[] = ['none', 'basic', 'bearer', 'fetchedBearer'];

export type DeliveryAuth =
  | { mode: 'none' }
  | { mode: 'basic'; username: string; password: string }
  | { mode: 'bearer'; token: string }
  | { mode: 'fetchedBearer'; authUrl: string; username: string; password: string; keys: AuthJsonKeys };

export function isDeliveryAuthMode(x: string): x is DeliveryAuthMode {
  return (DELIVERY_AUTH_MODES as readonly string[]).includes(x);
}

// ── Sender: the Authorization header of a delivery ─────────────────────────────────────────────

/** Builds the Authorization header for each delivery; a fetched token is reused until a 401. */
export class DeliveryAuthenticator {
  private token: Promise<string> | undefined;

  constructor(private auth: DeliveryAuth) {}

  get mode(): DeliveryAuthMode {
    return this.auth.mode;
  }

  set(auth: DeliveryAuth): void {
    this.auth = auth;
    this.token = undefined;
  }

  /** The header value, or undefined for mode none. Rejects with WebhookError when the auth URL fails. */
  async authorization(signal?: AbortSignal): Promise<string | undefined> {
    const a = this.auth;
    switch (a.mode) {
      case 'none':
        return undefined;
      case 'basic':
        return basicAuthorization(a.username, a.password);
      case 'bearer':
        return `Bearer ${a.token}`;
      case 'fetchedBearer': {
        const pending = (this.token ??= fetchToken(a, signal));
        pending.catch(() => {
          if (this.token === pending) this.token = undefined;
        });
        return `Bearer ${await pending}`;
      }
    }
  }

  /** The receiver answered 401: the next delivery fetches a new token. */
  rejected(): void {
    this.token = undefined;
  }
}

async function fetchToken(a: Extract<DeliveryAuth, { mode: 'fetchedBearer' }>, signal?: AbortSignal): Promise<string> {
  let status: number;
  let body: unknown;
  try {
    const res = await request(a.authUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ [a.keys.username]: a.username, [a.keys.password]: a.password }),
      signal: signal ?? AbortSignal.timeout(10_000),
    });
    status = res.statusCode;
    const text = await res.body.text();
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = undefined;
    }
  } catch (e) {
    throw new WebhookError('unreachable', `the auth URL could not be reached: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (status < 200 || status >= 300) throw new WebhookError('unreachable', `the auth URL answered ${status} to the username/password.`);
  const token = body && typeof body === 'object' ? (body as Record<string, unknown>)[a.keys.token] : undefined;
  if (typeof token !== 'string' || !token) throw new WebhookError('unreachable', `the auth URL's answer has no "${a.keys.token}" string (the token key configured).`);
  return token;
}

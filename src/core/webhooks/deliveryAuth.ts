// The optional credentials a webhook delivery carries besides its signature (the MOK API
// document, Webhooks → service_request.created → "Authentication (optional, configured per
// provider network)"): HTTP Basic with the partner's username/password, a static Bearer token, or a
// Bearer token fetched by POSTing the username/password to an auth URL, with configurable JSON keys
// for the username, the password and the token.
//
// Three sides live here: the sender's (the sandbox's dispatcher builds the Authorization header,
// fetching and caching the token), the issuer's (the sandbox's own auth URL, whose tokens can be
// checked by anyone who knows the credentials) and the receiver's (the inbox shows which mode a
// delivery used and checks it against what it expects, never storing the secret part).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { request } from 'undici';
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

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

// ── Issuer: tokens of the sandbox's auth URL ───────────────────────────────────────────────────

const TOKEN_PREFIX = 'mokwh';
const TOKEN = /^mokwh\.([A-Za-z0-9_-]{16})\.([0-9a-f]{32})$/;

function tokenMac(username: string, password: string, nonce: string): string {
  return createHmac('sha256', password).update(`${username}.${nonce}`).digest('hex').slice(0, 32);
}

/**
 * A fresh token for these credentials: `mokwh.<nonce>.<mac>`, the mac keyed with the password, so
 * whoever knows the credentials (the inbox) can check a token without asking the issuer.
 */
export function issueDeliveryToken(username: string, password: string): string {
  const nonce = randomBytes(12).toString('base64url');
  return `${TOKEN_PREFIX}.${nonce}.${tokenMac(username, password, nonce)}`;
}

export function isIssuedToken(token: string): boolean {
  return TOKEN.test(token);
}

export function checkIssuedToken(token: string, username: string, password: string): boolean {
  const m = TOKEN.exec(token);
  if (!m) return false;
  const want = Buffer.from(tokenMac(username, password, m[1] ?? ''));
  const got = Buffer.from(m[2] ?? '');
  return want.length === got.length && timingSafeEqual(want, got);
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

// ── Receiver: what a delivery carried, checked ─────────────────────────────────────────────────

/** What the receiver expects (any part may be unknown). */
export interface AuthExpectation {
  username?: string;
  password?: string;
  token?: string;
}

export type AuthStatus = 'ok' | 'mismatch' | 'unchecked' | 'absent' | 'missing';

/** A delivery's credentials as stored and shown: the scheme and who, never a password or token. */
export interface AuthCheck {
  scheme: 'none' | 'basic' | 'bearer' | 'other';
  /** Basic: the username; Bearer: the first characters of the token. */
  identity?: string;
  /** Bearer: a static token, or one the sandbox's auth URL issued (fetched). */
  kind?: 'static' | 'fetched';
  /**
   * ok / mismatch: checked against the expectation; unchecked: nothing to check it with; absent:
   * no credentials and none expected; missing: none sent although some are expected.
   */
  status: AuthStatus;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function expects(e: AuthExpectation | undefined): boolean {
  return Boolean(e && (e.token || (e.username && e.password)));
}

export function checkAuthorization(header: string | undefined, expect?: AuthExpectation): AuthCheck {
  if (!header) return { scheme: 'none', status: expects(expect) ? 'missing' : 'absent' };
  const m = /^(\S+)\s+(\S+)\s*$/.exec(header);
  const scheme = m?.[1]?.toLowerCase();
  const value = m?.[2] ?? '';
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const username = colon >= 0 ? decoded.slice(0, colon) : decoded;
    const password = colon >= 0 ? decoded.slice(colon + 1) : '';
    if (!expect?.username || !expect.password) return { scheme: 'basic', identity: username, status: 'unchecked' };
    return { scheme: 'basic', identity: username, status: same(username, expect.username) && same(password, expect.password) ? 'ok' : 'mismatch' };
  }
  if (scheme === 'bearer') {
    const identity = `${value.slice(0, Math.min(6, Math.floor(value.length / 3)))}…`;
    if (expect?.token && same(value, expect.token)) return { scheme: 'bearer', identity, kind: 'static', status: 'ok' };
    if (isIssuedToken(value)) {
      if (!expect?.username || !expect.password) return { scheme: 'bearer', identity, kind: 'fetched', status: 'unchecked' };
      return { scheme: 'bearer', identity, kind: 'fetched', status: checkIssuedToken(value, expect.username, expect.password) ? 'ok' : 'mismatch' };
    }
    return { scheme: 'bearer', identity, kind: 'static', status: expect?.token ? 'mismatch' : 'unchecked' };
  }
  return { scheme: 'other', status: 'unchecked' };
}

/**
 * The Authorization header to send again with a replayed or forwarded delivery, made from what
 * the receiver knows (the stored delivery keeps no secret): Basic and static Bearer exactly, a
 * fetched token as a new token of the same issuer; undefined when it cannot be re-created.
 */
export function reauthorize(check: AuthCheck, expect?: AuthExpectation): string | undefined {
  if (check.scheme === 'basic' && expect?.username && expect.password && check.identity === expect.username) return basicAuthorization(expect.username, expect.password);
  if (check.scheme === 'bearer' && check.kind === 'static' && expect?.token) return `Bearer ${expect.token}`;
  if (check.scheme === 'bearer' && check.kind === 'fetched' && expect?.username && expect.password) return `Bearer ${issueDeliveryToken(expect.username, expect.password)}`;
  return undefined;
}

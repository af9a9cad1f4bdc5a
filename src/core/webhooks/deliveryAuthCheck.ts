// The issuer's and the receiver's sides of delivery auth (deliveryAuth.ts is the sender's): tokens
// of the sandbox's own auth URL, which anyone who knows the credentials can check without asking
// the issuer, and the receiver's check of what a delivery carried — which mode, who, and whether it
// matches what the receiver expects — keeping the scheme and identity, never a password or token.
// Plain crypto: the extension's activation bundle may use it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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

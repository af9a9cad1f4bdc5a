// Reads (never verifies) the `exp` claim of a Documents API JWT so the user is warned before the
// token expires instead of discovering it through a 401.

export interface JwtExpiry {
  /** Expiry as epoch milliseconds, when the token has an `exp` claim. */
  expiresAt?: number;
  /** The token is not a JWT we can read (opaque tokens are fine; we just can't warn). */
  opaque: boolean;
}

export function readJwtExpiry(token: string): JwtExpiry {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return { opaque: true };
  try {
    const json: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (json && typeof json === 'object' && 'exp' in json && typeof json.exp === 'number') return { expiresAt: json.exp * 1000, opaque: false };
    return { opaque: false };
  } catch {
    return { opaque: true };
  }
}

export type JwtState = { state: 'opaque' } | { state: 'noExpiry' } | { state: 'valid'; msLeft: number } | { state: 'expiringSoon'; msLeft: number } | { state: 'expired'; msAgo: number };

export function jwtState(token: string, now = Date.now(), soonMs = 5 * 60_000): JwtState {
  const e = readJwtExpiry(token);
  if (e.opaque) return { state: 'opaque' };
  if (e.expiresAt === undefined) return { state: 'noExpiry' };
  const left = e.expiresAt - now;
  if (left <= 0) return { state: 'expired', msAgo: -left };
  return left < soonMs ? { state: 'expiringSoon', msLeft: left } : { state: 'valid', msLeft: left };
}

// Credentials the sandbox checks, per auth kind of the catalogue: OAuth client credentials
// (tokens issued at POST /oauth/token, valid until revoked), the admin headers, and the Documents
// bearer token with `x-auth-owner` where an operation needs it. The credentials the API documents
// show in their examples open the sandbox too, so a documented request works as written.
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { EndpointDef } from '../core/catalogue/types';
import type { Credentials } from '../core/environment';
import { mdocError, mokError } from './errors';
import type { SandboxResponse } from './types';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * What the MOK Integration API document shows: the token request's client and the access token of
 * its answer (and of its `Authorization: Bearer your_access_token` line). The Documents API
 * document shows no token ("Bearer Token (JWT)"): any readable, unexpired JWT is accepted.
 */
export const DOCUMENTED_CREDENTIALS = {
  clientId: '109fb51a-ba5a-49d7-92e6-89fc67a63e9f',
  clientSecret: 'v1OINpq6T',
  accessTokens: ['YOUR_ACCESS_TOKEN_HERE', 'your_access_token'],
} as const;

/** Audience of the sandbox's own Documents token (the default `fill-process-origin`). */
export const SANDBOX_AUDIENCE = 'sandbox';

function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
}

/** The claims of a JWT (read, never verified: the sandbox cannot know the issuer's key). */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return undefined;
  try {
    const head: unknown = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!head || typeof head !== 'object' || !('alg' in head)) return undefined;
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The token's audience (`aud`), as the Documents API defaults `fill-process-origin` to it. */
export function documentsAudience(headers: IncomingHttpHeaders): string {
  const bearer = bearerOf(headers);
  const aud = bearer ? jwtClaims(bearer)?.aud : undefined;
  const first = Array.isArray(aud) ? (aud as unknown[]).find((a) => typeof a === 'string') : aud;
  return typeof first === 'string' && first !== '' ? first : SANDBOX_AUDIENCE;
}

export class SandboxAuth {
  private readonly tokens = new Set<string>();
  private issued = 0;

  constructor(
    private readonly creds: Required<Credentials>,
    private readonly now: () => Date,
  ) {}

  get tokensIssued(): number {
    return this.issued;
  }

  revokeAll(): void {
    this.tokens.clear();
  }

  /** POST /oauth/token with the client-credentials grant. */
  issueToken(body: unknown): SandboxResponse {
    const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    if (b.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type must be "client_credentials".' } };
    const sandboxClient = b.client_id === this.creds.clientId && b.client_secret === this.creds.clientSecret;
    const documentedClient = b.client_id === DOCUMENTED_CREDENTIALS.clientId && b.client_secret === DOCUMENTED_CREDENTIALS.clientSecret;
    if (!sandboxClient && !documentedClient) return { status: 401, body: { error: 'invalid_client', error_description: 'Unknown client_id or wrong client_secret.' } };
    if (b.scope !== this.creds.scope) return { status: 400, body: { error: 'invalid_scope', error_description: `scope must be "${this.creds.scope}".` } };
    const token = randomBytes(24).toString('base64url');
    this.tokens.add(token);
    this.issued++;
    return { status: 200, body: { access_token: token, token_type: 'Bearer', scope: this.creds.scope, created_at: Math.floor(this.now().getTime() / 1000) } };
  }

  /** The refusal for a request without the credentials its operation needs, or undefined. */
  check(def: EndpointDef, headers: IncomingHttpHeaders): SandboxResponse | undefined {
    const bearer = bearerOf(headers);
    switch (def.auth) {
      case 'none':
        return undefined;
      case 'oauth':
        if (!bearer) return mokError(401, 'unauthorized', 'Missing Authorization: Bearer <access_token>. Get one from POST /oauth/token.');
        if (!this.tokens.has(bearer) && !(DOCUMENTED_CREDENTIALS.accessTokens as readonly string[]).includes(bearer)) return mokError(401, 'invalid_token', 'The access token is invalid or expired. Request a new one at POST /oauth/token.');
        return undefined;
      case 'admin': {
        const email = header(headers, 'x-admin-user-email');
        const token = header(headers, 'x-admin-user-token');
        if (!email || !token) return mokError(401, 'unauthorized', 'Send both X-Admin-User-Email and X-Admin-User-Token headers.');
        if (email !== this.creds.adminEmail || token !== this.creds.adminToken) return mokError(401, 'unauthorized', 'Unknown admin user or wrong token.');
        return undefined;
      }
      case 'documents':
      case 'documentsOwner':
        if (!bearer) return mdocError(401, 'MDOC-401', 'UNAUTHORIZED', 'Missing Authorization: Bearer <JWT>.');
        if (bearer !== this.creds.documentsToken) {
          const claims = jwtClaims(bearer);
          if (!claims) return mdocError(401, 'MDOC-401', 'UNAUTHORIZED', 'The token is neither the sandbox token nor a readable JWT.');
          if (typeof claims.exp === 'number' && claims.exp * 1000 <= this.now().getTime()) return mdocError(401, 'MDOC-401', 'UNAUTHORIZED', 'The JWT has expired (its exp claim is in the past).');
        }
        // "AuthN and AuthZ validations have fail" is the document's 401 for both.
        if (def.auth === 'documentsOwner' && !header(headers, 'x-auth-owner')) return mdocError(401, 'MDOC-401-OWNER', 'UNAUTHORIZED', 'This operation needs the x-auth-owner header (the owner of the document or contract).');
        return undefined;
    }
  }
}

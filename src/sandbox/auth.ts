// Credentials the sandbox checks, per auth kind of the catalogue: OAuth client credentials
// (tokens issued at POST /oauth/token, valid until revoked), the admin headers, and the Documents
// bearer token with `x-auth-owner` where an operation needs it.
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
    if (b.client_id !== this.creds.clientId || b.client_secret !== this.creds.clientSecret) return { status: 401, body: { error: 'invalid_client', error_description: 'Unknown client_id or wrong client_secret.' } };
    if (b.scope !== this.creds.scope) return { status: 400, body: { error: 'invalid_scope', error_description: `scope must be "${this.creds.scope}".` } };
    const token = randomBytes(24).toString('base64url');
    this.tokens.add(token);
    this.issued++;
    return { status: 200, body: { access_token: token, token_type: 'Bearer', scope: this.creds.scope, created_at: Math.floor(this.now().getTime() / 1000) } };
  }

  /** The refusal for a request without the credentials its operation needs, or undefined. */
  check(def: EndpointDef, headers: IncomingHttpHeaders): SandboxResponse | undefined {
    const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
    switch (def.auth) {
      case 'none':
        return undefined;
      case 'oauth':
        if (!bearer) return mokError(401, 'unauthorized', 'Missing Authorization: Bearer <access_token>. Get one from POST /oauth/token.');
        if (!this.tokens.has(bearer)) return mokError(401, 'invalid_token', 'The access token is invalid or expired. Request a new one at POST /oauth/token.');
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
        if (bearer !== this.creds.documentsToken) return mdocError(401, 'MDOC-401', 'UNAUTHORIZED', 'The token is not valid for this organization.');
        if (def.auth === 'documentsOwner' && !header(headers, 'x-auth-owner')) return mdocError(403, 'MDOC-403', 'FORBIDDEN', 'This operation needs the x-auth-owner header.');
        return undefined;
    }
  }
}

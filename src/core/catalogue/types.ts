// The shape of one endpoint description. Every endpoint is described exactly once (in
// catalogue/mok.ts or catalogue/documents.ts); the client, the sandbox router, the CLI and the
// request runner all derive from these entries.
import type { z } from 'zod';

export type ApiName = 'mok' | 'documents';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/**
 * oauth: Bearer from POST /oauth/token (provider networks) · admin: X-Admin-User-Email/Token ·
 * documents: Bearer JWT · documentsOwner: Bearer JWT + x-auth-owner · none: no credentials.
 */
export type AuthKind = 'none' | 'oauth' | 'admin' | 'documents' | 'documentsOwner';

export interface EndpointDef {
  /** Stable operation id, `area.verb` (e.g. `serviceRequests.create`). Used by `mok call`. */
  readonly id: string;
  readonly api: ApiName;
  readonly method: HttpMethod;
  /**
   * Path template. MOK: `/api/v1/provider_networks/service_requests/{id}`. Documents paths include
   * the org: `/v1/orgs/{org}/dynamic_templates`; the client fills `{org}` from the environment.
   */
  readonly path: string;
  readonly auth: AuthKind;
  readonly summary: string;
  /** Path parameters other than `{org}`. */
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Multipart bodies (template create) are sent as JSON by the runner/sandbox unless said. */
  readonly bodyKind?: 'json' | 'multipart';
  /** Extra request headers the API reads (e.g. `fill-process-origin`). */
  readonly headers?: z.ZodObject;
  readonly response: z.ZodType;
  /** Status the API answers on success (200, 201, 202, 204). */
  readonly status: number;
  /** Overrides the method's default (GET/PUT/DELETE idempotent; POST/PATCH not). */
  readonly idempotent?: boolean;
  /** Query/body keys the API documents as deprecated, with the replacement. */
  readonly deprecated?: Readonly<Record<string, string>>;
  /** A realistic example request, used for scaffolds and tests. */
  readonly example?: {
    readonly params?: Readonly<Record<string, string | number>>;
    readonly query?: Readonly<Record<string, string | number>>;
    readonly body?: unknown;
  };
}

/** Keeps literal types of an entry while checking it against EndpointDef. */
export function endpoint<const D extends EndpointDef>(def: D): D {
  return def;
}

export function isIdempotent(def: EndpointDef): boolean {
  return def.idempotent ?? (def.method === 'GET' || def.method === 'PUT' || def.method === 'DELETE');
}

type InputOf<T> = T extends z.ZodType ? z.input<T> : undefined;
export type ParamsOf<E extends EndpointDef> = InputOf<E['params']>;
export type QueryOf<E extends EndpointDef> = InputOf<E['query']>;
export type BodyOf<E extends EndpointDef> = InputOf<E['body']>;
export type ResponseOf<E extends EndpointDef> = z.output<E['response']>;

/** Names of the `{placeholders}` of a path template, in order. */
export function pathPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1] ?? '');
}

/** Fills a path template; every value is URI-encoded. Throws on a missing placeholder. */
export function fillPath(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined || v === null || v === '') throw new Error(`missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(scalar(v));
  });
}

/** Compiles a path template into a matcher returning the decoded placeholders, or undefined. */
export function pathMatcher(template: string): (path: string) => Record<string, string> | undefined {
  const names = pathPlaceholders(template);
  const source = template
    .split(/\{[A-Za-z_][A-Za-z0-9_]*\}/)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  const re = new RegExp(`^${source}/?$`);
  return (path) => {
    const m = re.exec(path);
    if (!m) return undefined;
    const out: Record<string, string> = {};
    names.forEach((n, i) => {
      out[n] = decodeURIComponent(m[i + 1] ?? '');
    });
    return out;
  };
}

/** Path and query values are scalars; anything else is sent as JSON rather than "[object Object]". */
export function scalar(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v) ?? '';
}

// The shape of one endpoint description. Every endpoint is described exactly once (in
// catalogue/mok.ts or a file of catalogue/documents/); the client, the sandbox router, the CLI and
// the request runner all derive from these entries.
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
  /**
   * The body as JSON. For multipart operations this is the JSON form the documents' examples
   * show (file fields hold placeholders or `{name, content}`); `multipart` says how it travels.
   */
  readonly body?: z.ZodType;
  /** How the body travels; JSON unless `multipart`. */
  readonly bodyKind?: 'json' | 'multipart';
  /** The wire format of a multipart body (docs/decisions.md, "Multipart bodies"). */
  readonly multipart?: MultipartDef;
  /** Request headers the API reads (e.g. `fill-process-origin`, `x-auth-owner`), lower-case names. */
  readonly headers?: z.ZodObject;
  readonly response: z.ZodType;
  /** `binary`: a successful answer is the file itself (PDF, image), not JSON. Default `json`. */
  readonly responseKind?: 'json' | 'binary';
  /** Response headers the API documents for a success, name → meaning. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
  /** Status the API answers on success (200, 201, 202, 204). */
  readonly status: number;
  /** Overrides the method's default (GET/PUT/DELETE idempotent; POST/PATCH not). */
  readonly idempotent?: boolean;
  /** Query/body keys the API documents as deprecated, with the replacement. */
  readonly deprecated?: Readonly<Record<string, string>>;
  /** The API document's example (request and, when documented, its answer), for scaffolds and tests. */
  readonly example?: {
    readonly params?: Readonly<Record<string, string | number>>;
    readonly query?: Readonly<Record<string, string | number>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: unknown;
    /** The documented success answer (none for binary answers). */
    readonly response?: unknown;
  };
}

/**
 * A multipart body: the non-file fields and the file parts. `json`: one `application/json` part
 * named `part` holds the whole `model` (dynamic templates' `metadata`); `text`: one `text/plain`
 * part per top-level key of `model`, arrays joined with commas (as the documents' `-F` examples).
 */
export interface MultipartDef {
  readonly fields?:
    | { readonly encoding: 'json'; readonly part: string; readonly model: z.ZodObject }
    | { readonly encoding: 'text'; readonly model: z.ZodObject };
  readonly files: readonly MultipartFilePart[];
}

export interface MultipartFilePart {
  /** Key of the file(s) in the body's JSON form and, unless `partNameFrom`, the part's `name`. */
  readonly name: string;
  /** One part per file, all with this name (an array of binaries in the field table). */
  readonly multiple: boolean;
  readonly required: boolean;
  /** Media types the API accepts for the file. */
  readonly contentTypes: readonly string[];
  readonly description: string;
  /**
   * Each file's part is named by one of these metadata values instead (dynamic templates'
   * `sources[].template_part_name`): the metadata says which part holds which file.
   */
  readonly partNameFrom?: readonly string[];
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

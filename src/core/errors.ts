// Typed errors for everything that talks to an API. Edges (CLI, VS Code UI) turn `reason` into
// messages and exit codes; nobody inspects `message` text. Never put a secret in an error.
import { formatProblem, type Problem } from './problems/problem';

export type ApiErrorReason =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'validation'
  | 'conflict'
  | 'rateLimited'
  | 'server'
  | 'network'
  /** The TLS handshake failed: the server's certificate is not trusted. */
  | 'tls'
  /** The proxy could not be reached or refused the request. */
  | 'proxy'
  | 'timeout'
  | 'invalidResponse'
  | 'cancelled';

export interface ApiErrorInit {
  reason: ApiErrorReason;
  message: string;
  operation?: string;
  method?: string;
  /** Path without query string: query values may be personal data. */
  path?: string;
  /** The host (and port) the request went to, so a failure can say where. */
  host?: string;
  /** The system's code for a network failure (ECONNREFUSED, ENOTFOUND…). */
  code?: string;
  status?: number;
  requestId?: string;
  /** What the API (or the local check before sending) said is wrong, each at its place. */
  problems?: Problem[];
  retryAfterMs?: number;
  cause?: unknown;
}

// The extension loads the API client as a separate bundle, so an ApiError thrown there is not an
// instance of the class bundled into the views: `is()` also recognises this brand.
const API_ERROR = Symbol.for('mok-devtools.ApiError');
const INPUT_ERROR = Symbol.for('mok-devtools.InputError');

function branded(e: unknown, brand: symbol): boolean {
  return typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[brand] === true;
}

/**
 * Base of the typed errors whose `reason` callers switch on (exit codes, messages); nobody
 * inspects `message` text. Each subclass has a name and a brand (`Symbol.for`) so `isTyped` also
 * recognises an instance thrown by a copy of the class in another bundle.
 */
export abstract class TypedError<R extends string> extends Error {
  constructor(
    readonly reason: R,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `e` is an instance of `cls` (from this bundle, or any bundle through `brand`) with `reason`, when given. */
export function isTyped<E extends TypedError<string>>(e: unknown, cls: abstract new (...args: never[]) => E, brand: symbol, reason?: E['reason']): e is E {
  return (e instanceof cls || branded(e, brand)) && (reason === undefined || (e as E).reason === reason);
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly [API_ERROR] = true;
  readonly reason: ApiErrorReason;
  readonly operation?: string;
  readonly method?: string;
  readonly path?: string;
  readonly host?: string;
  readonly code?: string;
  readonly status?: number;
  readonly requestId?: string;
  readonly problems: Problem[];
  readonly retryAfterMs?: number;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = init.reason;
    this.operation = init.operation;
    this.method = init.method;
    this.path = init.path;
    this.host = init.host;
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.problems = init.problems ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }

  static is(e: unknown, reason?: ApiErrorReason): e is ApiError {
    return (e instanceof ApiError || branded(e, API_ERROR)) && (reason === undefined || (e as ApiError).reason === reason);
  }

  /** One line for logs: what, where, status, request id — never headers or bodies. */
  describe(): string {
    const where = [this.method, this.path].filter(Boolean).join(' ');
    const bits = [
      this.operation ? `${this.operation}` : undefined,
      where || undefined,
      this.status !== undefined ? `HTTP ${this.status}` : undefined,
      this.requestId ? `request-id ${this.requestId}` : undefined,
    ].filter(Boolean);
    const problems = this.problems.length ? ` — ${this.problems.map(formatProblem).join('; ')}` : '';
    return `${this.reason}: ${this.message}${bits.length ? ` (${bits.join(', ')})` : ''}${problems}`;
  }
}

export function statusToReason(status: number): ApiErrorReason {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rateLimited';
  if (status === 400 || status === 422) return 'validation';
  if (status >= 500) return 'server';
  return 'validation';
}

/** Errors for bad local input (files, flags, settings): what, where and how to fix. */
export type InputErrorReason = 'unreadable' | 'invalidJson' | 'invalidArgument' | 'missingCredential' | 'unknownOperation';

export class InputError extends TypedError<InputErrorReason> {
  override readonly name = 'InputError';
  readonly [INPUT_ERROR] = true;
  constructor(reason: InputErrorReason, message: string, readonly where?: string) {
    super(reason, message);
  }
  static is(e: unknown, reason?: InputErrorReason): e is InputError {
    return isTyped(e, InputError, INPUT_ERROR, reason);
  }
}

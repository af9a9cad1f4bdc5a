// HTTP transport on undici: pooled keep-alive connections per origin, per-request timeouts,
// caller cancellation, and bounded retries with jitter for requests that are safe to repeat.
// It knows nothing about APIs or auth; ApiClient builds on it.
import { errors as undiciErrors, request as undiciRequest, type Dispatcher } from 'undici';
import { ApiError } from '../errors';
import { sleep } from '../sleep';
import { silentLogger, type Logger } from '../logger';
import { classifyNetworkError, createDispatcher, networkFailureMessage, proxyInUse, type NetworkOptions } from './network';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  readonly signal?: AbortSignal;
  /** Safe to send twice (GET/PUT/DELETE…). Only these are retried after a network error or 5xx. */
  readonly idempotent: boolean;
  /** Catalogue operation id, for errors and logs. */
  readonly operation?: string;
  readonly timeoutMs?: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as UTF-8 text (JSON answers). */
  readonly text: string;
  /** The body's exact bytes (files: PDFs, images). */
  readonly bytes: Buffer;
  readonly attempts: number;
}

export interface HttpOptions {
  readonly dispatcher?: Dispatcher;
  readonly timeoutMs?: number;
  /** Extra attempts after the first one. */
  readonly retries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the caller gets `rateLimited`. */
  readonly maxRetryAfterMs?: number;
  readonly logger?: Logger;
  readonly random?: () => number;
  readonly userAgent?: string;
  /** Proxy and TLS settings (ignored when a dispatcher is given). */
  readonly network?: NetworkOptions;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export class HttpClient {
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly logger: Logger;
  private readonly random: () => number;
  private readonly userAgent: string;
  /** The proxy requests go through (credentials removed), for messages. */
  private readonly proxy: string | undefined;

  constructor(options: HttpOptions = {}) {
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? createDispatcher(options.network);
    this.proxy = options.dispatcher ? undefined : proxyInUse(options.network ?? {});
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 8_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.logger = options.logger ?? silentLogger;
    this.random = options.random ?? Math.random;
    this.userAgent = options.userAgent ?? 'mok-devtools';
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /**
   * Sends a request. Resolves with any HTTP status the retry policy gives up on (callers map
   * statuses to errors); rejects with ApiError for network/timeout/cancel.
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const path = safePath(req.url);
    for (let attempt = 1; ; attempt++) {
      throwIfCancelled(req, path);
      let res: HttpResponse;
      try {
        res = await this.once(req, path, attempt);
      } catch (e) {
        if (ApiError.is(e) && (e.reason === 'network' || e.reason === 'timeout') && req.idempotent && attempt <= this.retries) {
          const delay = this.backoff(attempt);
          this.logger.warn(`${req.method} ${path} attempt ${attempt} failed (${e.reason}); retrying in ${delay} ms`);
          await sleep(delay, req.signal);
          continue;
        }
        throw e;
      }
      // 429 means "not processed", so even a POST may be repeated; 5xx only when idempotent.
      const retryable = RETRYABLE_STATUS.has(res.status) && (req.idempotent || res.status === 429);
      if (!retryable || attempt > this.retries) return res;
      const retryAfter = parseRetryAfter(res.headers['retry-after']);
      if (retryAfter !== undefined && retryAfter > this.maxRetryAfterMs) return res;
      const delay = retryAfter ?? this.backoff(attempt);
      this.logger.warn(`${req.method} ${path} answered ${res.status} (attempt ${attempt}); retrying in ${delay} ms`);
      await sleep(delay, req.signal);
    }
  }

  private backoff(attempt: number): number {
    // "Full jitter": spreads retries of many clients instead of synchronising them.
    const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + (this.random() * cap) / 2);
  }

  private async once(req: HttpRequest, path: string, attempt: number): Promise<HttpResponse> {
    const timeoutMs = req.timeoutMs ?? this.timeoutMs;
    const deadline = requestDeadline(timeoutMs, req.signal);
    const started = Date.now();
    try {
      const res = await undiciRequest(req.url, {
        method: req.method,
        headers: { 'user-agent': this.userAgent, accept: 'application/json', ...req.headers },
        body: req.body,
        signal: deadline.signal,
        dispatcher: this.dispatcher,
      });
      const bytes = Buffer.from(await res.body.arrayBuffer());
      const headers = flatHeaders(res.headers);
      // Every answer at info level ("MOK: Show Log" tells what happened, not only failures): no
      // query string, header or body, so nothing personal or secret; the request id finds it server-side.
      const requestId = headers['x-request-id'];
      this.logger.info(`${req.method} ${path} → ${res.statusCode} in ${Date.now() - started} ms${requestId ? ` · request id ${requestId}` : ''}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
      return { status: res.statusCode, headers, text: bytes.toString('utf8'), bytes, attempts: attempt };
    } catch (e) {
      const ended = deadline.failure(e);
      if (ended === 'cancelled') {
        throw new ApiError({ reason: 'cancelled', message: 'The request was cancelled.', method: req.method, path, operation: req.operation, cause: e });
      }
      if (ended === 'timeout') {
        throw new ApiError({ reason: 'timeout', message: `No answer within ${timeoutMs} ms.`, method: req.method, path, host: hostOf(req.url), operation: req.operation, cause: e });
      }
      const failure = classifyNetworkError(e, this.proxy !== undefined);
      throw new ApiError({
        reason: failure.kind === 'other' ? 'network' : failure.kind,
        message: networkFailureMessage(failure, originOf(req.url), this.proxy),
        method: req.method,
        path,
        host: hostOf(req.url),
        code: failure.code,
        operation: req.operation,
        cause: e,
      });
    } finally {
      deadline.clear();
    }
  }
}

function throwIfCancelled(req: HttpRequest, path: string): void {
  if (req.signal?.aborted) throw new ApiError({ reason: 'cancelled', message: 'The request was cancelled.', method: req.method, path, operation: req.operation });
}

/** Retry-After as seconds or an HTTP date → milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const t = value.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const date = Date.parse(t);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/**
 * A request's timeout joined with the caller's signal (clear it when the request is over), and
 * how a failed request ended: cancelled by the caller, out of time, or the network.
 */
export function requestDeadline(timeoutMs: number, caller?: AbortSignal) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  return {
    signal: caller ? AbortSignal.any([caller, timeout.signal]) : timeout.signal,
    clear: () => clearTimeout(timer),
    failure(e: unknown): 'cancelled' | 'timeout' | 'network' {
      if (caller?.aborted) return 'cancelled';
      return timeout.signal.aborted || e instanceof undiciErrors.HeadersTimeoutError || e instanceof undiciErrors.BodyTimeoutError ? 'timeout' : 'network';
    },
  };
}

/** Response headers with lower-case names, repeated ones joined with ", ". */
export function flatHeaders(raw: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return headers;
}

/** Path without query: query strings may carry personal data or tokens. */
export function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** `host:port` of a URL (what an error row names). */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

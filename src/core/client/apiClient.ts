// Typed access to every catalogue operation: fills paths, adds auth, sends through HttpClient,
// maps failures to ApiError reasons and parses every response with the catalogue's zod schema.
import { OAuthTokenProvider } from '../auth/oauthTokens';
import { jwtState } from '../auth/jwt';
import { catalogue, effectivePath, type Catalogue, type OperationId } from '../catalogue/catalogue';
import { fillPath, isIdempotent, scalar, type BodyOf, type EndpointDef, type ParamsOf, type QueryOf, type ResponseOf } from '../catalogue/types';
import type { Credentials, Environment } from '../environment';
import { ApiError, InputError, statusToReason } from '../errors';
import { HttpClient, hostOf, parseRetryAfter, safePath, type HttpOptions, type HttpResponse } from '../http/http';
import { silentLogger, type Logger } from '../logger';
import { findRecovery } from './recovery';
import { encodeMultipart } from '../http/multipart';
import { multipartParts, type FileInputs } from './multipartBody';
import { checkRequest } from './requestCheck';
import { apiErrorProblems } from '../problems/fromApi';
import { zodProblems } from '../problems/fromZod';
import { formatProblem } from '../problems/problem';

export interface CallInput<E extends EndpointDef> {
  params?: ParamsOf<E>;
  query?: QueryOf<E>;
  body?: BodyOf<E>;
  headers?: Record<string, string>;
  /** Files of a multipart operation, by part name (`content`, a template's `*_part_name`…). */
  files?: FileInputs;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Send even when the request fails its catalogue check (to see what the API says). */
  force?: boolean;
}

export interface RawCallResult {
  status: number;
  headers: Readonly<Record<string, string>>;
  text: string;
  /** The exact bytes of the answer (files). */
  bytes: Buffer;
  /** The parsed JSON, or undefined for an empty/non-JSON body. */
  json: unknown;
  durationMs: number;
  url: string;
  /** What was sent, credentials left out (history, "copy as curl"). */
  sent: SentRequest;
}

/** A request as sent, without credentials: method, URL, the headers we chose, and the body. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON or form text; files as `<file name (N bytes)>`. */
  bodyText?: string;
  /** The parts of a multipart body (files by name only). */
  parts?: { name: string; filename?: string; value?: string }[];
  /** Which credential headers the client added (their values never kept). */
  auth: string[];
}

export interface ApiClientOptions {
  environment: Environment;
  credentials: () => Credentials;
  http?: HttpClient;
  httpOptions?: HttpOptions;
  logger?: Logger;
}

export class ApiClient {
  readonly environment: Environment;
  private readonly credentials: () => Credentials;
  private readonly http: HttpClient;
  private readonly ownsHttp: boolean;
  private readonly logger: Logger;
  private readonly tokens: OAuthTokenProvider;
  private warnedJwt = '';

  constructor(options: ApiClientOptions) {
    this.environment = options.environment;
    this.credentials = options.credentials;
    this.logger = options.logger ?? silentLogger;
    this.ownsHttp = options.http === undefined;
    this.http = options.http ?? new HttpClient({ logger: this.logger, ...options.httpOptions });
    this.tokens = new OAuthTokenProvider((signal) => this.fetchToken(signal));
  }

  async close(): Promise<void> {
    if (this.ownsHttp) await this.http.close();
  }

  /** Forget the cached OAuth token (credentials changed). */
  resetAuth(): void {
    this.tokens.clear();
  }

  /** Calls an operation and returns its parsed, typed response. */
  async call<K extends OperationId>(id: K, input: CallInput<Catalogue[K]> = {}, options: CallOptions = {}): Promise<ResponseOf<Catalogue[K]>> {
    const def: EndpointDef = catalogue[id];
    const res = await this.send(def, input, options);
    return this.parse(def, res) as ResponseOf<Catalogue[K]>;
  }

  /**
   * Calls an operation and returns the raw answer whatever its status (for the request runner and
   * `mok call`). Network failures, timeouts and cancellation still throw.
   */
  async callRaw(id: OperationId, input: CallInput<EndpointDef> = {}, options: CallOptions = {}): Promise<RawCallResult> {
    const def: EndpointDef = catalogue[id];
    this.check(def, input, options);
    const started = Date.now();
    const url = this.url(def, input);
    let sent: SentRequest | undefined;
    const res = await this.sendOnce(def, url, input, options, false, (s) => (sent = s));
    const json = def.responseKind === 'binary' && res.status >= 200 && res.status < 300 ? undefined : tryJson(res.text);
    return { status: res.status, headers: res.headers, text: res.text, bytes: res.bytes, json, durationMs: Date.now() - started, url: safePath(url), sent: sent ?? { method: def.method, url, headers: {}, auth: [] } };
  }

  /**
   * A file the API gave a URL for (a template version's `template_url`), fetched WITHOUT
   * credentials: such URLs point at storage (the document's examples: a cloud bucket), which must
   * never receive the Documents token. Retried like any GET; a non-2xx answer is an ApiError.
   */
  async fetchText(url: string, options: CallOptions = {}): Promise<string> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new InputError('invalidArgument', `Not a URL: ${JSON.stringify(url.slice(0, 200))}.`, 'template_url');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new InputError('invalidArgument', `Only http(s) URLs are fetched, not ${parsed.protocol}.`, 'template_url');
    const res = await this.http.send({ method: 'GET', url: parsed.toString(), headers: { accept: 'text/html, text/x-handlebars-template, text/plain, */*' }, signal: options.signal, timeoutMs: options.timeoutMs, idempotent: true, operation: 'templates.source' });
    if (res.status < 200 || res.status >= 300) {
      const reason = statusToReason(res.status);
      throw new ApiError({ reason, message: defaultMessage(reason, res.status), operation: 'templates.source', method: 'GET', path: safePath(parsed.toString()), status: res.status, requestId: res.headers['x-request-id'] });
    }
    return res.text;
  }

  /** Refuses a request that fails its catalogue check (params, query, headers, body), every problem listed. */
  private check(def: EndpointDef, input: CallInput<EndpointDef>, options: CallOptions): void {
    if (options.force) return;
    // The owner header the client adds from the credentials counts as given.
    const owner = def.auth === 'documentsOwner' ? this.credentials().documentsOwner : undefined;
    const headers = owner && !Object.keys(input.headers ?? {}).some((k) => k.toLowerCase() === 'x-auth-owner') ? { ...input.headers, 'x-auth-owner': owner } : input.headers;
    const problems = checkRequest(def, { ...input, headers }).filter((p) => p.severity === 'error');
    if (def.multipart) problems.push(...multipartParts(def, input.body, input.files).problems);
    if (problems.length) {
      throw new ApiError({ reason: 'validation', message: `The request for ${def.id} is not valid; nothing was sent.`, operation: def.id, method: def.method, problems });
    }
  }

  /**
   * The text at a URL an answer handed out (a template's `template_url`): a plain GET, with the
   * Documents token only when the URL is on the Documents API's own origin.
   */
  async download(url: string, options: CallOptions = {}): Promise<string> {
    const headers: Record<string, string> = { accept: '*/*' };
    const token = this.credentials().documentsToken;
    if (token && originOf(url) === originOf(this.environment.documentsBaseUrl)) headers.authorization = `Bearer ${token}`;
    const res = await this.http.send({ method: 'GET', url, headers, signal: options.signal, timeoutMs: options.timeoutMs, idempotent: true, operation: 'download' });
    if (res.status >= 200 && res.status < 300) return res.text;
    const reason = statusToReason(res.status);
    throw new ApiError({ reason, message: defaultMessage(reason, res.status), method: 'GET', path: safePath(url), host: hostOf(url), status: res.status, requestId: res.headers['x-request-id'] });
  }

  private async send(def: EndpointDef, input: CallInput<EndpointDef>, options: CallOptions): Promise<HttpResponse> {
    // Checked locally first: the user sees every problem before anything is sent.
    this.check(def, input, options);
    const url = this.url(def, input);
    try {
      const res = await this.sendOnce(def, url, input, options);
      if (res.status >= 200 && res.status < 300) return res;
      throw this.errorFrom(def, url, res);
    } catch (e) {
      const recovered = await this.recover(def, input, options, e);
      if (recovered) return recovered;
      throw e;
    }
  }

  /**
   * A create that failed with 5xx or lost its connection may have been stored anyway. When the
   * catalogue gives a way to find it (service requests by external_id), look before sending it
   * again, so a retry never creates a duplicate. After a timeout the server may still be working
   * on it (a lookup that finds nothing proves nothing yet): it is never sent again, and the error
   * says how to check.
   */
  private async recover(def: EndpointDef, input: CallInput<EndpointDef>, options: CallOptions, e: unknown): Promise<HttpResponse | undefined> {
    if (isIdempotent(def) || !ApiError.is(e) || !['timeout', 'network', 'server'].includes(e.reason)) return undefined;
    const recovery = findRecovery(def.id, input.body);
    if (!recovery) return undefined;
    let failure: ApiError = e;
    for (let attempt = 0; attempt < 2; attempt++) {
      this.logger.warn(`${def.id} failed (${failure.reason}); checking whether it was stored before retrying`);
      const lookup: EndpointDef = catalogue[recovery.lookup];
      const found = await this.sendOnce(lookup, this.url(lookup, { query: recovery.query }), { query: recovery.query }, options);
      if (found.status >= 200 && found.status < 300) {
        const existing = recovery.extract(tryJson(found.text));
        if (existing !== undefined) {
          this.logger.info(`${def.id}: found the request already stored; not sending it again`);
          const text = JSON.stringify(existing);
          return { status: def.status, headers: found.headers, text, bytes: Buffer.from(text), attempts: found.attempts };
        }
      }
      if (failure.reason === 'timeout') {
        throw new ApiError({ reason: 'timeout', message: `${failure.message} It may still be stored: look for ${recovery.describe} before sending it again.`, operation: def.id, method: def.method, path: failure.path, host: failure.host, cause: failure });
      }
      try {
        const again = await this.sendOnce(def, this.url(def, input), input, options);
        if (again.status >= 200 && again.status < 300) return again;
        throw this.errorFrom(def, this.url(def, input), again);
      } catch (e2) {
        if (!ApiError.is(e2) || !['timeout', 'network', 'server'].includes(e2.reason)) throw e2;
        failure = e2;
      }
    }
    return undefined;
  }

  private async sendOnce(def: EndpointDef, url: string, input: CallInput<EndpointDef>, options: CallOptions, retriedAuth = false, onSent?: (s: SentRequest) => void): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...(input.headers ?? {}) };
    const auth: string[] = [];
    let token: string | undefined;
    if (def.auth === 'oauth') {
      token = await this.tokens.get(options.signal);
      headers.authorization = `Bearer ${token}`;
      auth.push('authorization');
    } else if (def.auth === 'admin') {
      const c = this.credentials();
      if (!c.adminEmail || !c.adminToken) throw missing(`admin email and token`, this.environment.name);
      headers['x-admin-user-email'] = c.adminEmail;
      headers['x-admin-user-token'] = c.adminToken;
      auth.push('x-admin-user-email', 'x-admin-user-token');
    } else if (def.auth === 'documents' || def.auth === 'documentsOwner') {
      const c = this.credentials();
      if (!c.documentsToken) throw missing('Documents API token', this.environment.name);
      this.warnJwt(c.documentsToken);
      headers.authorization = `Bearer ${c.documentsToken}`;
      auth.push('authorization');
      // The caller's x-auth-owner (an example, the runner's header) wins over the environment's.
      const ownerGiven = Object.keys(headers).some((k) => k.toLowerCase() === 'x-auth-owner');
      if (def.auth === 'documentsOwner' && !ownerGiven) {
        if (!c.documentsOwner) throw missing('x-auth-owner value', this.environment.name);
        headers['x-auth-owner'] = c.documentsOwner;
      }
    }
    let body: string | Buffer | undefined;
    let bodyText: string | undefined;
    let sentParts: SentRequest['parts'];
    if (def.multipart && (input.body !== undefined || input.files)) {
      const { parts } = multipartParts(def, input.body, input.files);
      const encoded = encodeMultipart(parts);
      body = encoded.body;
      headers['content-type'] = encoded.contentType;
      sentParts = parts.map((p) => (p.filename !== undefined ? { name: p.name, filename: p.filename } : { name: p.name, value: typeof p.data === 'string' ? p.data : '<binary>' }));
      bodyText = parts.map((p) => (p.filename !== undefined ? `${p.name}=<${p.filename} (${typeof p.data === 'string' ? Buffer.byteLength(p.data) : p.data.length} bytes)>` : `${p.name}=${typeof p.data === 'string' ? p.data : '<binary>'}`)).join('\n');
    } else if (input.body !== undefined) {
      body = JSON.stringify(input.body);
      bodyText = body;
      headers['content-type'] = 'application/json';
    }
    onSent?.({ method: def.method, url, headers: Object.fromEntries(Object.entries(headers).filter(([k]) => !auth.includes(k))), bodyText, ...(sentParts ? { parts: sentParts } : {}), auth });
    const res = await this.http.send({ method: def.method, url, headers, body, signal: options.signal, timeoutMs: options.timeoutMs, idempotent: isIdempotent(def), operation: def.id });
    if (res.status === 401 && token && !retriedAuth) {
      this.logger.info(`${def.id}: token rejected (401); fetching a new one and retrying once`);
      this.tokens.invalidate(token);
      return this.sendOnce(def, url, input, options, true, onSent);
    }
    return res;
  }

  private async fetchToken(signal?: AbortSignal): Promise<string> {
    const c = this.credentials();
    if (!c.clientId || !c.clientSecret) throw missing('OAuth client id and secret', this.environment.name);
    const def: EndpointDef = catalogue['auth.token'];
    const body = { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, scope: c.scope || 'provider_networks' };
    const url = this.url(def, {});
    const res = await this.http.send({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal, idempotent: true, operation: def.id });
    if (res.status < 200 || res.status >= 300) throw this.errorFrom(def, url, res);
    const parsed = this.parse(def, res);
    if (parsed && typeof parsed === 'object' && 'access_token' in parsed && typeof parsed.access_token === 'string') return parsed.access_token;
    throw new ApiError({ reason: 'invalidResponse', message: 'The token endpoint answered without an access_token.', operation: def.id, path: safePath(url), status: res.status });
  }

  private warnJwt(token: string): void {
    const s = jwtState(token);
    const key = `${s.state}:${token.length}`;
    if (this.warnedJwt === key) return;
    if (s.state === 'expired') this.logger.warn(`The Documents API token of "${this.environment.name}" expired ${Math.round(s.msAgo / 60000)} min ago; calls will answer 401.`);
    if (s.state === 'expiringSoon') this.logger.warn(`The Documents API token of "${this.environment.name}" expires in ${Math.round(s.msLeft / 60000)} min.`);
    this.warnedJwt = key;
  }

  url(def: EndpointDef, input: CallInput<EndpointDef>): string {
    const base = def.api === 'mok' ? this.environment.mokBaseUrl : this.environment.documentsBaseUrl;
    // A caller's `org` (another tenant) wins; an undefined one does not erase the environment's.
    const given = Object.fromEntries(Object.entries(input.params ?? {}).filter(([, v]) => v !== undefined));
    const params: Record<string, unknown> = { org: this.environment.org, ...given };
    let path: string;
    try {
      path = fillPath(effectivePath(def, this.environment.pathOverrides), params);
    } catch (e) {
      throw new InputError('invalidArgument', e instanceof Error ? e.message : String(e), def.id);
    }
    const url = new URL(base.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(input.query ?? {})) {
      if (v === undefined || v === null || v === '') continue;
      url.searchParams.set(k, scalar(v));
    }
    return url.toString();
  }

  private parse(def: EndpointDef, res: HttpResponse): unknown {
    // A file (PDF, image) is handed over as its bytes.
    if (def.responseKind === 'binary') return res.bytes;
    const json = tryJson(res.text);
    if (res.text.trim() !== '' && json === undefined) {
      throw new ApiError({ reason: 'invalidResponse', message: `${def.id} answered with a body that is not JSON.`, operation: def.id, method: def.method, status: res.status, requestId: res.headers['x-request-id'] });
    }
    const parsed = def.response.safeParse(json === undefined ? null : json);
    if (!parsed.success) {
      const problems = zodProblems(parsed.error, json, { schema: def.response });
      throw new ApiError({
        reason: 'invalidResponse',
        message: `${def.id} answered with an unexpected shape: ${problems.map(formatProblem).join('; ')}`,
        operation: def.id,
        method: def.method,
        status: res.status,
        requestId: res.headers['x-request-id'],
        problems,
      });
    }
    return parsed.data;
  }

  private errorFrom(def: EndpointDef, url: string, res: HttpResponse): ApiError {
    const reason = statusToReason(res.status);
    const problems = apiErrorProblems(def.api, tryJson(res.text));
    return new ApiError({
      reason,
      message: defaultMessage(reason, res.status),
      operation: def.id,
      method: def.method,
      path: safePath(url),
      host: hostOf(url),
      status: res.status,
      requestId: res.headers['x-request-id'],
      problems,
      // Seconds or an HTTP date, as the header allows.
      retryAfterMs: parseRetryAfter(res.headers['retry-after']),
    });
  }
}

function missing(what: string, env: string): InputError {
  return new InputError('missingCredential', `No ${what} for environment "${env}". Set them with "MOK: Set Credentials…" (or the MOK_* environment variables for the CLI).`, env);
}

function defaultMessage(reason: ApiError['reason'], status: number): string {
  switch (reason) {
    case 'unauthorized':
      return 'The API rejected the credentials (401).';
    case 'forbidden':
      return 'These credentials may not do this (403).';
    case 'notFound':
      return 'Not found (404).';
    case 'conflict':
      return 'The API refused because of a conflict (409).';
    case 'rateLimited':
      return 'Too many requests (429); try again later.';
    case 'server':
      return `The API failed (${status}).`;
    case 'validation':
      return `The API rejected the request (${status}).`;
    default:
      return `HTTP ${status}.`;
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function tryJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

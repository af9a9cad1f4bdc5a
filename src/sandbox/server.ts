// The sandbox HTTP server: routes every catalogue path to the MOK / Documents handlers, checks the
// credentials each endpoint's auth kind needs, injects faults, delivers signed webhooks and serves
// the `/__sandbox/` control endpoints. The HTTP plumbing (raw bodies, 413, sockets, Host check) is
// core/server/rawServer.ts. It is a product feature: partners point their backend at it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { allEndpoints, isOperationId } from '../core/catalogue/catalogue';
import { openApiDocument } from '../core/catalogue/openapi';
import { pathMatcher, type EndpointDef } from '../core/catalogue/types';
import { sandboxCredentials, secretValues, type Credentials } from '../core/environment';
import { silentLogger, type Logger } from '../core/logger';
import { checkRequest } from '../core/client/requestCheck';
import { lastSegment } from '../core/json/pointer';
import type { Problem } from '../core/problems/problem';
import { startRawServer, type RawRequest, type RawResponse } from '../core/server/rawServer';
import { SandboxAuth } from './auth';
import { controlRequest, unknownControl, type ControlDeps } from './control';
import { Traffic, WebhookDeliverySettings, platformResponse } from './webhookDelivery';
import { createDocumentsSandbox } from './documents/handlers';
import { mdocError, mdocProblemsResponse, mokError, mokProblemsResponse } from './errors';
import { Faults, retryAfterValue, type QueuedFault } from './faults';
import { createMokSandbox } from './mok/handlers';
import { RequestJournal, parseJournalFilter } from './journal';
import { isMultipart, jsonFormOf, parseMultipart, type MultipartPart } from './multipart';
import { serializeState, type SandboxSnapshot } from './state';
import type { Handler, SandboxHost, SandboxRequest, SandboxResponse } from './types';
import { WebhookDispatcher } from '../core/webhooks/delivery';
import type { AuthJsonKeys, DeliveryAuthMode } from '../core/webhooks/deliveryAuth';
import type { PlatformEventRequest } from '../core/webhooks/sandboxControl';

export type { QueuedFault } from './faults';

export interface SandboxOptions {
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Number of seeded service requests (default SANDBOX_DEFAULT_SEED_SIZE). */
  seedSize?: number;
  /** PRNG seed of the generated data (default: fixed, so every run sees the same data). */
  seed?: number;
  webhookUrl?: string;
  latencyMs?: number;
  /** Probability (0..1) that a request answers 503 instead of being handled. */
  faultRate?: number;
  credentials?: Partial<Credentials>;
  logger?: Logger;
  /** Clock for the handlers (tests move time forward). */
  now?: () => Date;
  /** Webhook redelivery: the first retry delay (default 500 ms; doubles each time), the cap on a delay (default 60 s), attempts before giving up (default 10). */
  webhookBaseDelayMs?: number;
  webhookMaxDelayMs?: number;
  webhookMaxAttempts?: number;
  /**
   * Whether the partner's own creates and updates (through the API) send webhooks too. Default
   * false: the API document sends them for changes "from one of our platforms", which the sandbox
   * makes with POST /__sandbox/events and in traffic mode.
   */
  partnerWebhooks?: boolean;
  /** The delivery auth mode (credentials from `credentials`: webhookAuthUsername/Password/Token). */
  webhookAuth?: DeliveryAuthMode;
  /** JSON keys of the fetched-Bearer exchange (default username, password, token). */
  webhookAuthKeys?: Partial<AuthJsonKeys>;
  /** Where a fetched Bearer token comes from (default: the sandbox's own /__sandbox/webhook-auth/token). */
  webhookAuthUrl?: string;
  /** Traffic mode: every this many seconds MOK's platforms create a request or move one on. */
  simulateEverySeconds?: number;
  /** Requests the journal keeps (default 500). */
  journalCapacity?: number;
  /** Data to start from instead of the seed (`mok sandbox --state`); a bad snapshot throws. */
  initialState?: SandboxSnapshot;
  /** Saves the data where the caller keeps it (`POST /__sandbox/state`); answers where. */
  persist?: (snapshot: SandboxSnapshot) => Promise<string>;
}

/** How the sandbox delivers webhooks; every part optional when changing it. */
export interface SandboxWebhookConfig {
  url?: string | null;
  auth?: DeliveryAuthMode;
  authKeys?: Partial<AuthJsonKeys>;
  authUrl?: string | null;
  partnerWebhooks?: boolean;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  reset(): void;
  queueFault(f: QueuedFault): void;
  webhooks: WebhookDispatcher;
  credentials: Required<Credentials>;
  /** Changes where and how webhooks are delivered (the extension points them at its inbox). */
  configureWebhooks(config: SandboxWebhookConfig): void;
  /** A MOK-side event, as POST /__sandbox/events makes it. */
  triggerEvent(request: PlatformEventRequest): SandboxResponse;
  /** Traffic mode on (seconds between events) or off (0). */
  simulate(everySeconds: number): void;
  journal: RequestJournal;
  /** Every record of both APIs, as `--state` files keep them. */
  snapshot(): SandboxSnapshot;
}

/** What the journal learns about a request while it is handled. */
interface RequestContext {
  requestId: string;
  operation?: string;
  api?: 'mok' | 'documents';
  deliveries: string[];
}

interface Route {
  def: EndpointDef;
  methods: string[];
  match: (path: string) => Record<string, string> | undefined;
}

const DOCUMENTS_PREFIX = /^\/v1\/orgs\//;

/** An error in the shape of the API the path belongs to (MDOC for the Documents API). */
function apiError(path: string, status: number, code: string, detail: string): SandboxResponse {
  if (DOCUMENTS_PREFIX.test(path)) return mdocError(status, `MDOC-${status}`, code.toUpperCase(), detail);
  return mokError(status, code, detail);
}

type ParsedBody = { ok: true; body: unknown; parts?: MultipartPart[] } | { ok: false; response: SandboxResponse };

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const logger = options.logger ?? silentLogger;
  const creds: Required<Credentials> = { ...sandboxCredentials, ...stripUndefined(options.credentials ?? {}) };
  const now = options.now ?? (() => new Date());
  let baseUrl = '';
  const webhooks = new WebhookDispatcher({ url: options.webhookUrl, secret: creds.webhookSecret, fromHost: 'sandbox.mok.local', logger, baseDelayMs: options.webhookBaseDelayMs, maxDelayMs: options.webhookMaxDelayMs, maxAttempts: options.webhookMaxAttempts });
  const delivery = new WebhookDeliverySettings(webhooks, creds, () => baseUrl, options);
  const host: SandboxHost = {
    emitWebhook: (event, payload, origin) => {
      const d = webhooks.emit(event, payload, origin);
      if (d) requestContext.getStore()?.deliveries.push(d.id);
      return d?.id;
    },
    partnerWebhooks: () => delivery.partnerWebhooks,
    baseUrl: () => baseUrl,
    webhookUrl: () => webhooks.url,
    now,
  };
  const mok = createMokSandbox(host, { seedSize: options.seedSize, seed: options.seed });
  const traffic = new Traffic(mok.platform, logger);
  const docs = createDocumentsSandbox(host, {});
  const snapshot = (): SandboxSnapshot => ({ mok: mok.snapshot(), documents: docs.store.snapshot() });
  if (options.initialState) {
    mok.restore(options.initialState.mok);
    docs.store.restore(options.initialState.documents);
  }
  const handlers: Record<string, Handler> = { ...mok.handlers, ...docs.handlers };
  const routes: Route[] = allEndpoints().map((def) => ({
    def,
    // The sandbox also accepts PUT where the API documents PATCH (docs/decisions.md).
    methods: def.method === 'PATCH' ? ['PATCH', 'PUT'] : [def.method],
    match: pathMatcher(def.path),
  }));
  const auth = new SandboxAuth(creds, now);
  const journal = new RequestJournal({ capacity: options.journalCapacity, secrets: secretValues(creds) });
  const requestContext = new AsyncLocalStorage<RequestContext>();
  const faults = new Faults({ latencyMs: options.latencyMs, faultRate: options.faultRate });

  function reset(): void {
    mok.reset();
    docs.reset();
    auth.revokeAll();
    faults.clear();
    webhooks.clear();
  }

  let openapi: Record<string, unknown> | undefined;
  const controlDeps: ControlDeps = {
    stats: () => ({ ...mok.stats(), tokensIssued: auth.tokensIssued }),
    reset,
    faults,
    webhooks,
    revokeTokens: () => auth.revokeAll(),
    delivery,
    platformEvent: (r) => platformResponse(mok.platform, r, webhooks),
    simulate: (seconds) => traffic.every(seconds),
    trafficSeconds: () => traffic.seconds,
  };

  function parseBody(req: RawRequest): ParsedBody {
    if (!req.body.length) return { ok: true, body: undefined };
    const ct = req.headers['content-type'] ?? '';
    if (isMultipart(ct)) {
      const parts = parseMultipart(req.body, ct);
      if (parts) return { ok: true, body: undefined, parts };
      // The document's curl examples send JSON under `Content-Type: multipart/mixed` (no boundary).
    }
    try {
      return { ok: true, body: JSON.parse(req.body.toString('utf8')) as unknown };
    } catch (e) {
      if (isMultipart(ct)) return { ok: true, body: undefined };
      return { ok: false, response: apiError(req.url.pathname, 400, 'invalid_json', `The body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`) };
    }
  }

  /** `/__sandbox/state`: the data as a state file (GET) or saved where `--state` says (POST). */
  async function stateRequest(method: string): Promise<SandboxResponse | undefined> {
    if (method === 'GET') return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, text: serializeState(snapshot(), now()) };
    if (method !== 'POST') return undefined;
    if (!options.persist) return { status: 409, body: { errors: [{ status: 409, code: 'no_state_file', detail: 'This sandbox was started without --state FILE; GET /__sandbox/state returns the data instead.' }] } };
    try {
      return { status: 200, body: { saved: await options.persist(snapshot()), saved_at: now().toISOString() } };
    } catch (e) {
      logger.error(`sandbox: saving the state failed: ${e instanceof Error ? e.message : String(e)}`);
      return { status: 500, body: { errors: [{ status: 500, code: 'state_not_saved', detail: `The state could not be saved: ${e instanceof Error ? e.message : String(e)}` }] } };
    }
  }

  function route(method: string, path: string): { route: Route; params: Record<string, string> } | 'wrongMethod' | undefined {
    let wrongMethod = false;
    for (const r of routes) {
      const params = r.match(path);
      if (!params) continue;
      if (r.methods.includes(method)) return { route: r, params };
      wrongMethod = true;
    }
    return wrongMethod ? 'wrongMethod' : undefined;
  }

  async function handle(req: RawRequest, res: ServerResponse, current: RequestContext): Promise<RawResponse | 'handled'> {
    const requestId = current.requestId;
    const reply = (out: SandboxResponse): RawResponse => wire(out, requestId);
    const method = req.method;
    const path = req.url.pathname;
    const parsed = parseBody(req);

    if (method === 'GET' && path === '/openapi.json') {
      // Generated once, on first request: the catalogue as OpenAPI 3.1 with this sandbox as server.
      openapi ??= openApiDocument({ mokBaseUrl: baseUrl, documentsBaseUrl: baseUrl });
      return reply({ status: 200, body: openapi });
    }

    if (path === '/__sandbox/requests' || path === '/__sandbox/requests/stream') {
      if (method === 'DELETE' && path === '/__sandbox/requests') {
        journal.clear();
        return reply({ status: 204 });
      }
      if (method !== 'GET') return reply(unknownControl(method, path));
      const filter = parseJournalFilter(req.url.searchParams, isOperationId);
      if (typeof filter === 'string') return reply({ status: 400, body: { errors: [{ status: 400, code: 'invalid_filter', detail: filter }] } });
      if (path === '/__sandbox/requests') return reply({ status: 200, body: { requests: journal.list(filter) } });
      journal.stream(res, filter);
      return 'handled';
    }

    if (path.startsWith('/__sandbox/')) {
      if (!parsed.ok) return reply(parsed.response);
      const st = path === '/__sandbox/state' ? await stateRequest(method) : undefined;
      if (st) return reply(st);
      const c = controlRequest(controlDeps, method, path, parsed.body);
      if (c) return reply(c);
      const raw = docs.rawRoutes.find((r) => r.method === method && pathMatcher(r.path)(path));
      if (raw) {
        const params = pathMatcher(raw.path)(path) ?? {};
        return reply(await raw.handle({ operation: 'raw', method, path, params, query: req.url.searchParams, headers: req.headers, body: parsed.body, rawBody: req.body }));
      }
      return reply(unknownControl(method, path));
    }

    const matched = route(method, path);
    if (!matched || matched === 'wrongMethod') {
      const status = matched === 'wrongMethod' ? 405 : 404;
      return reply(apiError(path, status, status === 405 ? 'method_not_allowed' : 'not_found', `${method} ${path} is not an endpoint of the MOK or Documents API.`));
    }
    const { def } = matched.route;
    current.operation = def.id;
    current.api = def.api;
    const fault = faults.take(def.id);
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (fault?.kind === 'delay') await delay(fault.delayMs ?? 1000);
    if (fault?.kind === 'reset') {
      res.socket?.destroy();
      return 'handled';
    }
    const injected = (status: number, detail: string) => reply(apiError(path, status, 'injected_fault', detail));
    if (fault?.kind === 'status') return injected(fault.status ?? 500, 'Fault injected by the sandbox.');
    if (fault?.kind === 'rateLimit') {
      const out = apiError(path, 429, 'rate_limited', 'Too many requests (fault injected by the sandbox).');
      return reply({ ...out, headers: { 'retry-after': retryAfterValue(fault) } });
    }
    if (faults.randomFault()) return injected(503, 'Random fault injected by the sandbox (--fault-rate).');
    if (!parsed.ok) return reply(parsed.response);

    if (def.id === 'auth.token') return reply(auth.issueToken(parsed.body));
    const denied = auth.check(def, req.headers);
    if (denied) return reply(denied);
    if (def.api === 'documents' && matched.params.org !== undefined && !docs.store.org(matched.params.org)) {
      // After authentication, as the API does: an unauthenticated caller learns nothing about orgs.
      return reply(mdocError(404, 'MDOC-404-ORG', 'NOT_FOUND', `Organization "${matched.params.org}" does not exist. Use masmovil or yoigo.`));
    }
    // The catalogue is the contract: path params, query and the headers the API reads are checked
    // before any handler runs (bodies are checked by the handlers, which know the API's codes).
    const query = Object.fromEntries(req.url.searchParams);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : (v ?? '')]));
    const refused = checkRequest(def, { params: matched.params, query, headers }, { checkBody: false }).filter((p) => p.severity === 'error');
    if (refused.length) return reply(def.api === 'documents' ? mdocProblemsResponse(400, refused, () => 'MDOC-400-INVALID-REQUEST') : mokQueryRefusal(refused));
    const handler = handlers[def.id];
    if (!handler) return reply(apiError(path, 501, 'not_simulated', `The sandbox does not simulate ${def.id} yet (the real API answers it).`));
    const form = parsed.parts ? jsonFormOf(def.multipart, parsed.parts) : undefined;
    const sreq: SandboxRequest = { operation: def.id, method, path, params: matched.params, query: req.url.searchParams, headers: req.headers, body: form ? form.body : parsed.body, rawBody: req.body, uploads: form?.uploads };
    let out: SandboxResponse;
    try {
      out = await handler(sreq);
    } catch (e) {
      logger.error(`sandbox handler ${def.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      out = apiError(path, 500, 'internal_error', 'The sandbox failed to handle this request (see its log).');
    }
    if (fault?.kind === 'afterCommit') {
      // The change is stored but the client never hears about it: what makes blind retries create duplicates.
      if (fault.status) return injected(fault.status, 'Fault injected after the change was stored.');
      res.socket?.destroy();
      return 'handled';
    }
    if (fault?.kind === 'malformed') return { status: out.status, headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: '{"truncated": ' };
    logger.debug(`${method} ${path} → ${out.status} (${def.id})`);
    return reply(out);
  }

  /** Runs a request with its context (so webhooks it causes are linked to it) and journals it. */
  async function journaled(req: RawRequest, res: ServerResponse): Promise<RawResponse | 'handled'> {
    const current: RequestContext = { requestId: randomUUID(), deliveries: [] };
    const started = performance.now();
    const out = await requestContext.run(current, () => handle(req, res, current));
    if (!req.url.pathname.startsWith('/__sandbox/')) {
      journal.record({
        requestId: current.requestId,
        time: req.receivedAt,
        client: req.remoteAddress,
        method: req.method,
        path: req.url.pathname,
        query: req.url.searchParams,
        operation: current.operation,
        api: current.api,
        // A dropped connection (an injected reset) has no status: 0.
        status: out === 'handled' ? (res.headersSent ? res.statusCode : 0) : out.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        headers: req.headers,
        requestBody: req.body,
        responseBody: out === 'handled' ? undefined : out.body,
        deliveries: current.deliveries,
      });
    }
    return out;
  }

  const server = await startRawServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 4010,
    logger,
    handle: (req, raw) => journaled(req, raw.res),
    errorResponse: (status, message, path) => wire(apiError(path, status, status === 413 ? 'payload_too_large' : status === 421 ? 'misdirected_request' : 'internal_error', message), randomUUID()),
  });
  baseUrl = server.url;
  logger.info(`sandbox listening on ${baseUrl}`);
  delivery.apply();
  if (options.simulateEverySeconds) traffic.every(options.simulateEverySeconds);

  return {
    url: server.url,
    port: server.port,
    credentials: creds,
    webhooks,
    journal,
    snapshot,
    reset,
    queueFault: (f) => faults.push(f),
    configureWebhooks: (config) => delivery.configure(config),
    triggerEvent: (r) => platformResponse(mok.platform, r, webhooks),
    simulate: (seconds) => traffic.every(seconds),
    close: async () => {
      traffic.every(0);
      webhooks.close();
      journal.close();
      await server.close();
    },
  };
}

/**
 * MOK's refusal of a request whose parameters break the catalogue. A missing required parameter
 * answers as the API document says for the provider ranking: 422 with detail
 * `missing_required_params`, naming the parameter in `source`.
 */
function mokQueryRefusal(problems: readonly Problem[]): SandboxResponse {
  const missing = problems.filter((p) => p.code === 'field/missing');
  if (missing.length === problems.length) {
    return { status: 422, body: { errors: missing.map((p) => ({ status: 422, code: 'missing_required_params', detail: 'missing_required_params', source: { parameter: lastSegment(p.pointer) } })) } };
  }
  return mokProblemsResponse(422, problems.map((p) => ({ ...p, source: lastSegment(p.pointer) })));
}

/** A handler's answer as bytes on the wire (JSON unless it is raw text), with its request id. */
function wire(out: SandboxResponse, requestId: string): RawResponse {
  const headers: Record<string, string> = { ...(out.headers ?? {}), 'x-request-id': requestId };
  if (out.bytes !== undefined) {
    headers['content-type'] ??= 'application/octet-stream';
    return { status: out.status, headers, body: out.bytes };
  }
  if (out.text !== undefined) {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    return { status: out.status, headers, body: out.text };
  }
  if (out.body === undefined || out.status === 204) return { status: out.status, headers };
  headers['content-type'] = 'application/json; charset=utf-8';
  return { status: out.status, headers, body: JSON.stringify(out.body) };
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// The sandbox HTTP server: routes every catalogue path to the MOK / Documents handlers, checks the
// credentials each endpoint's auth kind needs, injects faults, delivers signed webhooks and serves
// the `/__sandbox/` control endpoints. The HTTP plumbing (raw bodies, 413, sockets, Host check) is
// core/server/rawServer.ts. It is a product feature: partners point their backend at it.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { allEndpoints } from '../core/catalogue/catalogue';
import { pathMatcher, type EndpointDef } from '../core/catalogue/types';
import { sandboxCredentials, type Credentials } from '../core/environment';
import { silentLogger, type Logger } from '../core/logger';
import { startRawServer, type RawRequest, type RawResponse } from '../core/server/rawServer';
import { SandboxAuth } from './auth';
import { controlRequest, unknownControl } from './control';
import { createDocumentsSandbox } from './documents/handlers';
import { mdocError, mokError } from './errors';
import { Faults, type QueuedFault } from './faults';
import { createMokSandbox } from './mok/handlers';
import { isMultipart, jsonFormOf, parseMultipart, type MultipartPart } from './multipart';
import { serializeState, type SandboxSnapshot } from './state';
import type { Handler, SandboxHost, SandboxRequest, SandboxResponse } from './types';
import { WebhookDispatcher } from './webhooks';

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
  webhookBaseDelayMs?: number;
  /** Data to start from instead of the seed (`mok sandbox --state`); a bad snapshot throws. */
  initialState?: SandboxSnapshot;
  /** Saves the data where the caller keeps it (`POST /__sandbox/state`); answers where. */
  persist?: (snapshot: SandboxSnapshot) => Promise<string>;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  reset(): void;
  queueFault(f: QueuedFault): void;
  webhooks: WebhookDispatcher;
  credentials: Required<Credentials>;
  /** Every record of both APIs, as `--state` files keep them. */
  snapshot(): SandboxSnapshot;
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
  const webhooks = new WebhookDispatcher({ url: options.webhookUrl, secret: creds.webhookSecret, fromHost: 'sandbox.mok.local', logger, baseDelayMs: options.webhookBaseDelayMs });
  const host: SandboxHost = {
    emitWebhook: (event, payload) => void webhooks.emit(event, payload),
    baseUrl: () => baseUrl,
    webhookUrl: () => webhooks.url,
    now,
  };
  const mok = createMokSandbox(host, { seedSize: options.seedSize, seed: options.seed });
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
  const faults = new Faults({ latencyMs: options.latencyMs, faultRate: options.faultRate });

  function reset(): void {
    mok.reset();
    docs.reset();
    auth.revokeAll();
    faults.clear();
    webhooks.clear();
  }

  const controlDeps = { stats: () => ({ ...mok.stats(), tokensIssued: auth.tokensIssued }), reset, faults, webhooks, revokeTokens: () => auth.revokeAll() };

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

  async function handle(req: RawRequest, res: ServerResponse): Promise<RawResponse | 'handled'> {
    const requestId = randomUUID();
    const reply = (out: SandboxResponse): RawResponse => wire(out, requestId);
    const method = req.method;
    const path = req.url.pathname;
    const parsed = parseBody(req);

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
      return reply({ ...out, headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) } });
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

  const server = await startRawServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 4010,
    logger,
    handle: (req, raw) => handle(req, raw.res),
    errorResponse: (status, message, path) => wire(apiError(path, status, status === 413 ? 'payload_too_large' : status === 421 ? 'misdirected_request' : 'internal_error', message), randomUUID()),
  });
  baseUrl = server.url;
  logger.info(`sandbox listening on ${baseUrl}`);

  return {
    url: server.url,
    port: server.port,
    credentials: creds,
    webhooks,
    snapshot,
    reset,
    queueFault: (f) => faults.push(f),
    close: async () => {
      webhooks.close();
      await server.close();
    },
  };
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

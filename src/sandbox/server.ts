// The sandbox HTTP server: routes every catalogue path to the MOK / Documents handlers, checks the
// credentials each endpoint's auth kind needs, injects faults, delivers signed webhooks and serves
// the `/__sandbox/` control endpoints. It is a product feature: partners point their backend at it.
import { randomBytes, randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { allEndpoints } from '../core/catalogue/catalogue';
import { pathMatcher, type EndpointDef } from '../core/catalogue/types';
import { sandboxCredentials, type Credentials } from '../core/environment';
import { silentLogger, type Logger } from '../core/logger';
import { createDocumentsSandbox } from './documents/handlers';
import { createMokSandbox } from './mok/handlers';
import { mdocError, mokError, type Handler, type SandboxHost, type SandboxRequest, type SandboxResponse } from './types';
import { WebhookDispatcher } from '../core/webhooks/delivery';

export interface SandboxOptions {
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Number of seeded service requests (default 240). */
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
}

/** A fault queued through `/__sandbox/faults` for the next matching request(s). */
export interface QueuedFault {
  kind: 'status' | 'rateLimit' | 'reset' | 'malformed' | 'delay' | 'afterCommit';
  /** Only requests to this operation id (default: any). */
  operation?: string;
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  /** How many requests it applies to (default 1). */
  count?: number;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  reset(): void;
  queueFault(f: QueuedFault): void;
  webhooks: WebhookDispatcher;
  credentials: Required<Credentials>;
}

interface Route {
  def: EndpointDef;
  methods: string[];
  match: (path: string) => Record<string, string> | undefined;
}

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
  const handlers: Record<string, Handler> = { ...mok.handlers, ...docs.handlers };
  const routes: Route[] = allEndpoints().map((def) => ({
    def,
    // The sandbox also accepts PUT where the API documents PATCH (api-notes).
    methods: def.method === 'PATCH' ? ['PATCH', 'PUT'] : [def.method],
    match: pathMatcher(def.path),
  }));
  const tokens = new Set<string>();
  let tokensIssued = 0;
  const faults: QueuedFault[] = [];
  let latencyMs = options.latencyMs ?? 0;
  let faultRate = options.faultRate ?? 0;
  const sockets = new Set<Socket>();

  function takeFault(operation: string): QueuedFault | undefined {
    const i = faults.findIndex((f) => !f.operation || f.operation === operation);
    if (i < 0) return undefined;
    const f = faults[i];
    if (!f) return undefined;
    if ((f.count ?? 1) <= 1) faults.splice(i, 1);
    else f.count = (f.count ?? 1) - 1;
    return f;
  }

  function checkAuth(def: EndpointDef, req: IncomingMessage): SandboxResponse | undefined {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    switch (def.auth) {
      case 'none':
        return undefined;
      case 'oauth':
        if (!bearer) return mokError(401, 'unauthorized', 'Missing Authorization: Bearer <access_token>. Get one from POST /oauth/token.');
        if (!tokens.has(bearer)) return mokError(401, 'invalid_token', 'The access token is invalid or expired. Request a new one at POST /oauth/token.');
        return undefined;
      case 'admin': {
        const email = header(req, 'x-admin-user-email');
        const token = header(req, 'x-admin-user-token');
        if (!email || !token) return mokError(401, 'unauthorized', 'Send both X-Admin-User-Email and X-Admin-User-Token headers.');
        if (email !== creds.adminEmail || token !== creds.adminToken) return mokError(401, 'unauthorized', 'Unknown admin user or wrong token.');
        return undefined;
      }
      case 'documents':
      case 'documentsOwner':
        if (!bearer) return mdocError(401, 'MDOC-401', 'UNAUTHORIZED', 'Missing Authorization: Bearer <JWT>.');
        if (bearer !== creds.documentsToken) return mdocError(401, 'MDOC-401', 'UNAUTHORIZED', 'The token is not valid for this organization.');
        if (def.auth === 'documentsOwner' && !header(req, 'x-auth-owner')) return mdocError(403, 'MDOC-403', 'FORBIDDEN', 'This operation needs the x-auth-owner header.');
        return undefined;
    }
  }

  function issueToken(body: unknown): SandboxResponse {
    const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    if (b.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type must be "client_credentials".' } };
    if (b.client_id !== creds.clientId || b.client_secret !== creds.clientSecret) return { status: 401, body: { error: 'invalid_client', error_description: 'Unknown client_id or wrong client_secret.' } };
    if (b.scope !== creds.scope) return { status: 400, body: { error: 'invalid_scope', error_description: `scope must be "${creds.scope}".` } };
    const token = randomBytes(24).toString('base64url');
    tokens.add(token);
    tokensIssued++;
    return { status: 200, body: { access_token: token, token_type: 'Bearer', scope: creds.scope, created_at: Math.floor(now().getTime() / 1000) } };
  }

  function control(method: string, path: string, body: unknown): SandboxResponse | undefined {
    const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    if (path === '/__sandbox/health' && method === 'GET') return { status: 200, body: { ok: true, stats: { ...mok.stats(), tokensIssued } } };
    if (path === '/__sandbox/reset' && method === 'POST') {
      reset();
      return { status: 200, body: { reset: true } };
    }
    if (path === '/__sandbox/deliveries' && method === 'GET') return { status: 200, body: { webhook_url: webhooks.url ?? null, deliveries: webhooks.list() } };
    if (path === '/__sandbox/deliveries' && method === 'DELETE') {
      webhooks.clear();
      return { status: 204 };
    }
    if (path === '/__sandbox/webhook' && method === 'POST') {
      webhooks.setUrl(typeof b.url === 'string' && b.url ? b.url : undefined);
      return { status: 200, body: { webhook_url: webhooks.url ?? null } };
    }
    if (path === '/__sandbox/tokens/revoke' && method === 'POST') {
      tokens.clear();
      return { status: 200, body: { revoked: true } };
    }
    if (path === '/__sandbox/faults' && method === 'GET') return { status: 200, body: { latency_ms: latencyMs, fault_rate: faultRate, queued: faults } };
    if (path === '/__sandbox/faults' && method === 'DELETE') {
      faults.length = 0;
      latencyMs = 0;
      faultRate = 0;
      return { status: 204 };
    }
    if (path === '/__sandbox/faults' && method === 'POST') {
      if (typeof b.latency_ms === 'number') latencyMs = Math.max(0, b.latency_ms);
      if (typeof b.fault_rate === 'number') faultRate = Math.min(1, Math.max(0, b.fault_rate));
      const queue = Array.isArray(b.queue) ? (b.queue as unknown[]) : b.kind ? [b] : [];
      for (const f of queue) {
        const parsed = parseFault(f);
        if (typeof parsed === 'string') return { status: 400, body: { errors: [{ status: 400, code: 'invalid_fault', detail: parsed }] } };
        faults.push(parsed);
      }
      return { status: 200, body: { latency_ms: latencyMs, fault_rate: faultRate, queued: faults } };
    }
    return undefined;
  }

  function reset(): void {
    mok.reset();
    docs.reset();
    tokens.clear();
    faults.length = 0;
    webhooks.clear();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname;
    const rawBody = await readBody(req);
    let body: unknown;
    if (rawBody.length) {
      const ct = req.headers['content-type'] ?? '';
      if (ct.includes('multipart/form-data')) body = parseMultipartMetadata(rawBody, ct);
      else {
        try {
          body = JSON.parse(rawBody.toString('utf8'));
        } catch (e) {
          return send(res, { status: 400, body: { errors: [{ status: 400, code: 'invalid_json', detail: `The body is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] } });
        }
      }
    }

    if (path.startsWith('/__sandbox/')) {
      const c = control(method, path, body);
      if (c) return send(res, c);
      const raw = docs.rawRoutes.find((r) => r.method === method && pathMatcher(r.path)(path));
      if (raw) {
        const params = pathMatcher(raw.path)(path) ?? {};
        return send(res, await raw.handle({ operation: 'raw', method, path, params, query: url.searchParams, headers: req.headers, body, rawBody }));
      }
      return send(res, { status: 404, body: { errors: [{ status: 404, code: 'not_found', detail: `No sandbox control endpoint ${method} ${path}.` }] } });
    }

    let matched: { route: Route; params: Record<string, string> } | undefined;
    let pathMatchedOtherMethod = false;
    for (const route of routes) {
      const params = route.match(path);
      if (!params) continue;
      if (route.methods.includes(method)) {
        matched = { route, params };
        break;
      }
      pathMatchedOtherMethod = true;
    }
    if (!matched) {
      const status = pathMatchedOtherMethod ? 405 : 404;
      return send(res, { status, body: { errors: [{ status, code: status === 405 ? 'method_not_allowed' : 'not_found', detail: `${method} ${path} is not an endpoint of the MOK or Documents API.` }] } });
    }
    const { def } = matched.route;
    const fault = takeFault(def.id);
    if (latencyMs > 0) await delay(latencyMs);
    if (fault?.kind === 'delay') await delay(fault.delayMs ?? 1000);
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') return send(res, { status: fault.status ?? 500, body: { errors: [{ status: fault.status ?? 500, code: 'injected_fault', detail: 'Fault injected by the sandbox.' }] } });
    if (fault?.kind === 'rateLimit') return send(res, { status: 429, headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) }, body: { errors: [{ status: 429, code: 'rate_limited', detail: 'Too many requests.' }] } });
    if (faultRate > 0 && Math.random() < faultRate) return send(res, { status: 503, body: { errors: [{ status: 503, code: 'injected_fault', detail: 'Random fault injected by the sandbox (--fault-rate).' }] } });

    if (def.id === 'auth.token') return send(res, issueToken(body));
    if (def.api === 'documents' && matched.params.org !== undefined && !['masmovil', 'yoigo'].includes(matched.params.org)) {
      return send(res, mdocError(404, 'MDOC-404', 'NOT_FOUND', `Organization "${matched.params.org}" does not exist. Use masmovil or yoigo.`));
    }
    const denied = checkAuth(def, req);
    if (denied) return send(res, denied);
    const handler = handlers[def.id];
    if (!handler) return send(res, { status: 501, body: { errors: [{ status: 501, code: 'not_implemented', detail: `The sandbox does not implement ${def.id} yet.` }] } });
    const sreq: SandboxRequest = { operation: def.id, method, path, params: matched.params, query: url.searchParams, headers: req.headers, body, rawBody };
    let out: SandboxResponse;
    try {
      out = await handler(sreq);
    } catch (e) {
      logger.error(`sandbox handler ${def.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      out = { status: 500, body: { errors: [{ status: 500, code: 'internal_error', detail: 'The sandbox failed to handle this request (see its log).' }] } };
    }
    if (fault?.kind === 'afterCommit') {
      // The change is stored but the client never hears about it: what makes blind retries create duplicates.
      if (fault.status) return send(res, { status: fault.status, body: { errors: [{ status: fault.status, code: 'injected_fault', detail: 'Fault injected after the change was stored.' }] } });
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'malformed') {
      res.writeHead(out.status, { 'content-type': 'application/json' });
      res.end('{"truncated": ');
      return;
    }
    logger.debug(`${method} ${path} → ${out.status} (${def.id})`);
    return send(res, out);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      logger.error(`sandbox request failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, { status: 500, body: { errors: [{ status: 500, code: 'internal_error', detail: 'Sandbox failure.' }] } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${hostForUrl}:${address.port}`;
  logger.info(`sandbox listening on ${baseUrl}`);

  return {
    url: baseUrl,
    port: address.port,
    credentials: creds,
    webhooks,
    reset,
    queueFault: (f) => faults.push(f),
    close: () =>
      new Promise<void>((resolve) => {
        webhooks.close();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

function send(res: ServerResponse, out: SandboxResponse): void {
  const headers: Record<string, string> = { ...(out.headers ?? {}) };
  if (out.text !== undefined) {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    res.writeHead(out.status, headers);
    res.end(out.text);
    return;
  }
  if (out.body === undefined || out.status === 204) {
    res.writeHead(out.status, headers);
    res.end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(out.status, headers);
  res.end(JSON.stringify(out.body));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 10 * 1024 * 1024) {
        reject(new Error('body larger than 10 MiB'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Template create is multipart: the sandbox reads its `metadata` JSON part (files are kept as text). */
function parseMultipartMetadata(raw: Buffer, contentType: string): unknown {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return undefined;
  const parts = raw.toString('utf8').split(`--${boundary}`);
  const out: { metadata?: unknown; files: Array<{ name: string; filename?: string; content: string }> } = { files: [] };
  for (const part of parts) {
    const [head, ...rest] = part.split('\r\n\r\n');
    if (!head || !rest.length) continue;
    const name = /name="([^"]+)"/.exec(head)?.[1];
    const filename = /filename="([^"]+)"/.exec(head)?.[1];
    const content = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    if (name === 'metadata') {
      try {
        out.metadata = JSON.parse(content);
      } catch {
        out.metadata = content;
      }
    } else if (name) out.files.push({ name, filename, content });
  }
  return out;
}

function parseFault(f: unknown): QueuedFault | string {
  if (!f || typeof f !== 'object') return 'a fault is an object like {"kind":"status","status":503}';
  const r = f as Record<string, unknown>;
  const kinds = ['status', 'rateLimit', 'reset', 'malformed', 'delay', 'afterCommit'] as const;
  const kind = kinds.find((k) => k === r.kind);
  if (!kind) return `unknown fault kind ${JSON.stringify(r.kind)}; use one of ${kinds.join(', ')}`;
  const num = (k: string) => (typeof r[k] === 'number' ? r[k] : undefined);
  return {
    kind,
    operation: typeof r.operation === 'string' ? r.operation : undefined,
    status: num('status'),
    retryAfterSeconds: num('retry_after_seconds') ?? num('retryAfterSeconds'),
    delayMs: num('delay_ms') ?? num('delayMs'),
    count: num('count'),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

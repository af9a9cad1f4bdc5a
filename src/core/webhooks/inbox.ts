// The webhook inbox's listener: a local HTTP server (core/server/rawServer.ts: loopback by
// default, the Host check against DNS rebinding, 413 past 10 MiB) that accepts any method and path,
// captures each request (inboxRecord.ts: verified with the secret, its delivery auth checked),
// writes it to the history BEFORE answering 2xx — so an acknowledged delivery survives a killed
// process — and, in forward mode, then sends the same bytes and headers to the user's own server,
// keeping its answer (or why it failed) next to the event. It answers only `{received, id}`: no
// stored event is ever served over HTTP. Replaying an event is `replayEvent`.
import { english, type Localizer } from '../l10n';
import { silentLogger, type Logger } from '../logger';
import { startRawServer, type RawRequest, type RawResponse as ServerResponse, type RunningServer } from '../server/rawServer';
import { StoreError } from '../storage/jsonlStore';
import { reauthorize, type AuthExpectation } from './deliveryAuthCheck';
import { sendRawRequest, type RawResponse } from './delivery';
import { WebhookError, WEBHOOK_BODY_LIMIT } from './errors';
import type { InboxHistory } from './inboxHistory';
import { bodyBytes, bodyDigest, captureRequest, newEventId, replayHeaders, type CapturedRequest, type ForwardResult, type InboxEvent } from './inboxRecord';
import type { WebhookSecret } from './signature';

export interface InboxListenerOptions {
  history: InboxHistory;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Read for every request, so a changed secret applies at once. */
  secret(): WebhookSecret | undefined;
  auth?(): AuthExpectation | undefined;
  /** Forward mode: every captured request is sent on to this URL. */
  forwardUrl?(): string | undefined;
  /** Host names besides the bound address (a tunnel's). */
  allowedHosts?: readonly string[];
  logger?: Logger;
  l10n?: Localizer;
  now?: () => Date;
}

type Listener<T> = (value: T) => void;

export class InboxListener {
  private readonly eventListeners = new Set<Listener<InboxEvent>>();
  private readonly forwardListeners = new Set<Listener<{ id: string; forward: ForwardResult }>>();
  private forwarding: Promise<unknown> = Promise.resolve();
  private server: RunningServer | undefined;

  private constructor(private readonly o: InboxListenerOptions) {}

  static async start(o: InboxListenerOptions): Promise<InboxListener> {
    const inbox = new InboxListener(o);
    inbox.server = await startRawServer({
      host: o.host ?? '127.0.0.1',
      port: o.port ?? 0,
      bodyLimitBytes: WEBHOOK_BODY_LIMIT,
      allowedHosts: o.allowedHosts,
      logger: o.logger,
      handle: (req) => inbox.handle(req),
      onTooLarge: (req) => inbox.refused(req),
      errorResponse: (status, message) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ received: false, error: message }) }),
    });
    return inbox;
  }

  private get running(): RunningServer {
    if (!this.server) throw new Error('the inbox is not listening');
    return this.server;
  }

  get url(): string {
    return this.running.url;
  }
  get port(): number {
    return this.running.port;
  }
  get host(): string {
    return this.running.host;
  }

  allowHost(host: string): void {
    this.running.allowHost(host);
  }

  onEvent(listener: Listener<InboxEvent>): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onForward(listener: Listener<{ id: string; forward: ForwardResult }>): () => void {
    this.forwardListeners.add(listener);
    return () => this.forwardListeners.delete(listener);
  }

  /** Stops listening; forwards under way finish first (their results are kept). */
  async close(): Promise<void> {
    await this.server?.close();
    await this.forwarding;
  }

  private get log(): Logger {
    return this.o.logger ?? silentLogger;
  }

  private async handle(req: RawRequest): Promise<ServerResponse> {
    const history = this.o.history;
    const event = captureRequest({
      method: req.method,
      path: `${req.url.pathname}${req.url.search}`,
      rawHeaders: req.rawHeaders,
      body: req.body,
      receivedAt: this.o.now?.() ?? req.receivedAt,
      secret: this.o.secret(),
      auth: this.o.auth?.(),
      duplicateOf: (sha) => history.duplicateOf(sha),
      l10n: this.o.l10n ?? english,
    });
    let stored: InboxEvent;
    try {
      stored = await history.addEvent(event);
    } catch (e) {
      // Not written, so not acknowledged: the sender keeps it and retries.
      this.log.error(`inbox: could not store ${req.method} ${req.url.pathname}: ${e instanceof Error ? e.message : String(e)}`);
      const status = StoreError.is(e, 'tooLarge') ? 413 : 503;
      return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' }, body: JSON.stringify({ received: false, error: 'the inbox could not store this request (see its log)' }) };
    }
    this.log.info(`inbox: ${req.method} ${req.url.pathname} ${event.event ?? ''} ${event.valid === null ? 'not verified' : event.valid ? 'valid' : `invalid (${event.hints.map((h) => h.code).join(', ')})`}${event.duplicateOf ? ` — same body as ${event.duplicateOf}` : ''}`);
    for (const l of this.eventListeners) l(stored);
    const forwardUrl = this.o.forwardUrl?.();
    if (forwardUrl) this.forwarding = this.forwarding.then(() => this.forward(stored, forwardUrl));
    return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ received: true, id: stored.id }) };
  }

  /** A body over the limit is answered 413 and not kept; the inbox still notes that it came. */
  private refused(req: { method: string; url: URL; receivedAt: Date; bytes: number }): void {
    const receivedAt = this.o.now?.() ?? req.receivedAt;
    const l10n = this.o.l10n ?? english;
    const event: CapturedRequest = {
      id: newEventId(receivedAt),
      receivedAt: receivedAt.toISOString(),
      method: req.method,
      path: `${req.url.pathname}${req.url.search}`,
      headers: [],
      body: '',
      bodyEncoding: 'utf8',
      bodyBytes: 0,
      bodySha256: bodyDigest(Buffer.alloc(0)),
      valid: false,
      hints: [{ code: 'body-too-large', message: l10n.t('Refused with 413: the body was {0} bytes, over the limit of {1} bytes. Only this note was kept.', req.bytes, WEBHOOK_BODY_LIMIT) }],
      auth: { scheme: 'none', status: 'absent' },
      duplicateOf: null,
      refusedBytes: req.bytes,
    };
    this.o.history.addEvent(event).then(
      (stored) => {
        for (const l of this.eventListeners) l(stored);
      },
      (e: unknown) => this.log.warn(`inbox: could not note a refused request: ${String(e)}`),
    );
  }

  private async forward(event: InboxEvent, url: string): Promise<void> {
    const forward = await sendCaptured(event, url, { auth: this.o.auth?.(), timeoutMs: 30_000 });
    try {
      await this.o.history.addForward(event.id, forward);
    } catch (e) {
      this.log.warn(`inbox: could not keep the forwarding result of ${event.id}: ${String(e)}`);
    }
    if (forward.error) this.log.warn(`inbox: forwarding ${event.id} to ${url} failed: ${forward.error} (the event is kept)`);
    for (const l of this.forwardListeners) l({ id: event.id, forward });
  }
}

export interface ReplayOptions {
  /** What the receiver expects: used to re-create the Authorization header the store does not keep. */
  auth?: AuthExpectation;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Sends a captured request again — the same method, body bytes and headers (X-Signature and
 * Webhook-From included), Authorization re-created when it can be — and returns the answer.
 * Rejects with WebhookError (`unreachable`, `timeout`, `cancelled`).
 */
export function replayEvent(event: CapturedRequest, url: string, o: ReplayOptions = {}): Promise<RawResponse> {
  return sendRawRequest({ url, method: event.method, headers: replayHeaders(event, reauthorize(event.auth, o.auth)), body: bodyBytes(event), signal: o.signal, timeoutMs: o.timeoutMs });
}

async function sendCaptured(event: CapturedRequest, url: string, o: ReplayOptions): Promise<ForwardResult> {
  const at = new Date().toISOString();
  const started = Date.now();
  try {
    const res = await replayEvent(event, url, { ...o, timeoutMs: o.timeoutMs });
    return { url, at, status: res.status, durationMs: res.durationMs, body: res.bodyText.slice(0, 64 * 1024) };
  } catch (e) {
    return { url, at, durationMs: Date.now() - started, error: WebhookError.is(e) ? e.message : e instanceof Error ? e.message : String(e) };
  }
}

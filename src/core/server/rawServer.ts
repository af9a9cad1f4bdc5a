// The HTTP plumbing every local server of ours shares (the sandbox, the webhook inbox): reads the
// raw body bytes (handlers need them exactly: signatures are computed over them) with a size limit
// answered by 413, tracks sockets so close() is prompt and clean, turns a handler's failure into a
// 500 instead of a dropped connection, and — when bound to a loopback address — answers only
// requests whose Host names that address, so a web page in the user's browser cannot reach the
// server through DNS rebinding.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isTyped, TypedError } from '../errors';
import { silentLogger, type Logger } from '../logger';

export interface RawRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  /** Header names and values as received (case and order kept). */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
  readonly remoteAddress: string;
  readonly receivedAt: Date;
}

export interface RawResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** What a handler returns: a response to send, or `handled` when it wrote (or dropped) the response itself. */
export type HandlerResult = RawResponse | 'handled';

export interface RawServerOptions {
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Bodies above this answer 413 (default 10 MiB). */
  bodyLimitBytes?: number;
  handle(req: RawRequest, raw: { req: IncomingMessage; res: ServerResponse }): Promise<HandlerResult> | HandlerResult;
  /**
   * The response for a body over the limit and for a handler failure, in the caller's error shape
   * (`path` says which API a request was for, when a server serves several).
   */
  errorResponse?(status: 400 | 413 | 421 | 500, message: string, path: string): RawResponse;
  /** Extra Host values accepted besides the bound address (e.g. a tunnel's host name). */
  allowedHosts?: readonly string[];
  /** Told about a request answered 413 (the body was drained, not kept): e.g. the inbox notes it. */
  onTooLarge?(req: { method: string; url: URL; headers: IncomingHttpHeaders; receivedAt: Date; bytes: number }): void;
  logger?: Logger;
}

export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /**
   * Accepts one more Host value from now on (with or without a port): a name the server is
   * reached by that is only known once it listens (a forwarded port of a remote window, a tunnel).
   */
  allowHost(host: string): void;
  close(): Promise<void>;
}

export type ServerErrorReason = 'addressInUse' | 'addressNotAvailable' | 'permissionDenied' | 'other';

const SERVER_ERROR = Symbol.for('mok-devtools.ServerError');

export class ServerError extends TypedError<ServerErrorReason> {
  override readonly name = 'ServerError';
  readonly [SERVER_ERROR] = true;
  /** Also recognises a ServerError from another bundle (the extension loads servers lazily). */
  static is(e: unknown, reason?: ServerErrorReason): e is ServerError {
    return isTyped(e, ServerError, SERVER_ERROR, reason);
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\./.test(host);
}

function defaultError(status: number, message: string): RawResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ error: message }) };
}

/** Host header values that name this server (name or address, with or without the port). */
function hostsFor(host: string, port: number, extra: readonly string[]): Set<string> {
  const names = new Set<string>([host, 'localhost', '127.0.0.1', '[::1]', ...extra]);
  const out = new Set<string>();
  for (const n of names) {
    const h = n.includes(':') && !n.startsWith('[') ? `[${n}]` : n;
    out.add(h.toLowerCase());
    out.add(`${h}:${port}`.toLowerCase());
  }
  return out;
}

export async function startRawServer(options: RawServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? silentLogger;
  const limit = options.bodyLimitBytes ?? 10 * 1024 * 1024;
  const errorResponse = (status: 400 | 413 | 421 | 500, message: string, path = '/'): RawResponse => options.errorResponse?.(status, message, path) ?? defaultError(status, message);
  const sockets = new Set<Socket>();
  let allowed: Set<string> | undefined;

  const server = http.createServer((req, res) => {
    const receivedAt = new Date();
    const url = requestUrl(req.url);
    if (!url) {
      send(res, errorResponse(400, `The request target ${JSON.stringify((req.url ?? '').slice(0, 200))} is not a path.`, '/'), true);
      return;
    }
    if (allowed && !allowed.has((req.headers.host ?? '').toLowerCase())) {
      // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
      send(res, errorResponse(421, `This local server only answers requests addressed to ${[...allowed][0] ?? 'its own address'}; Host "${req.headers.host ?? ''}" is not one of them.`, pathOf(req)));
      return;
    }
    readBody(req, limit).then(
      async ({ body, bytes }) => {
        if (body === undefined) {
          options.onTooLarge?.({ method: (req.method ?? 'GET').toUpperCase(), url, headers: req.headers, receivedAt, bytes });
          send(res, errorResponse(413, `The request body is larger than ${limit} bytes.`, pathOf(req)), true);
          return;
        }
        const raw: RawRequest = {
          method: (req.method ?? 'GET').toUpperCase(),
          url,
          headers: req.headers,
          rawHeaders: req.rawHeaders,
          body,
          remoteAddress: req.socket.remoteAddress ?? '',
          receivedAt,
        };
        try {
          const out = await options.handle(raw, { req, res });
          if (out !== 'handled') send(res, out);
        } catch (e) {
          logger.error(`request ${raw.method} ${raw.url.pathname} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          if (!res.headersSent) send(res, errorResponse(500, 'The server failed to handle this request (see its log).', raw.url.pathname));
          else res.destroy();
        }
      },
      (e: unknown) => {
        logger.debug(`request body could not be read: ${String(e)}`);
        res.destroy();
      },
    );
  });
  server.keepAliveTimeout = 5_000;
  // A client that half-closes after sending (shutdown(SHUT_WR)) still gets its answer: by default
  // node ends the socket at once and an answer that waits for the store is lost while the event is
  // kept (found by the fuzz suite).
  (server as http.Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const reason: ServerErrorReason = e.code === 'EADDRINUSE' ? 'addressInUse' : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' ? 'addressNotAvailable' : e.code === 'EACCES' ? 'permissionDenied' : 'other';
      const what = `${host}:${options.port ?? 0}`;
      const message =
        reason === 'addressInUse'
          ? `Port ${options.port ?? 0} on ${host} is already in use; pick another port (0 = any free port).`
          : reason === 'addressNotAvailable'
            ? `Cannot listen on "${host}": no such local address.`
            : reason === 'permissionDenied'
              ? `Not allowed to listen on ${what} (ports below 1024 need privileges).`
              : `Cannot listen on ${what}: ${e.message}`;
      reject(new ServerError(reason, message, { cause: e }));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  if (isLoopback(host)) allowed = hostsFor(host, address.port, options.allowedHosts ?? []);
  return {
    url: `http://${hostForUrl}:${address.port}`,
    host: address.address,
    port: address.port,
    allowHost: (name) => {
      if (!allowed) return; // not on loopback: every Host is answered anyway
      const h = name.toLowerCase();
      allowed.add(h);
      if (!/:\d+$/.test(h)) allowed.add(`${h}:${address.port}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

function pathOf(req: IncomingMessage): string {
  return requestUrl(req.url)?.pathname ?? '/';
}

/**
 * The request target as a URL: origin form (`/a?b`), also `//a` and `*` (which `new URL(t, base)`
 * would read as a host or refuse: found by the fuzz suite, it threw outside any handler), or the
 * absolute form a proxy sends. Undefined when it is none of these.
 */
export function requestUrl(target: string | undefined): URL | undefined {
  const t = target ?? '/';
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
      const absolute = new URL(t);
      return new URL(`http://local${absolute.pathname}${absolute.search}`);
    }
    return new URL(`http://local${t.startsWith('/') ? t : `/${t}`}`);
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, out: RawResponse, closeAfter = false): void {
  const headers: Record<string, string> = { ...(out.headers ?? {}) };
  if (closeAfter) headers.connection = 'close';
  res.writeHead(out.status, headers);
  res.end(out.body);
}

/** The whole body, or undefined when it passes `limit` (the rest is drained, not buffered), and its size. */
function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      if (!over) chunks.push(c);
    });
    req.on('end', () => resolve({ body: over ? undefined : Buffer.concat(chunks), bytes: size }));
    req.on('error', reject);
  });
}

// Where partners' requests go through: a company proxy (VS Code's `http.proxy`, or HTTPS_PROXY /
// HTTP_PROXY / NO_PROXY for the CLI), a company CA (Node reads NODE_EXTRA_CA_CERTS at start; VS
// Code passes `http.proxyStrictSSL`), and the words for when it fails — which of TLS or the proxy,
// and how to fix it.
import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';

export interface NetworkOptions {
  /** A proxy for every request (VS Code `http.proxy`); without it the proxy variables of the environment apply. */
  proxy?: string;
  /** Hosts that bypass the proxy (VS Code `http.noProxy`); NO_PROXY otherwise. */
  noProxy?: readonly string[];
  /** false accepts certificates Node does not trust (VS Code `http.proxyStrictSSL: false`). Default true. */
  strictSSL?: boolean;
}

export interface ProxyEnvironment {
  HTTPS_PROXY?: string;
  https_proxy?: string;
  HTTP_PROXY?: string;
  http_proxy?: string;
  NO_PROXY?: string;
  no_proxy?: string;
}

/** The proxy URL in force for this environment and options, if any (for messages and logs, credentials removed). */
export function proxyInUse(options: NetworkOptions, env: ProxyEnvironment = process.env): string | undefined {
  const raw = options.proxy || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return raw;
  }
}

/** The undici dispatcher for these options: pooled keep-alive connections, through the proxy when one applies. */
export function createDispatcher(options: NetworkOptions = {}, env: ProxyEnvironment = process.env): Dispatcher {
  const tls = { rejectUnauthorized: options.strictSSL ?? true };
  const pool = { keepAliveTimeout: 10_000, connections: 16 };
  const proxy = options.proxy || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  if (!proxy) return new Agent({ ...pool, connect: tls });
  const noProxy = options.noProxy?.length ? options.noProxy.join(',') : (env.NO_PROXY ?? env.no_proxy ?? '');
  return new EnvHttpProxyAgent({
    ...pool,
    httpProxy: options.proxy || env.HTTP_PROXY || env.http_proxy || proxy,
    httpsProxy: options.proxy || env.HTTPS_PROXY || env.https_proxy || proxy,
    noProxy,
    connect: tls,
    requestTls: tls,
    proxyTls: tls,
  });
}

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'EPROTO',
]);

export type NetworkFailure = { kind: 'tls'; code: string } | { kind: 'proxy'; status?: number; code?: string } | { kind: 'other'; code?: string };

function chain(e: unknown): unknown[] {
  const out: unknown[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    out.push(cur);
    cur = 'cause' in cur ? cur.cause : undefined;
  }
  return out;
}

/** Which part of the network failed: the TLS handshake, the proxy, or the connection itself. */
export function classifyNetworkError(e: unknown, viaProxy: boolean): NetworkFailure {
  let code: string | undefined;
  for (const c of chain(e)) {
    const cCode = c && typeof c === 'object' && 'code' in c && typeof c.code === 'string' ? c.code : undefined;
    const message = c instanceof Error ? c.message : '';
    const proxyStatus = /Proxy response \((\d{3})\)/.exec(message)?.[1];
    if (proxyStatus) return { kind: 'proxy', status: Number(proxyStatus) };
    if (cCode && TLS_CODES.has(cCode)) return { kind: 'tls', code: cCode };
    code ??= cCode;
  }
  if (viaProxy && code && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(code)) return { kind: 'proxy', code };
  return { kind: 'other', code };
}

/** What went wrong and how to fix it, in one paragraph (no secrets: the proxy URL has no credentials). */
export function networkFailureMessage(f: NetworkFailure, origin: string, proxy: string | undefined): string {
  if (f.kind === 'tls') {
    return `The TLS certificate of ${origin} is not trusted (${f.code}). If your company's proxy or CA signs it, give Node that CA: NODE_EXTRA_CA_CERTS=/path/to/ca.pem for the CLI (and VS Code started with it); turning off "http.proxyStrictSSL" only as a last resort.`;
  }
  if (f.kind === 'proxy') {
    if (f.status === 407) return `The proxy ${proxy ?? ''} wants credentials (407): put them in the proxy URL, like http://user:password@proxy:3128.`.replace('  ', ' ');
    if (f.status) return `The proxy ${proxy ?? ''} refused the connection to ${origin} (${f.status}).`.replace('  ', ' ');
    return `Could not reach the proxy ${proxy ?? ''}${f.code ? ` (${f.code})` : ''}: check "http.proxy" in VS Code or HTTPS_PROXY / NO_PROXY for the CLI.`.replace('  ', ' ');
  }
  return `Could not reach ${origin}${f.code ? ` (${f.code})` : ''}.`;
}

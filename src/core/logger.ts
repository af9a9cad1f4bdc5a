// The logger interface core code writes to, and the redaction every sink applies. The extension
// passes a LogOutputChannel, the CLI a stderr logger; both go through `redact` first.

export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

const SECRET_KEYS = [
  'authorization',
  'client_secret',
  'access_token',
  'refresh_token',
  'x-admin-user-token',
  'admin_token',
  'webhook_secret',
  'secret',
  'password',
  'token',
  'x-signature',
];
const keyAlternation = SECRET_KEYS.map((k) => k.replace(/[-_]/g, '[-_]?')).join('|');
// "key": "value" (JSON), key=value (query/form), key: value (headers)
const JSON_PAIR = new RegExp(`("(?:${keyAlternation})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const FORM_PAIR = new RegExp(`\\b((?:${keyAlternation})=)[^&\\s"']+`, 'gi');
const HEADER_PAIR = new RegExp(`^(\\s*(?:${keyAlternation})\\s*:\\s*).+$`, 'gim');
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

/** Removes credentials from free text. `extra` adds known secret values (e.g. the ones in use). */
export function redact(text: string, extra: readonly string[] = []): string {
  let out = text
    .replace(JSON_PAIR, '$1"[redacted]"')
    .replace(FORM_PAIR, '$1[redacted]')
    .replace(HEADER_PAIR, '$1[redacted]')
    .replace(BEARER, '$1 [redacted]')
    .replace(JWT, '[redacted-jwt]');
  for (const value of extra) {
    if (value && value.length >= 4) out = out.split(value).join('[redacted]');
  }
  return out;
}

/** Wraps a logger so every line is redacted, including the secret values currently in use. */
export function redactingLogger(inner: Logger, secrets: () => readonly string[] = () => []): Logger {
  const wrap = (fn: (m: string) => void) => (m: string) => fn(redact(m, secrets()));
  return {
    trace: wrap((m) => inner.trace(m)),
    debug: wrap((m) => inner.debug(m)),
    info: wrap((m) => inner.info(m)),
    warn: wrap((m) => inner.warn(m)),
    error: wrap((m) => inner.error(m)),
  };
}

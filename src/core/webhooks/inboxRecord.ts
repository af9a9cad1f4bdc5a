// What the webhook inbox keeps of each request it captured: method, path, headers as received
// (order and case; the secret part of Authorization replaced by what it was — the scheme and who),
// the raw body (UTF-8 text, or base64 when it is not), the verdict of the signature check with the
// doctor's hints, the delivery auth check, the service-request facts read from the body for
// listing, and whether the same body arrived before (a retry). Also the JSON shape `mok webhook
// list --json` prints.
import { isUtf8 } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { english, type Localizer } from '../l10n';
import { checkAuthorization, type AuthCheck, type AuthExpectation } from './deliveryAuthCheck';
import { diagnoseSignature } from './doctor';
import type { WebhookSecret } from './signature';

export const INBOX_FORMAT_VERSION = 1;

/** A hint of the doctor, or the inbox's own: `missing-signature`, `no-secret`. */
export interface InboxHint {
  code: string;
  message: string;
}

export interface CapturedRequest {
  id: string;
  receivedAt: string;
  method: string;
  /** Path and query as received. */
  path: string;
  /** As received, in order; Authorization reduced to its scheme and identity. */
  headers: Array<[string, string]>;
  body: string;
  bodyEncoding: 'utf8' | 'base64';
  bodyBytes: number;
  bodySha256: string;
  /** null: not checked (no secret configured). */
  valid: boolean | null;
  hints: InboxHint[];
  auth: AuthCheck;
  /** The first capture of the same body bytes: this one is a retry (or a replay). */
  duplicateOf: string | null;
  /** Read from a `{event, payload}` body, for listing and filtering. */
  event?: string;
  serviceRequestId?: number;
  status?: string;
  /** Answered 413 and not kept whole: only its size is known. */
  refusedBytes?: number;
}

export interface ForwardResult {
  url: string;
  at: string;
  status?: number;
  durationMs: number;
  /** The local server's answer, cut at 64 KiB. */
  body?: string;
  error?: string;
}

export type InboxRecord = { kind: 'event'; event: CapturedRequest } | { kind: 'forward'; id: string; forward: ForwardResult };

/** A captured request with what happened to it afterwards. */
export interface InboxEvent extends CapturedRequest {
  forwards: ForwardResult[];
}

/** Sortable, short enough to type: `evt_` + time (base 36) + 6 random characters. */
export function newEventId(now: Date): string {
  return `evt_${now.getTime().toString(36)}${randomBytes(4).toString('hex').slice(0, 6)}`;
}

export function bodyDigest(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Kept as text when it is valid UTF-8 without NUL bytes; base64 otherwise. */
function isText(body: Buffer): boolean {
  return isUtf8(body) && !body.includes(0);
}

export function bodyBytes(e: Pick<CapturedRequest, 'body' | 'bodyEncoding'>): Buffer {
  return Buffer.from(e.body, e.bodyEncoding === 'base64' ? 'base64' : 'utf8');
}

export function headerOf(headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  const want = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === want)?.[1];
}

/** `rawHeaders` of node's IncomingMessage ([name, value, name, value…]) as pairs. */
export function headerPairs(rawHeaders: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) out.push([rawHeaders[i] ?? '', rawHeaders[i + 1] ?? '']);
  return out;
}

function authWords(a: AuthCheck): string {
  if (a.scheme === 'basic') return `Basic ${a.identity ?? ''}:[redacted]`;
  if (a.scheme === 'bearer') return `Bearer ${a.identity ?? ''}[redacted]`;
  return '[redacted]';
}

/** What a body says about its service request (`{event, payload:{id, current_status}}`). */
function bodyFacts(body: Buffer): Pick<CapturedRequest, 'event' | 'serviceRequestId' | 'status'> {
  if (body.length > 2 * 1024 * 1024) return {};
  try {
    const v = JSON.parse(body.toString('utf8')) as unknown;
    if (!v || typeof v !== 'object') return {};
    const o = v as Record<string, unknown>;
    const p = o.payload && typeof o.payload === 'object' ? (o.payload as Record<string, unknown>) : {};
    return {
      event: typeof o.event === 'string' ? o.event : undefined,
      serviceRequestId: typeof p.id === 'number' ? p.id : undefined,
      status: typeof p.current_status === 'string' ? p.current_status : undefined,
    };
  } catch {
    return {};
  }
}

export interface CaptureInput {
  method: string;
  path: string;
  rawHeaders: readonly string[];
  body: Buffer;
  receivedAt: Date;
  secret?: WebhookSecret;
  auth?: AuthExpectation;
  /** The id of an earlier capture of the same body, if any. */
  duplicateOf(sha256: string): string | null;
  l10n?: Localizer;
}

/** Builds the record of one request: verified, its auth checked, nothing secret kept. */
export function captureRequest(i: CaptureInput): CapturedRequest {
  const l10n = i.l10n ?? english;
  const pairs = headerPairs(i.rawHeaders);
  const auth = checkAuthorization(headerOf(pairs, 'authorization'), i.auth);
  const headers = pairs.map(([k, v]): [string, string] => (k.toLowerCase() === 'authorization' ? [k, authWords(auth)] : [k, v]));
  const signature = headerOf(pairs, 'x-signature');
  let valid: boolean | null;
  let hints: InboxHint[];
  if (signature === undefined) {
    valid = false;
    hints = [{ code: 'missing-signature', message: l10n.t('No X-Signature header: MOK signs every webhook, so this request did not come from MOK (or a proxy dropped the header).') }];
  } else if (i.secret === undefined || i.secret.length === 0) {
    valid = null;
    hints = [{ code: 'no-secret', message: l10n.t('Not verified: no webhook secret is configured for the inbox.') }];
  } else {
    const d = diagnoseSignature({ secret: i.secret, body: i.body, signature }, l10n);
    valid = d.valid;
    hints = d.hints.map((h) => ({ code: h.code, message: h.message }));
  }
  const sha = bodyDigest(i.body);
  const utf8 = isText(i.body);
  return {
    id: newEventId(i.receivedAt),
    receivedAt: i.receivedAt.toISOString(),
    method: i.method,
    path: i.path,
    headers,
    body: i.body.toString(utf8 ? 'utf8' : 'base64'),
    bodyEncoding: utf8 ? 'utf8' : 'base64',
    bodyBytes: i.body.length,
    bodySha256: sha,
    valid,
    hints,
    auth,
    duplicateOf: i.duplicateOf(sha),
    ...bodyFacts(i.body),
  };
}

/** Exactly what `mok webhook list --json` prints per event (and `listen --json` per line). */
export interface InboxEventJson {
  id: string;
  receivedAt: string;
  method: string;
  path: string;
  /** Names as received; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  body: string;
  bodyEncoding: 'utf8' | 'base64';
  valid: boolean | null;
  hints: InboxHint[];
  duplicateOf: string | null;
}

export function inboxEventJson(e: CapturedRequest): InboxEventJson {
  const headers: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const [k, v] of e.headers) {
    const first = names.get(k.toLowerCase());
    if (first === undefined) {
      names.set(k.toLowerCase(), k);
      headers[k] = v;
    } else headers[first] = `${headers[first]}, ${v}`;
  }
  return { id: e.id, receivedAt: e.receivedAt, method: e.method, path: e.path, headers, body: e.body, bodyEncoding: e.bodyEncoding, valid: e.valid, hints: e.hints, duplicateOf: e.duplicateOf };
}

/** Headers never sent again as captured: hop-by-hop, and those the HTTP client sets itself. */
const NOT_REPLAYED = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect', 'proxy-connection', 'proxy-authorization', 'authorization']);

/** The captured headers to send again (in order, names as received), plus a re-created Authorization. */
export function replayHeaders(e: CapturedRequest, authorization: string | undefined): Array<[string, string]> {
  const out = e.headers.filter(([k]) => !NOT_REPLAYED.has(k.toLowerCase()));
  if (authorization) out.push([e.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[0] ?? 'Authorization', authorization]);
  return out;
}

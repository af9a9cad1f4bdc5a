// The sandbox's request journal: every request it received (from our client, curl, or a partner's
// backend), with its answer, the operation it matched, the rules it broke — as problems placed in
// the request body, the same ones the editor shows — and the webhooks it caused. A bounded ring
// (the last N), bodies kept up to a limit and marked when cut, credentials redacted. Read at
// GET /__sandbox/requests (filters: operation, status class, since) and streamed live at
// GET /__sandbox/requests/stream (server-sent events).
import type { ServerResponse } from 'node:http';
import { redact } from '../core/logger';
import { mdocErrorProblems, mokErrorProblems } from '../core/problems/fromApi';
import type { Problem } from '../core/problems/problem';
import { createLocator } from '../core/validation/locate';

export interface JournalProblem {
  pointer: string;
  message: string;
  code: string;
  /** Where the pointer lands in the request body (1-based), when the body is JSON text. */
  line?: number;
  column?: number;
}

export interface JournalEntry {
  /** Increasing; `since` filters by it. */
  seq: number;
  requestId: string;
  time: string;
  client: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The catalogue operation it matched (`raw` for control and file routes, absent when none). */
  operation?: string;
  api?: 'mok' | 'documents';
  status: number;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  responseBody?: string;
  /** True when a body was cut at the journal's size limit. */
  truncated?: boolean;
  problems: JournalProblem[];
  /** Ids of the webhook deliveries the request caused (`/__sandbox/deliveries`). */
  deliveries: string[];
}

export interface JournalOptions {
  /** How many requests are kept (default 500). */
  capacity?: number;
  /** Bodies longer than this are cut (default 64 KiB). */
  maxBodyBytes?: number;
  /** Secret values in use (the sandbox's credentials), removed wherever they appear. */
  secrets?: readonly string[];
}

export type JournalFilter = { operation?: string; statusClass?: '2xx' | '3xx' | '4xx' | '5xx'; since?: number };

const SECRET_HEADERS = new Set(['authorization', 'x-admin-user-token', 'proxy-authorization', 'cookie', 'x-signature']);

export class RequestJournal {
  private readonly entries: JournalEntry[] = [];
  private readonly streams = new Set<ServerResponse>();
  private seq = 0;
  private readonly capacity: number;
  private readonly maxBody: number;
  private readonly secrets: readonly string[];
  private onEntry: ((e: JournalEntry) => void) | undefined;

  constructor(options: JournalOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? 500);
    this.maxBody = options.maxBodyBytes ?? 64 * 1024;
    this.secrets = options.secrets ?? [];
  }

  /** One listener for every new entry (`mok sandbox --log` prints them). */
  listen(fn: (e: JournalEntry) => void): void {
    this.onEntry = fn;
  }

  get size(): number {
    return this.entries.length;
  }

  get liveStreams(): number {
    return this.streams.size;
  }

  private body(raw: Buffer | string | undefined): { text?: string; truncated: boolean } {
    if (raw === undefined || raw.length === 0) return { truncated: false };
    const buf = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const cut = buf.length > this.maxBody;
    return { text: redact(buf.subarray(0, this.maxBody).toString('utf8'), this.secrets), truncated: cut };
  }

  record(init: {
    requestId: string;
    time: Date;
    client: string;
    method: string;
    path: string;
    query: URLSearchParams;
    operation?: string;
    api?: 'mok' | 'documents';
    status: number;
    durationMs: number;
    headers: Record<string, string | string[] | undefined>;
    requestBody: Buffer;
    responseBody?: string | Buffer;
    deliveries: string[];
  }): JournalEntry {
    const req = this.body(init.requestBody);
    const res = this.body(init.responseBody);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(init.headers)) {
      if (v === undefined) continue;
      headers[k] = SECRET_HEADERS.has(k.toLowerCase()) ? '[redacted]' : redact(Array.isArray(v) ? v.join(', ') : v, this.secrets);
    }
    const entry: JournalEntry = {
      seq: ++this.seq,
      requestId: init.requestId,
      time: init.time.toISOString(),
      client: init.client,
      method: init.method,
      path: init.path,
      query: Object.fromEntries([...init.query].map(([k, v]) => [k, redact(v, this.secrets)])),
      ...(init.operation ? { operation: init.operation } : {}),
      ...(init.api ? { api: init.api } : {}),
      status: init.status,
      durationMs: init.durationMs,
      requestHeaders: headers,
      ...(req.text !== undefined ? { requestBody: req.text } : {}),
      ...(res.text !== undefined ? { responseBody: res.text } : {}),
      ...(req.truncated || res.truncated ? { truncated: true } : {}),
      problems: init.status >= 400 ? placeProblems(init.api, res.text, req.text) : [],
      deliveries: [...init.deliveries],
    };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    const line = `id: ${entry.seq}\nevent: request\ndata: ${JSON.stringify(entry)}\n\n`;
    for (const s of this.streams) s.write(line);
    this.onEntry?.(entry);
    return entry;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    return this.entries.filter(
      (e) =>
        (!filter.operation || e.operation === filter.operation) &&
        (!filter.statusClass || `${String(e.status)[0] ?? ''}xx` === filter.statusClass) &&
        (filter.since === undefined || e.seq > filter.since),
    );
  }

  /** Keeps `res` open as an event stream; past entries after `since` are sent first. */
  stream(res: ServerResponse, filter: JournalFilter): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': MOK sandbox request journal\n\n');
    for (const e of this.list(filter)) res.write(`id: ${e.seq}\nevent: request\ndata: ${JSON.stringify(e)}\n\n`);
    this.streams.add(res);
    // A client that goes away is forgotten at once: nothing keeps writing into a closed socket.
    const forget = () => this.streams.delete(res);
    res.on('close', forget);
    res.on('error', forget);
  }

  clear(): void {
    this.entries.length = 0;
  }

  close(): void {
    for (const s of this.streams) s.end();
    this.streams.clear();
  }
}

/** The refusal's problems (read back from the API's error body), placed in the request body. */
function placeProblems(api: 'mok' | 'documents' | undefined, responseText: string | undefined, requestText: string | undefined): JournalProblem[] {
  if (!responseText) return [];
  let json: unknown;
  try {
    json = JSON.parse(responseText);
  } catch {
    return [];
  }
  const problems: Problem[] = api === 'documents' ? mdocErrorProblems(json) : mokErrorProblems(json);
  const locator = requestText ? createLocator(requestText) : undefined;
  return problems.map((p) => {
    // Problems about the body point into it; query/params/header ones stay as they are.
    const bodyPointer = p.pointer.startsWith('/body/') ? p.pointer.slice('/body'.length) : p.pointer;
    const loc = locator && p.pointer && !/^\/(query|params|headers)\//.test(p.pointer) ? locator.locate(bodyPointer, 'key') : undefined;
    return { pointer: p.pointer, message: p.message, code: p.code, ...(loc?.exact ? { line: loc.line, column: loc.column } : {}) };
  });
}

/** Reads `?operation=&status=4xx&since=N`; a filter that makes no sense is an error message. */
export function parseJournalFilter(query: URLSearchParams, knownOperation: (id: string) => boolean): JournalFilter | string {
  const filter: JournalFilter = {};
  const op = query.get('operation');
  if (op) {
    if (!knownOperation(op)) return `operation "${op}" is not an operation of the catalogue ("mok operations" lists them)`;
    filter.operation = op;
  }
  const status = query.get('status');
  if (status) {
    if (!/^[2-5]xx$/.test(status)) return `status must be 2xx, 3xx, 4xx or 5xx, got "${status}"`;
    filter.statusClass = status as JournalFilter['statusClass'];
  }
  const since = query.get('since');
  if (since !== null) {
    if (!/^\d+$/.test(since)) return `since is the seq of the last entry you have (a whole number), got "${since}"`;
    filter.since = Number(since);
  }
  for (const key of query.keys()) if (!['operation', 'status', 'since'].includes(key)) return `unknown filter "${key}": use operation, status (2xx…5xx) or since`;
  return filter;
}

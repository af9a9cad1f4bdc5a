// Fault injection for tests and resilience work: latency for every request, a random 503 rate,
// and queued one-shot faults (a status, a 429 with Retry-After, a connection reset, malformed
// JSON, a delay, or a failure after the change was stored) for the next matching requests.

/** A 429's Retry-After: seconds, or an HTTP date that many seconds ahead (rounded up to a whole second, the date's resolution). */
export function retryAfterValue(f: QueuedFault, nowMs = Date.now()): string {
  const seconds = f.retryAfterSeconds ?? 1;
  return f.retryAfterDate ? new Date(Math.ceil((nowMs + seconds * 1000) / 1000) * 1000).toUTCString() : String(seconds);
}

/** A fault queued through `/__sandbox/faults` for the next matching request(s). */
export interface QueuedFault {
  kind: 'status' | 'rateLimit' | 'reset' | 'malformed' | 'delay' | 'afterCommit';
  /** Only requests to this operation id (default: any). */
  operation?: string;
  status?: number;
  retryAfterSeconds?: number;
  /** Send Retry-After as an HTTP date (that many seconds ahead, rounded up) instead of seconds. */
  retryAfterDate?: boolean;
  delayMs?: number;
  /** How many requests it applies to (default 1). */
  count?: number;
}

const KINDS = ['status', 'rateLimit', 'reset', 'malformed', 'delay', 'afterCommit'] as const;

export class Faults {
  private readonly queue: QueuedFault[] = [];
  latencyMs: number;
  faultRate: number;

  constructor(options: { latencyMs?: number; faultRate?: number } = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.faultRate = options.faultRate ?? 0;
  }

  get queued(): readonly QueuedFault[] {
    return this.queue;
  }

  push(f: QueuedFault): void {
    this.queue.push(f);
  }

  /** The next fault for this operation, consumed. */
  take(operation: string): QueuedFault | undefined {
    const i = this.queue.findIndex((f) => !f.operation || f.operation === operation);
    if (i < 0) return undefined;
    const f = this.queue[i];
    if (!f) return undefined;
    if ((f.count ?? 1) <= 1) this.queue.splice(i, 1);
    else f.count = (f.count ?? 1) - 1;
    return f;
  }

  /** True when the random fault rate picks this request. */
  randomFault(): boolean {
    return this.faultRate > 0 && Math.random() < this.faultRate;
  }

  clear(): void {
    this.queue.length = 0;
    this.latencyMs = 0;
    this.faultRate = 0;
  }

  /** Applies a `/__sandbox/faults` POST body; returns an error message or undefined. */
  configure(b: Record<string, unknown>): string | undefined {
    if (typeof b.latency_ms === 'number') this.latencyMs = Math.max(0, b.latency_ms);
    if (typeof b.fault_rate === 'number') this.faultRate = Math.min(1, Math.max(0, b.fault_rate));
    const queue = Array.isArray(b.queue) ? (b.queue as unknown[]) : b.kind ? [b] : [];
    const parsed: QueuedFault[] = [];
    for (const f of queue) {
      const p = parseFault(f);
      if (typeof p === 'string') return p;
      parsed.push(p);
    }
    this.queue.push(...parsed);
    return undefined;
  }

  describe(): Record<string, unknown> {
    return { latency_ms: this.latencyMs, fault_rate: this.faultRate, queued: this.queue };
  }
}

export function parseFault(f: unknown): QueuedFault | string {
  if (!f || typeof f !== 'object') return 'a fault is an object like {"kind":"status","status":503}';
  const r = f as Record<string, unknown>;
  const kind = KINDS.find((k) => k === r.kind);
  if (!kind) return `unknown fault kind ${JSON.stringify(r.kind)}; use one of ${KINDS.join(', ')}`;
  const num = (k: string) => (typeof r[k] === 'number' ? r[k] : undefined);
  return {
    kind,
    operation: typeof r.operation === 'string' ? r.operation : undefined,
    status: num('status'),
    retryAfterSeconds: num('retry_after_seconds') ?? num('retryAfterSeconds'),
    retryAfterDate: r.retry_after_date === true || r.retryAfterDate === true ? true : undefined,
    delayMs: num('delay_ms') ?? num('delayMs'),
    count: num('count'),
  };
}

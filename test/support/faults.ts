// Helpers of the fault suite: what the sandbox saw, read from its request journal over HTTP
// (`/__sandbox/requests`, in arrival order), faults queued through its control endpoint, and what
// the sandbox holds (fill processes by document name).
import type { JournalEntry } from '../../src/sandbox/journal';
import { startSandbox, type QueuedFault, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/server';
import type { StoredFill } from '../../src/sandbox/documents/store';

/** The requests the sandbox received for an operation, oldest first (dropped connections have status 0). */
export async function seen(sb: RunningSandbox, operation: string): Promise<JournalEntry[]> {
  const res = await fetch(`${sb.url}/__sandbox/requests?operation=${encodeURIComponent(operation)}`);
  if (res.status !== 200) throw new Error(`journal answered ${res.status}: ${await res.text()}`);
  const { requests } = (await res.json()) as { requests: JournalEntry[] };
  return [...requests].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.seq - b.seq);
}

/** Queues faults through `POST /__sandbox/faults` (the wire format a partner's test would use). */
export async function injectFaults(sb: RunningSandbox, ...queue: Array<Record<string, unknown>>): Promise<void> {
  const res = await fetch(`${sb.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queue }) });
  if (res.status !== 200) throw new Error(`faults answered ${res.status}: ${await res.text()}`);
  const { queued } = (await res.json()) as { queued: QueuedFault[] };
  if (queued.length < queue.length) throw new Error('the sandbox did not queue every fault');
}

/** Fill processes the sandbox stores for a document name, in every org. */
export function fillsNamed(sb: RunningSandbox, documentName: string): StoredFill[] {
  const { orgs } = sb.snapshot().documents as { orgs: Record<string, { fills: Map<string, StoredFill> }> };
  return Object.values(orgs).flatMap((o) => [...o.fills.values()]).filter((f) => f.documentName === documentName);
}

/** Milliseconds between two journal entries' arrival (whole milliseconds, as the journal keeps them). */
export function gapMs(first: JournalEntry, second: JournalEntry): number {
  return Date.parse(second.time) - Date.parse(first.time);
}

/** Drops the faults still queued (`DELETE /__sandbox/faults`). */
export async function clearFaults(sb: RunningSandbox): Promise<void> {
  const res = await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' });
  await res.arrayBuffer();
}

/**
 * The journal of an operation once it holds at least `n` requests (the sandbox journals a request
 * when it has answered it, so a delayed one appears late). Polls; fails after `ms`.
 */
export async function seenAtLeast(sb: RunningSandbox, operation: string, n: number, ms = 8000): Promise<JournalEntry[]> {
  const end = Date.now() + ms;
  for (;;) {
    const entries = await seen(sb, operation);
    if (entries.length >= n) return entries;
    if (Date.now() > end) throw new Error(`the sandbox saw ${entries.length} ${operation} requests, expected ${n}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A fresh sandbox for each test of a `describe` block (read `.sb` inside the tests). */
export function sandboxPerTest(options: SandboxOptions = {}): { sb: RunningSandbox } {
  const holder = {} as { sb: RunningSandbox };
  beforeEach(async () => {
    holder.sb = await startSandbox({ port: 0, seedSize: 5, ...options });
  });
  afterEach(async () => {
    await holder.sb.close();
  });
  return holder;
}

// Follows the sandbox's request journal live: the entries so far, then each new one as the
// sandbox streams it (server-sent events at /__sandbox/requests/stream). Reconnects after a
// dropped stream, stops when told; nothing here blocks the extension host.
import type { JournalEntry } from '../../sandbox/journal';

export interface JournalFollower {
  stop(): void;
}

/** Reads `data:` lines of an event stream into entries. */
export function parseEvents(chunk: string, carry: { rest: string }): JournalEntry[] {
  const text = carry.rest + chunk;
  const blocks = text.split('\n\n');
  carry.rest = blocks.pop() ?? '';
  const out: JournalEntry[] = [];
  for (const block of blocks) {
    const data = block
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => l.slice(6))
      .join('\n');
    if (!data) continue;
    try {
      out.push(JSON.parse(data) as JournalEntry);
    } catch {
      // A line we do not understand is skipped, never fatal.
    }
  }
  return out;
}

export function followJournal(baseUrl: string, since: number, onEntry: (e: JournalEntry) => void, onError: (e: unknown) => void): JournalFollower {
  const controller = new AbortController();
  let last = since;
  let stopped = false;
  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        const res = await fetch(`${baseUrl}/__sandbox/requests/stream?since=${last}`, { signal: controller.signal });
        if (!res.ok || !res.body) throw new Error(`the sandbox answered ${res.status}`);
        const decoder = new TextDecoder();
        const carry = { rest: '' };
        // Node's web streams are async-iterable; the DOM typings do not say so.
        for await (const value of res.body as unknown as AsyncIterable<Uint8Array>) {
          for (const e of parseEvents(decoder.decode(value, { stream: true }), carry)) {
            last = Math.max(last, e.seq);
            onEntry(e);
          }
        }
      } catch (e) {
        if (stopped) return;
        onError(e);
      }
      if (!stopped) await new Promise((r) => setTimeout(r, 2000));
    }
  };
  void run();
  return {
    stop() {
      stopped = true;
      controller.abort();
    },
  };
}

// The inbox's history on disk, through the append-only store (core/storage/jsonlStore.ts): every
// captured request and every forwarding result is one record, written before the sender hears
// 2xx. Opening reads all of it (damaged lines counted, the rest kept), drops what is older than the
// age cap (an atomic rewrite) and indexes bodies for retry detection. The size cap is the store's
// rotation. One process writes a store at a time (a lock file with its pid); readers need none.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { JsonlStore, StoreError } from '../storage/jsonlStore';
import { INBOX_FORMAT_VERSION, type CapturedRequest, type ForwardResult, type InboxEvent, type InboxRecord } from './inboxRecord';

export interface InboxHistoryOptions {
  dir: string;
  /** Whole history on disk, all files together (default 64 MiB). */
  maxBytes?: number;
  /** Events older than this are dropped when the history opens (default 7). */
  maxAgeDays?: number;
  /** fsync every record (survives power loss, not only a killed process); default false. */
  durable?: boolean;
  /** Read only: no lock, no pruning (`mok webhook list` while a listener runs). */
  readOnly?: boolean;
  now?: () => Date;
}

export const INBOX_FILE = 'inbox.jsonl';
const LOCK_FILE = 'listener.lock';
/** One file of the history: room for a 10 MiB body in base64 and its headers. */
const FILE_BYTES = 16 * 1024 * 1024;

export class InboxHistory {
  private readonly events = new Map<string, InboxEvent>();
  private readonly bySha = new Map<string, string>();
  private damagedValue = 0;

  private constructor(
    private readonly store: JsonlStore<InboxRecord>,
    private readonly options: InboxHistoryOptions,
    private readonly lock: string | undefined,
  ) {}

  static async open(options: InboxHistoryOptions): Promise<InboxHistory> {
    const total = options.maxBytes ?? 64 * 1024 * 1024;
    const store = new JsonlStore<InboxRecord>({
      file: path.join(options.dir, INBOX_FILE),
      formatVersion: INBOX_FORMAT_VERSION,
      maxBytes: Math.min(FILE_BYTES, total),
      keepFiles: Math.max(0, Math.ceil(total / FILE_BYTES) - 1),
      durable: options.durable,
      now: options.now,
    });
    const lock = options.readOnly ? undefined : await acquireLock(options.dir);
    const history = new InboxHistory(store, options, lock);
    try {
      await history.load();
      if (!options.readOnly) await history.prune();
    } catch (e) {
      await history.close();
      throw e;
    }
    return history;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** Lines that could not be read when the history was opened (torn or hand-edited). */
  get damaged(): number {
    return this.damagedValue;
  }

  /** Oldest first. */
  list(): InboxEvent[] {
    return [...this.events.values()];
  }

  get size(): number {
    return this.events.size;
  }

  /** An event by id or by a unique prefix of it. */
  find(idOrPrefix: string): InboxEvent | 'ambiguous' | undefined {
    const exact = this.events.get(idOrPrefix);
    if (exact) return exact;
    const hits = [...this.events.values()].filter((e) => e.id.startsWith(idOrPrefix));
    return hits.length > 1 ? 'ambiguous' : hits[0];
  }

  duplicateOf(sha256: string): string | null {
    return this.bySha.get(sha256) ?? null;
  }

  /** Resolves once the record is written: only then may the sender be told 2xx. */
  async addEvent(event: CapturedRequest): Promise<InboxEvent> {
    await this.store.append({ kind: 'event', event });
    return this.index(event);
  }

  async addForward(id: string, forward: ForwardResult): Promise<void> {
    await this.store.append({ kind: 'forward', id, forward });
    this.events.get(id)?.forwards.push(forward);
  }

  /** Drops events past the age cap (and their forwards); returns how many. */
  async prune(): Promise<number> {
    const days = this.options.maxAgeDays ?? 7;
    const cutoff = (this.options.now?.() ?? new Date()).getTime() - days * 86_400_000;
    const old = [...this.events.values()].filter((e) => Date.parse(e.receivedAt) < cutoff);
    if (!old.length) return 0;
    for (const e of old) this.events.delete(e.id);
    await this.rewrite();
    return old.length;
  }

  /** Removes every event from memory and disk. */
  async clear(): Promise<void> {
    this.events.clear();
    this.bySha.clear();
    await this.store.clear();
  }

  async close(): Promise<void> {
    await this.store.close();
    if (this.lock) await fs.rm(this.lock, { force: true });
  }

  private index(event: CapturedRequest): InboxEvent {
    const e: InboxEvent = { ...event, forwards: [] };
    this.events.set(e.id, e);
    if (!this.bySha.has(e.bodySha256) && e.refusedBytes === undefined) this.bySha.set(e.bodySha256, e.id);
    return e;
  }

  private async load(): Promise<void> {
    const r = await this.store.readAll();
    this.damagedValue = r.corrupt + r.skipped;
    for (const { data } of r.records) {
      if (data.kind === 'event') this.index(data.event);
      else this.events.get(data.id)?.forwards.push(data.forward);
    }
  }

  private async rewrite(): Promise<void> {
    const at = (this.options.now?.() ?? new Date()).toISOString();
    const records: Array<{ at: string; data: InboxRecord }> = [];
    this.bySha.clear();
    for (const e of this.events.values()) {
      const { forwards, ...event } = e;
      records.push({ at: e.receivedAt, data: { kind: 'event', event } });
      for (const f of forwards) records.push({ at, data: { kind: 'forward', id: e.id, forward: f } });
      if (!this.bySha.has(e.bodySha256)) this.bySha.set(e.bodySha256, e.id);
    }
    await this.store.rewrite(records);
  }
}

/** A lock file naming the writing process; a lock left by a process that is gone is taken over. */
async function acquireLock(dir: string): Promise<string> {
  const file = path.join(dir, LOCK_FILE);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new StoreError('unwritable', `Cannot create the folder ${dir}: ${e instanceof Error ? e.message : String(e)}`, file, { cause: e });
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const h = await fs.open(file, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      return file;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new StoreError('unwritable', `Cannot write in ${dir}: ${e instanceof Error ? e.message : String(e)}. Choose a writable folder.`, file, { cause: e });
      const pid = Number((await fs.readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new StoreError('locked', `Another process (pid ${pid}) is already listening with the inbox in ${dir}; stop it or choose another folder.`, file);
      }
      await fs.rm(file, { force: true });
    }
  }
  throw new StoreError('locked', `Cannot take the lock ${file}.`, file);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// An append-only JSON-lines store for what must survive a reload or a killed process (the webhook
// inbox, request history): each record is one line `<check>\t<json>` written with a newline
// BEFORE it, so a torn write never merges into the next record; every line carries its own check
// (8 hex of a SHA-1 of the JSON) and a bad line is skipped and counted, never fatal. Appends go
// through one queue per store and resolve only once written (and fsynced when `durable`), so a
// caller can acknowledge after `append` resolves. Past `maxBytes` the file rotates
// (`name.jsonl` → `name.1.jsonl` …, `keepFiles` kept); rewrites are atomic (temp, fsync, rename,
// fsync the directory). Every record carries the format version; `upgrade` reads older ones.
// Appends made while a write is under way are written together (group commit: one write, one fsync).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isTyped, TypedError } from '../errors';

export interface StoredRecord<T> {
  /** When it was appended (ISO 8601). */
  at: string;
  data: T;
}

export interface JsonlStoreOptions<T> {
  /** The active file, e.g. `<dir>/inbox.jsonl`; its directory is created when missing. */
  file: string;
  /** Written into every record; bump it when the shape of `data` changes. */
  formatVersion: number;
  /** Reads a record written with an older (or unknown) version; undefined drops it. Default: accept only `formatVersion`. */
  upgrade?(data: unknown, version: number): T | undefined;
  /** Rotate the active file before it grows past this (default 8 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the active one (default 3). */
  keepFiles?: number;
  /** fsync after every append (default false: the OS has it once written; a killed process loses nothing). */
  durable?: boolean;
  now?: () => Date;
}

export interface ReadResult<T> {
  records: StoredRecord<T>[];
  /** Lines that failed their check or did not parse (a torn last write, a hand edit). */
  corrupt: number;
  /** Records of a version `upgrade` refused. */
  skipped: number;
}

/** `locked`: another process writes this store (the inbox's lock file). */
export type StoreErrorReason = 'unwritable' | 'unreadable' | 'tooLarge' | 'locked';

const STORE_ERROR = Symbol.for('mok-devtools.StoreError');

export class StoreError extends TypedError<StoreErrorReason> {
  override readonly name = 'StoreError';
  readonly [STORE_ERROR] = true;
  /** Also recognises a StoreError from another bundle (the extension loads the inbox lazily). */
  static is(e: unknown, reason?: StoreErrorReason): e is StoreError {
    return isTyped(e, StoreError, STORE_ERROR, reason);
  }
  constructor(reason: StoreErrorReason, message: string, readonly file: string, options?: { cause?: unknown }) {
    super(reason, message, options);
  }
}

function check(json: string): string {
  return createHash('sha1').update(json).digest('hex').slice(0, 8);
}

export function encodeLine(record: { v: number; at: string; d: unknown }): string {
  const json = JSON.stringify(record);
  return `\n${check(json)}\t${json}`;
}

/** One line back to a record, or undefined when it is damaged. */
export function decodeLine(line: string): { v: number; at: string; d: unknown } | undefined {
  const tab = line.indexOf('\t');
  if (tab !== 8) return undefined;
  const json = line.slice(9);
  if (check(json) !== line.slice(0, 8)) return undefined;
  try {
    const r = JSON.parse(json) as unknown;
    if (r && typeof r === 'object' && 'v' in r && 'at' in r && 'd' in r && typeof r.v === 'number' && typeof r.at === 'string') return { v: r.v, at: r.at, d: r.d };
  } catch {
    // A matching check over unparsable JSON cannot happen unless written so; treat as damaged.
  }
  return undefined;
}

interface PendingLine {
  line: string;
  bytes: number;
  done(error?: unknown): void;
}

export class JsonlStore<T> {
  private handle: FileHandle | undefined;
  /** Appends waiting for the write that is queued next (see append). */
  private openBatch: PendingLine[] | undefined;
  private size = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly maxBytes: number;
  private readonly keepFiles: number;
  private readonly now: () => Date;

  constructor(private readonly options: JsonlStoreOptions<T>) {
    this.maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
    this.keepFiles = Math.max(0, options.keepFiles ?? 3);
    this.now = options.now ?? (() => new Date());
  }

  get file(): string {
    return this.options.file;
  }

  /** Appends one record; resolves once it is written (and synced when durable). */
  append(data: T): Promise<StoredRecord<T>> {
    const at = this.now().toISOString();
    const line = encodeLine({ v: this.options.formatVersion, at, d: data });
    const bytes = Buffer.byteLength(line);
    if (bytes > this.maxBytes) {
      return Promise.reject(new StoreError('tooLarge', `A record of ${bytes} bytes is larger than the store's limit of ${this.maxBytes} bytes.`, this.options.file));
    }
    return new Promise((resolve, reject) => {
      const item: PendingLine = { line, bytes, done: (e) => (e === undefined ? resolve({ at, data }) : reject(e instanceof Error ? e : new Error('the write failed', { cause: e }))) };
      if (this.openBatch) {
        this.openBatch.push(item);
        return;
      }
      // Group commit: appends made while a write is under way go out together in the next one
      // (one write, one fsync when durable), each resolving only once its batch is written.
      const batch: PendingLine[] = [item];
      this.openBatch = batch;
      void this.queueTask(() => {
        if (this.openBatch === batch) this.openBatch = undefined;
        return this.writeBatch(batch);
      });
    });
  }

  /** Writes a batch in order, rotating between lines where the file would pass its size; never throws. */
  private async writeBatch(batch: readonly PendingLine[]): Promise<void> {
    try {
      let out = await this.open(); // learns the current size
      for (let i = 0; i < batch.length; ) {
        if (this.size > 0 && this.size + (batch[i]?.bytes ?? 0) > this.maxBytes) {
          await this.rotate();
          out = await this.open();
        }
        let size = this.size;
        let text = '';
        for (; i < batch.length; i++) {
          const item = batch[i]!;
          if (text && size + item.bytes > this.maxBytes) break;
          text += item.line;
          size += item.bytes;
        }
        await out.appendFile(text, 'utf8');
        this.size = size;
      }
      if (this.options.durable) await out.sync();
      for (const item of batch) item.done();
    } catch (e) {
      for (const item of batch) item.done(e);
    }
  }

  /** Every record, oldest first, across the rotated files; damaged lines counted, not fatal. */
  readAll(): Promise<ReadResult<T>> {
    return this.enqueue(async () => {
      const result: ReadResult<T> = { records: [], corrupt: 0, skipped: 0 };
      for (const file of [...this.rotatedFiles().reverse(), this.options.file]) {
        let text: string;
        try {
          text = await fs.readFile(file, 'utf8');
        } catch (e) {
          if (isNotFound(e)) continue;
          throw new StoreError('unreadable', `Cannot read ${file}: ${errorMessage(e)}`, file, { cause: e });
        }
        for (const line of text.split('\n')) {
          if (!line.trim()) continue;
          const r = decodeLine(line.replace(/\r$/, ''));
          if (!r) {
            result.corrupt++;
            continue;
          }
          const data = r.v === this.options.formatVersion ? (r.d as T) : this.options.upgrade?.(r.d, r.v);
          if (data === undefined) result.skipped++;
          else result.records.push({ at: r.at, data });
        }
      }
      return result;
    });
  }

  /**
   * Replaces the whole content with `records` (deleting some, compacting, dropping old ones):
   * written to a temp file, synced, renamed over the active file, directory synced; rotated
   * files removed. A crash leaves either the old or the new content, never a mix.
   */
  rewrite(records: readonly StoredRecord<T>[]): Promise<void> {
    return this.enqueue(async () => {
      await this.closeHandle();
      const dir = path.dirname(this.options.file);
      await this.ensureDir(dir);
      const tmp = `${this.options.file}.${process.pid}.${Date.now()}.tmp`;
      const text = records.map((r) => encodeLine({ v: this.options.formatVersion, at: r.at, d: r.data })).join('');
      const h = await fs.open(tmp, 'w');
      try {
        await h.writeFile(text, 'utf8');
        await h.sync();
      } finally {
        await h.close();
      }
      await fs.rename(tmp, this.options.file);
      await syncDir(dir);
      for (const f of this.rotatedFiles()) await fs.rm(f, { force: true });
    });
  }

  /** Removes every record (and the rotated files). */
  clear(): Promise<void> {
    return this.rewrite([]);
  }

  async close(): Promise<void> {
    await this.enqueue(() => this.closeHandle());
  }

  /** Reads and rewrites see every append made before them: the open batch is closed first. */
  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    this.openBatch = undefined;
    return this.queueTask(task);
  }

  private queueTask<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    // The queue continues whatever this task did; the caller gets its outcome.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private rotatedFiles(): string[] {
    const { dir, name, ext } = this.parts();
    return Array.from({ length: this.keepFiles }, (_, i) => path.join(dir, `${name}.${i + 1}${ext}`));
  }

  private parts(): { dir: string; name: string; ext: string } {
    const dir = path.dirname(this.options.file);
    const ext = path.extname(this.options.file) || '.jsonl';
    return { dir, name: path.basename(this.options.file, ext), ext };
  }

  private async rotate(): Promise<void> {
    await this.closeHandle();
    const rotated = this.rotatedFiles();
    if (rotated.length === 0) {
      await fs.rm(this.options.file, { force: true });
      return;
    }
    await fs.rm(rotated[rotated.length - 1] ?? '', { force: true });
    for (let i = rotated.length - 1; i > 0; i--) await renameIfExists(rotated[i - 1] ?? '', rotated[i] ?? '');
    await renameIfExists(this.options.file, rotated[0] ?? '');
    await syncDir(path.dirname(this.options.file));
  }

  private async open(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    await this.ensureDir(path.dirname(this.options.file));
    try {
      this.handle = await fs.open(this.options.file, 'a');
      this.size = (await this.handle.stat()).size;
    } catch (e) {
      throw new StoreError('unwritable', `Cannot write ${this.options.file}: ${errorMessage(e)}. Choose a writable folder.`, this.options.file, { cause: e });
    }
    return this.handle;
  }

  private async ensureDir(dir: string): Promise<void> {
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (e) {
      throw new StoreError('unwritable', `Cannot create the folder ${dir}: ${errorMessage(e)}`, this.options.file, { cause: e });
    }
  }

  private async closeHandle(): Promise<void> {
    const h = this.handle;
    this.handle = undefined;
    this.size = 0;
    await h?.close();
  }
}

async function renameIfExists(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}

/** fsync of a directory makes a rename durable; some platforms (Windows) do not allow it. */
async function syncDir(dir: string): Promise<void> {
  let h: FileHandle | undefined;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch {
    // Best effort.
  } finally {
    await h?.close();
  }
}

function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT';
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

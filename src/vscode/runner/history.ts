// The runner's history: every request "Call Endpoint…" sent, with its answer, kept per workspace
// through the storage seam (append-only JSON lines: survives reloads and crashes; rotated past
// 8 MiB). Never credentials: requests are kept as request files, and what was sent without the
// headers the client added for auth.
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SentRequest } from '../../core/client/apiClient';
import type { RequestFile } from '../../core/requests/requestFile';
import { JsonlStore } from '../../core/storage/jsonlStore';
import { Disposable } from '../common/lifecycle';

export interface HistoryEntry {
  id: string;
  at: string;
  environment: string;
  request: RequestFile;
  status: number;
  durationMs: number;
  headers: Record<string, string>;
  /** The answer as text (JSON, errors); files are kept as base64 in `bytes` up to the limit. */
  body: string;
  bodyBase64?: string;
  /** True when the answer was cut at MAX_BODY. */
  truncated?: boolean;
  sent: SentRequest;
}

const FORMAT = 1;
const MAX_BODY = 512 * 1024;

export class RunnerHistory extends Disposable {
  private readonly store: JsonlStore<HistoryEntry>;
  private cache: HistoryEntry[] | undefined;
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.emitter.event;

  constructor(storageDir: vscode.Uri) {
    super();
    this.store = new JsonlStore<HistoryEntry>({ file: path.join(storageDir.fsPath, 'mok-runner', 'history.jsonl'), formatVersion: FORMAT });
  }

  /** Newest first. Damaged lines (a crash mid-write) are skipped. */
  async list(): Promise<HistoryEntry[]> {
    if (!this.cache) this.cache = (await this.store.readAll()).records.map((r) => r.data).reverse();
    return this.cache;
  }

  async add(entry: Omit<HistoryEntry, 'id' | 'at' | 'body' | 'bodyBase64' | 'truncated'> & { bytes: Buffer; binary: boolean }): Promise<HistoryEntry> {
    const { bytes, binary, ...rest } = entry;
    const cut = bytes.length > MAX_BODY;
    const kept = cut ? bytes.subarray(0, MAX_BODY) : bytes;
    const record: HistoryEntry = {
      ...rest,
      id: randomUUID(),
      at: new Date().toISOString(),
      body: binary ? '' : kept.toString('utf8'),
      ...(binary ? { bodyBase64: kept.toString('base64') } : {}),
      ...(cut ? { truncated: true } : {}),
    };
    // Loaded before appending: reading after would find the new record on disk and list it twice.
    const list = await this.list();
    await this.store.append(record);
    list.unshift(record);
    this.emitter.fire();
    return record;
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }

  async clear(): Promise<void> {
    await this.store.clear();
    this.cache = [];
    this.emitter.fire();
  }

  override dispose(): void {
    void this.store.close();
    super.dispose();
  }
}

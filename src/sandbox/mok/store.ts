// In-memory state of the MOK sandbox and its indexes. Seeded service requests live as compact
// columns (status, contract, service, external id) and are materialised from the seed only when
// read; created or modified ones are kept whole. Every list filter has a sorted id index, so a
// page costs O(page) for one filter and O(smallest matching index) for several.
import type { ServiceRequest } from '../../core/models/mok';
import { generateContracts, type ContractRecord } from './seed/contracts';
import { generatePoints, type PointTransactionRecord, type RecurrentPointTransactionRecord } from './seed/points';
import { serviceRequestAt, serviceRequestHead, type ServiceRequestSeedContext } from './seed/serviceRequests';
import { accessKey } from './seed/spain';

export interface MokStoreOptions {
  seed: number;
  /** Seeded service requests. */
  seedSize: number;
  now: () => Date;
  /** Day the seed is generated for (default: today); a restored state keeps its own. */
  anchor?: Date;
}

/** What `--state` files keep of the MOK fake: the seed's inputs and every change since. */
export interface MokSnapshot {
  seed: number;
  seedSize: number;
  anchor: string;
  contracts: ContractRecord[];
  records: Map<number, ServiceRequest>;
  lastId: number;
  nextContractId: number;
  pointTransactions: PointTransactionRecord[];
  recurrent: RecurrentPointTransactionRecord[];
  nextPointId: number;
  nextRecurrentId: number;
  counters: { whatsappRequests: number; webhooksEmitted: number };
}

export interface ServiceRequestFilter {
  status?: string;
  externalId?: string;
  /** Any of these services (service_id and service_external_id, already resolved). */
  serviceIds?: readonly number[];
  /** Any of these contracts (contract_id and access/document identifier, already resolved). */
  contractIds?: readonly number[];
}

/** Index of `id` in a sorted array, or the insertion point as `-(point + 1)`. */
function search(list: readonly number[], id: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid] ?? 0;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

function indexAdd(index: Map<string | number, number[]>, key: string | number, id: number): void {
  const list = index.get(key);
  if (!list) {
    index.set(key, [id]);
    return;
  }
  // Ids only grow, so the common case is an append.
  const last = list[list.length - 1];
  if (last === undefined || last < id) list.push(id);
  else {
    const i = search(list, id);
    if (i < 0) list.splice(-(i + 1), 0, id);
  }
}

function indexRemove(index: Map<string | number, number[]>, key: string | number, id: number): void {
  const list = index.get(key);
  if (!list) return;
  const i = search(list, id);
  if (i >= 0) list.splice(i, 1);
  if (!list.length) index.delete(key);
}

function replaceAll<T>(target: T[], items: readonly T[]): void {
  target.length = 0;
  for (const item of items) target.push(item);
}

/** Sorted union of sorted lists (no copy when there is only one). */
function union(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

export class MokStore {
  readonly seed: number;
  readonly seedSize: number;
  readonly anchor: Date;
  readonly contracts: ContractRecord[];
  readonly contractsById = new Map<number, ContractRecord>();
  private readonly byAccessKey = new Map<string, ContractRecord[]>();
  private readonly ctx: ServiceRequestSeedContext;

  // Columns by service request id (index 0 unused).
  private readonly statusOf: string[] = [''];
  private readonly contractOf: number[] = [0];
  private readonly serviceOf: number[] = [0];
  private readonly externalOf: (string | null)[] = [null];
  private readonly byStatus = new Map<string | number, number[]>();
  private readonly byContract = new Map<string | number, number[]>();
  private readonly byService = new Map<string | number, number[]>();
  private readonly byExternal = new Map<string | number, number[]>();
  /** Created or modified requests, whole. Seeded ones not in here are generated on read. */
  private readonly records = new Map<number, ServiceRequest>();
  private lastId: number;
  private nextContractId: number;

  readonly pointTransactions: PointTransactionRecord[];
  readonly recurrent: RecurrentPointTransactionRecord[];
  private nextPointId: number;
  private nextRecurrentId: number;
  readonly counters = { whatsappRequests: 0, webhooksEmitted: 0 };

  constructor(private readonly options: MokStoreOptions) {
    this.seed = options.seed;
    this.seedSize = options.seedSize;
    const now = options.anchor ?? options.now();
    // Anchored to the day, so the seed is stable for a whole day of a running sandbox.
    this.anchor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    this.contracts = generateContracts(this.seed, this.anchor);
    for (const c of this.contracts) this.indexContract(c);
    this.nextContractId = Math.max(...this.contracts.map((c) => c.id)) + 1;
    // Seeded requests belong to active contracts, so a client can create more on the contract of any of them.
    this.ctx = { seed: this.seed, size: this.seedSize, anchor: this.anchor, contracts: this.contracts.filter((c) => c.active) };
    for (let id = 1; id <= this.seedSize; id++) {
      const h = serviceRequestHead(this.ctx, id);
      this.setColumns(id, h.status, h.contractId, h.serviceId, h.externalId);
    }
    this.lastId = this.seedSize;
    const points = generatePoints(this.seed, this.anchor, this.contracts);
    this.pointTransactions = points.transactions;
    this.recurrent = points.recurrent;
    this.nextPointId = this.pointTransactions.length + 1;
    this.nextRecurrentId = this.recurrent.length + 1;
  }

  now(): Date {
    return this.options.now();
  }

  snapshot(): MokSnapshot {
    return {
      seed: this.seed,
      seedSize: this.seedSize,
      anchor: this.anchor.toISOString(),
      contracts: this.contracts,
      records: this.records,
      lastId: this.lastId,
      nextContractId: this.nextContractId,
      pointTransactions: this.pointTransactions,
      recurrent: this.recurrent,
      nextPointId: this.nextPointId,
      nextRecurrentId: this.nextRecurrentId,
      counters: this.counters,
    };
  }

  /** The store a snapshot describes: the same seed regenerated, then every saved change applied. */
  static restore(s: MokSnapshot, now: () => Date): MokStore {
    const ok = typeof s === 'object' && s !== null && Number.isInteger(s.seed) && Number.isInteger(s.seedSize) && !Number.isNaN(Date.parse(s.anchor)) && Array.isArray(s.contracts) && s.records instanceof Map;
    if (!ok || !Array.isArray(s.pointTransactions) || !Array.isArray(s.recurrent)) throw new Error('mok: the saved data has the wrong shape');
    const store = new MokStore({ seed: s.seed, seedSize: s.seedSize, now, anchor: new Date(s.anchor) });
    replaceAll(store.contracts, s.contracts);
    store.contractsById.clear();
    store.byAccessKey.clear();
    for (const c of store.contracts) store.indexContract(c);
    for (const [id, sr] of [...s.records].sort(([a], [b]) => a - b)) {
      if (id <= store.lastId) store.replaceServiceRequest(sr);
      else {
        store.lastId = id;
        store.records.set(id, sr);
        store.setColumns(id, sr.current_status, sr.contract_id, sr.service_id, sr.external_id);
      }
    }
    store.lastId = Math.max(store.lastId, s.lastId);
    store.nextContractId = s.nextContractId;
    replaceAll(store.pointTransactions, s.pointTransactions);
    replaceAll(store.recurrent, s.recurrent);
    store.nextPointId = s.nextPointId;
    store.nextRecurrentId = s.nextRecurrentId;
    Object.assign(store.counters, s.counters);
    return store;
  }

  // ── Contracts ──────────────────────────────────────────────────────────────────────────────

  private indexContract(c: ContractRecord): void {
    const key = accessKey(c.access_identifier);
    const list = this.byAccessKey.get(key);
    if (list) list.push(c);
    else this.byAccessKey.set(key, [c]);
    this.contractsById.set(c.id, c);
  }

  contractsByAccessIdentifier(value: string): ContractRecord[] {
    return this.byAccessKey.get(accessKey(value)) ?? [];
  }

  /** Adds a contract built by `build` with the next id. */
  addContract(build: (id: number) => ContractRecord): ContractRecord {
    const c = build(this.nextContractId++);
    this.contracts.push(c);
    this.indexContract(c);
    return c;
  }

  // ── Service requests ───────────────────────────────────────────────────────────────────────

  private setColumns(id: number, status: string, contractId: number, serviceId: number, externalId: string | null): void {
    this.statusOf[id] = status;
    this.contractOf[id] = contractId;
    this.serviceOf[id] = serviceId;
    this.externalOf[id] = externalId;
    indexAdd(this.byStatus, status, id);
    indexAdd(this.byContract, contractId, id);
    indexAdd(this.byService, serviceId, id);
    if (externalId !== null) indexAdd(this.byExternal, externalId, id);
  }

  get serviceRequestCount(): number {
    return this.lastId;
  }

  serviceRequest(id: number): ServiceRequest | undefined {
    if (!Number.isInteger(id) || id < 1 || id > this.lastId) return undefined;
    return this.records.get(id) ?? serviceRequestAt(this.ctx, this.contractsById, id);
  }

  /** Ids of requests with this external id (the API treats it as unique per provider network). */
  idsWithExternalId(externalId: string): readonly number[] {
    return this.byExternal.get(externalId) ?? [];
  }

  countByStatus(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of this.byStatus) out[String(k)] = v.length;
    return out;
  }

  listServiceRequests(filter: ServiceRequestFilter, page: number, size: number): ServiceRequest[] {
    const lists: (readonly number[])[] = [];
    const preds: ((id: number) => boolean)[] = [];
    if (filter.status !== undefined) {
      const s = filter.status;
      lists.push(this.byStatus.get(s) ?? []);
      preds.push((id) => this.statusOf[id] === s);
    }
    if (filter.externalId !== undefined) {
      const e = filter.externalId;
      lists.push(this.byExternal.get(e) ?? []);
      preds.push((id) => this.externalOf[id] === e);
    }
    if (filter.serviceIds !== undefined) {
      const set = new Set(filter.serviceIds);
      lists.push(union(filter.serviceIds.map((s) => this.byService.get(s) ?? [])));
      preds.push((id) => set.has(this.serviceOf[id] ?? 0));
    }
    if (filter.contractIds !== undefined) {
      const set = new Set(filter.contractIds);
      lists.push(union(filter.contractIds.map((c) => this.byContract.get(c) ?? [])));
      preds.push((id) => set.has(this.contractOf[id] ?? 0));
    }
    const offset = (page - 1) * size;
    let ids: number[] = [];
    if (!lists.length) {
      for (let id = offset + 1; id <= Math.min(this.lastId, offset + size); id++) ids.push(id);
    } else {
      const base = lists.reduce((a, b) => (b.length < a.length ? b : a));
      if (lists.length === 1) ids = base.slice(offset, offset + size);
      else {
        let skipped = 0;
        for (const id of base) {
          if (!preds.every((p) => p(id))) continue;
          if (skipped++ < offset) continue;
          ids.push(id);
          if (ids.length >= size) break;
        }
      }
    }
    return ids.flatMap((id) => {
      const sr = this.serviceRequest(id);
      return sr ? [sr] : [];
    });
  }

  /** Stores a new request under the next id. Synchronous, so concurrent callers never share an id. */
  insertServiceRequest(build: (id: number) => ServiceRequest): ServiceRequest {
    const id = ++this.lastId;
    const sr = build(id);
    this.records.set(id, sr);
    this.setColumns(id, sr.current_status, sr.contract_id, sr.service_id, sr.external_id);
    return sr;
  }

  /** Replaces a request (same id) and moves it between the status / external id indexes. */
  replaceServiceRequest(sr: ServiceRequest): void {
    const id = sr.id;
    const oldStatus = this.statusOf[id];
    const oldExternal = this.externalOf[id] ?? null;
    if (oldStatus === undefined) throw new Error(`unknown service request ${id}`);
    if (oldStatus !== sr.current_status) {
      indexRemove(this.byStatus, oldStatus, id);
      indexAdd(this.byStatus, sr.current_status, id);
      this.statusOf[id] = sr.current_status;
    }
    if (oldExternal !== sr.external_id) {
      if (oldExternal !== null) indexRemove(this.byExternal, oldExternal, id);
      if (sr.external_id !== null) indexAdd(this.byExternal, sr.external_id, id);
      this.externalOf[id] = sr.external_id;
    }
    this.records.set(id, sr);
  }

  // ── Points ─────────────────────────────────────────────────────────────────────────────────

  addPointTransaction(build: (id: number) => PointTransactionRecord): PointTransactionRecord {
    const rec = build(this.nextPointId++);
    this.pointTransactions.push(rec);
    return rec;
  }

  /** Points of an identifier: processed adds minus processed spends, as of `nowMs`. */
  balance(accessIdentifier: string, nowMs: number): number {
    const key = accessKey(accessIdentifier);
    let total = 0;
    for (const t of this.pointTransactions) {
      if (t.access_identifier === null || accessKey(t.access_identifier) !== key) continue;
      if (t.outcome !== 'processed' || t.process_at > nowMs) continue;
      total += t.transaction_type === 'add' ? t.points : -t.points;
    }
    return total;
  }

  addRecurrent(build: (id: number) => RecurrentPointTransactionRecord): RecurrentPointTransactionRecord {
    const rec = build(this.nextRecurrentId++);
    this.recurrent.push(rec);
    return rec;
  }

  removeRecurrent(id: number): boolean {
    const i = this.recurrent.findIndex((r) => r.id === id);
    if (i < 0) return false;
    this.recurrent.splice(i, 1);
    return true;
  }
}

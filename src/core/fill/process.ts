// A fill tracked from the request to its end: sent with `fill-process-origin`, then the fill
// process polled (quickly at first, then less often) until COMPLETED or FAILED, every status with
// the time it was first seen. What can go wrong along the way is a state, never a lost fill:
//   refused    the API answered 400 (the data failed the structure): its problems kept
//   unsent     the request failed before an answer (the fill may or may not exist)
//   lost       the fill was accepted but watching it failed (network, timeout, 5xx): the id is
//              kept, and `check()` asks again
//   stopped    the caller stopped watching (cancel): the id is kept as well
// The editor (activity rows, progress notification) and `mok fill --wait` drive the same class.
import type { ApiClient } from '../client/apiClient';
import { ApiError, InputError } from '../errors';
import type { FillProcess, FillRequest } from '../models/documents';
import type { Problem } from '../problems/problem';
import { sleep } from '../sleep';

export type FillStatus = 'sending' | 'CREATED' | 'PROCESSING' | 'COMPLETED' | 'FAILED' | 'refused' | 'unsent' | 'lost' | 'stopped';

export interface FillTarget {
  externalId: string;
  major: number;
  org: string;
}

export interface FillActivity {
  /** Local id of the activity. */
  id: string;
  target: FillTarget;
  documentName: string;
  language: string;
  origin: string;
  status: FillStatus;
  /** When the request was sent (ms since epoch, local clock). */
  startedAt: number;
  /** When each API status was first seen, in ms after `startedAt`. */
  seen: Partial<Record<'CREATED' | 'PROCESSING' | 'COMPLETED' | 'FAILED', number>>;
  fillProcessId?: string;
  /** The minor the API filled with (from the fill process). */
  minor?: number;
  filledDocumentId?: string;
  /** The API's creation and finish dates. */
  creationDate?: string;
  finishDate?: string;
  /** FAILED: the API's message. */
  errorMessage?: string;
  /** refused: what the API said is wrong. */
  problems?: Problem[];
  /** unsent / lost: what went wrong, in words (never a secret). */
  failure?: string;
}

/** What tracking needs from the API (the client, or anything that speaks to the same endpoints). */
export interface FillApi {
  fill(target: FillTarget, body: FillRequest, origin: string, signal?: AbortSignal): Promise<string>;
  status(id: string, org: string, signal?: AbortSignal): Promise<FillProcess>;
}

export function apiFillApi(client: ApiClient): FillApi {
  return {
    fill: async (t, body, origin, signal) => (await client.call('templates.fill', { params: Object.assign({ id: t.externalId, major: t.major }, { org: t.org }), headers: { 'fill-process-origin': origin }, body }, { signal })).fill_process_id,
    status: (id, org, signal) => client.call('fillProcess.get', { params: Object.assign({ fill_process_id: id }, { org }) }, { signal }),
  };
}

export interface TrackOptions {
  signal?: AbortSignal;
  /** Called after every change of the activity. */
  onChange?: (a: FillActivity) => void;
  /** Delays between polls, in ms; the last one repeats (default 250, 500, 1000, 2000). */
  pollDelaysMs?: readonly number[];
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const FINAL: readonly FillStatus[] = ['COMPLETED', 'FAILED', 'refused', 'unsent'];

export function isFinal(status: FillStatus): boolean {
  return FINAL.includes(status);
}

/** Whether the fill exists and its outcome is still to be learnt (`check()` makes sense). */
export function canCheckAgain(a: FillActivity): boolean {
  return a.fillProcessId !== undefined && !isFinal(a.status);
}

function words(e: unknown): string {
  if (ApiError.is(e)) return e.describe();
  if (InputError.is(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

let counter = 0;

/** A new activity for a fill about to be sent. */
export function newActivity(init: { target: FillTarget; body: FillRequest; origin: string }, now: () => number = Date.now): FillActivity {
  return {
    id: `fill-${now().toString(36)}-${(counter++).toString(36)}`,
    target: init.target,
    documentName: init.body.document.name,
    language: init.body.language,
    origin: init.origin,
    status: 'sending',
    startedAt: now(),
    seen: {},
  };
}

export class FillRun {
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  /** `body` is needed to send (`run`); a run rebuilt from a kept activity can only `check`. */
  constructor(
    private readonly api: FillApi,
    readonly activity: FillActivity,
    private readonly body?: FillRequest,
    private readonly options: Omit<TrackOptions, 'signal'> = {},
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  private changed(patch: Partial<FillActivity>): void {
    Object.assign(this.activity, patch);
    this.options.onChange?.(this.activity);
  }

  /** Sends the fill, then watches it until it ends (or the signal stops it). */
  async run(signal?: AbortSignal): Promise<FillActivity> {
    await this.send(signal);
    return this.activity.fillProcessId === undefined ? this.activity : this.watch(signal);
  }

  /** Sends the fill only: CREATED with its id, or refused / unsent. */
  async send(signal?: AbortSignal): Promise<FillActivity> {
    if (!this.body) throw new InputError('invalidArgument', 'This fill was restored from its id: it can be checked, not sent.');
    this.changed({ status: 'sending' });
    let id: string;
    try {
      id = await this.api.fill(this.activity.target, this.body, this.activity.origin, signal);
    } catch (e) {
      if (ApiError.is(e, 'validation')) this.changed({ status: 'refused', problems: e.problems, failure: e.message });
      else if (ApiError.is(e, 'cancelled')) this.changed({ status: 'unsent', failure: 'Cancelled before the API answered: the fill may or may not have been created.' });
      else this.changed({ status: 'unsent', failure: words(e) });
      return this.activity;
    }
    this.changed({ fillProcessId: id, status: 'CREATED', seen: { ...this.activity.seen, CREATED: this.now() - this.activity.startedAt } });
    return this.activity;
  }

  /** Polls the fill process until COMPLETED or FAILED; a failure to read it leaves the id kept. */
  async watch(signal?: AbortSignal): Promise<FillActivity> {
    const id = this.activity.fillProcessId;
    if (id === undefined) return this.activity;
    const delays = this.options.pollDelaysMs ?? [250, 500, 1000, 2000];
    for (let attempt = 0; ; attempt++) {
      try {
        this.observe(await this.api.status(id, this.activity.target.org, signal));
      } catch (e) {
        if (ApiError.is(e, 'cancelled') || signal?.aborted) this.changed({ status: 'stopped', failure: undefined });
        else this.changed({ status: 'lost', failure: words(e) });
        return this.activity;
      }
      if (isFinal(this.activity.status)) return this.activity;
      try {
        await this.sleep(delays[Math.min(attempt, delays.length - 1)] ?? 1000, signal);
      } catch {
        this.changed({ status: 'stopped', failure: undefined });
        return this.activity;
      }
    }
  }

  /** Reads the status once more (after `lost` or `stopped`) and keeps watching if it is not over. */
  check(signal?: AbortSignal): Promise<FillActivity> {
    return this.watch(signal);
  }

  private observe(p: FillProcess): void {
    const seen = { ...this.activity.seen };
    const at = this.now() - this.activity.startedAt;
    if (p.status === 'PROCESSING' || p.status === 'COMPLETED' || p.status === 'FAILED') seen.CREATED ??= at;
    if (p.status === 'COMPLETED' || p.status === 'FAILED') seen.PROCESSING ??= at;
    seen[p.status] ??= at;
    this.changed({
      status: p.status,
      seen,
      minor: p.template.minor_version,
      creationDate: p.creation_date,
      failure: undefined,
      ...(p.finish_date ? { finishDate: p.finish_date } : {}),
      ...(p.filled_document_id ? { filledDocumentId: p.filled_document_id } : {}),
      ...(p.error ? { errorMessage: p.error.message } : {}),
    });
  }
}

/** "CREATED 0.0 s · PROCESSING 0.3 s · COMPLETED 1.1 s" */
export function timingWords(a: FillActivity): string {
  const order = ['CREATED', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
  return order
    .filter((s) => a.seen[s] !== undefined)
    .map((s) => `${s} ${((a.seen[s] ?? 0) / 1000).toFixed(1)} s`)
    .join(' · ');
}

/** The duration the API reports (finish − creation), in seconds, when both dates are there. */
export function apiDurationSeconds(a: FillActivity): number | undefined {
  if (!a.creationDate || !a.finishDate) return undefined;
  const ms = Date.parse(a.finishDate) - Date.parse(a.creationDate);
  return Number.isFinite(ms) ? ms / 1000 : undefined;
}

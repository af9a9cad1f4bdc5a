// The sandbox's control endpoints that concern webhooks, as one contract for the sandbox (which
// serves them), the CLI (`mok sandbox trigger`) and the extension ("Simulate MOK Event…"):
// POST /__sandbox/events makes a change "from one of MOK's platforms" and sends its webhook.
import { request } from 'undici';
import { ApiError, statusToReason } from '../errors';
import { classifyNetworkError, networkFailureMessage } from '../http/network';

export type PlatformEventKind = 'created' | 'updated';

/** Body of POST /__sandbox/events. */
export interface PlatformEventRequest {
  event: PlatformEventKind;
  /** created: announce this existing request instead of creating one; updated: the request to change (default: an open one). */
  service_request_id?: number;
  /** created: the new request's status (default pending); updated: the new status (default the next one). */
  status?: string;
}

/** Answer of POST /__sandbox/events. */
export interface PlatformEventResult {
  event: 'service_request.created' | 'service_request.updated';
  service_request: { id: number; public_id: string | null; current_status: string };
  /** The delivery queued for the webhook URL, or null when the sandbox has none. */
  delivery_id: string | null;
  webhook_url: string | null;
}

export function isPlatformEventKind(x: string): x is PlatformEventKind {
  return x === 'created' || x === 'updated';
}

function isResult(x: unknown): x is PlatformEventResult {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  const sr = r.service_request as Record<string, unknown> | undefined;
  return typeof r.event === 'string' && !!sr && typeof sr.id === 'number' && typeof sr.current_status === 'string';
}

/** Asks the sandbox at `baseUrl` for a MOK-side event. Rejects with ApiError (network, or the sandbox's refusal). */
export async function triggerPlatformEvent(baseUrl: string, body: PlatformEventRequest, signal?: AbortSignal): Promise<PlatformEventResult> {
  const url = `${baseUrl.replace(/\/+$/, '')}/__sandbox/events`;
  let status: number;
  let parsed: unknown;
  try {
    const res = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal ?? AbortSignal.timeout(15_000) });
    status = res.statusCode;
    const text = await res.body.text();
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      parsed = undefined;
    }
  } catch (e) {
    if (signal?.aborted) throw new ApiError({ reason: 'cancelled', message: 'The request was cancelled.', cause: e });
    throw new ApiError({ reason: 'network', message: networkFailureMessage(classifyNetworkError(e, false), new URL(url).origin, undefined), cause: e });
  }
  if (status >= 200 && status < 300 && isResult(parsed)) return parsed;
  const detail = (parsed as { errors?: Array<{ detail?: unknown }> } | undefined)?.errors?.[0]?.detail;
  throw new ApiError({ reason: status >= 200 && status < 300 ? 'invalidResponse' : statusToReason(status), status, message: typeof detail === 'string' ? detail : `the sandbox answered ${status}; is ${baseUrl} a MOK sandbox?` });
}

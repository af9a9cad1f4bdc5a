// MOK-side events: what the MOK API document means by a service request "created or updated from
// one of our platforms" (the events that send webhooks). The sandbox makes them on request
// (POST /__sandbox/events, `mok sandbox trigger`) and in traffic mode (`--simulate-every`), in
// which MOK's platforms keep creating requests for the partner's services and moving open ones
// through their statuses. Every event sends its webhook with origin `platform`.
import { SERVICE_REQUEST_STATUSES, type ServiceRequest, type ServiceRequestStatus } from '../../core/models/mok';
import type { PlatformEventRequest } from '../../core/webhooks/sandboxControl';
import { mokError } from '../errors';
import type { SandboxResponse } from '../types';
import { notFound, type MokContext } from './context';
import { planByCode, serviceById } from './seed/catalogue';
import { Rng, hashSeed } from './seed/random';
import { ORDER, buildSeeded, inSeedOrder, publicId } from './seed/serviceRequests';

export type PlatformOutcome = { ok: true; event: 'service_request.created' | 'service_request.updated'; serviceRequest: ServiceRequest; deliveryId: string | undefined } | { ok: false; response: SandboxResponse };

const OPEN: readonly ServiceRequestStatus[] = ['pending', 'assigned', 'in_progress'];

function isStatus(s: string): s is ServiceRequestStatus {
  return (SERVICE_REQUEST_STATUSES as readonly string[]).includes(s);
}

function badStatus(status: string): PlatformOutcome {
  return { ok: false, response: mokError(422, 'invalid_status', `status "${status}" is not one of ${SERVICE_REQUEST_STATUSES.join(', ')} (a sandbox rule: the API document does not list the statuses)`, 'status') };
}

export function platformEvents(ctx: MokContext) {
  const rng = new Rng(hashSeed(ctx.seed, 0x91, Date.now() % 0x7fffffff));

  function created(o: PlatformEventRequest): PlatformOutcome {
    if (o.status !== undefined && !isStatus(o.status)) return badStatus(o.status);
    if (o.service_request_id !== undefined) {
      // Announces an existing request as MOK would have, e.g. to test a receiver's idempotency.
      const sr = ctx.store.serviceRequest(o.service_request_id);
      if (!sr) return { ok: false, response: notFound('Service request', String(o.service_request_id)) };
      return { ok: true, event: 'service_request.created', serviceRequest: sr, deliveryId: ctx.emit('service_request.created', sr, 'platform') };
    }
    const made = newRequest(o.status ?? 'pending');
    if (!made) return { ok: false, response: mokError(409, 'no_contract', 'No active contract has a service this sandbox can create a request for.') };
    return { ok: true, event: 'service_request.created', serviceRequest: made, deliveryId: ctx.emit('service_request.created', made, 'platform') };
  }

  function updated(o: PlatformEventRequest): PlatformOutcome {
    if (o.status !== undefined && !isStatus(o.status)) return badStatus(o.status);
    const current = o.service_request_id !== undefined ? ctx.store.serviceRequest(o.service_request_id) : openRequest();
    if (!current) return { ok: false, response: o.service_request_id !== undefined ? notFound('Service request', String(o.service_request_id)) : mokError(409, 'nothing_open', 'No open service request to update; create one first.') };
    const status = o.status ?? nextStatus(current.current_status);
    if (!status) return { ok: false, response: mokError(422, 'no_next_status', `Service request ${current.id} is ${current.current_status}: give the status to move it to.`, 'status') };
    const next = withStatus(current, status);
    ctx.store.replaceServiceRequest(next);
    return { ok: true, event: 'service_request.updated', serviceRequest: next, deliveryId: ctx.emit('service_request.updated', next, 'platform') };
  }

  /** One step of traffic mode: a new request now and then, otherwise an open one moves on. */
  function traffic(): PlatformOutcome {
    return rng.chance(0.35) || !openRequest() ? created({ event: 'created' }) : updated({ event: 'updated' });
  }

  function newRequest(status: ServiceRequestStatus): ServiceRequest | undefined {
    const contracts = ctx.store.contracts.filter((c) => c.active);
    for (let tries = 0; tries < 20 && contracts.length; tries++) {
      const contract = rng.pick(contracts);
      const services = (planByCode(contract.plan_code)?.serviceIds ?? []).filter((id) => !contract.limits.get(id)?.block_service);
      const svc = services.length ? serviceById(rng.pick(services)) : undefined;
      if (!svc) continue;
      const now = ctx.host.now();
      const nowIso = now.toISOString();
      return ctx.store.insertServiceRequest((id) => {
        const externalId = `mok${rng.digits(9)}`;
        // The seed's generator gives realistic Spanish addresses, answers and names; the rest is "now".
        const base = buildSeeded(rng, { contractId: contract.id, serviceId: svc.id, status: 'pending', externalId }, contract, svc, id, { seed: ctx.seed, size: id, anchor: now, contracts });
        const sr: ServiceRequest = {
          ...base,
          public_id: publicId(id, externalId),
          requested_at: nowIso,
          status_history: { pending: nowIso },
          scheduled_date: nowIso.slice(0, 10),
          scheduled_time: nowIso.slice(11, 19),
          provider_name: null,
          provider_phone: null,
          technician_name: null,
          source: 'mok_platform',
        };
        return status === 'pending' ? inSeedOrder(sr) : inSeedOrder(withStatus(sr, status));
      });
    }
    return undefined;
  }

  function openRequest(): ServiceRequest | undefined {
    const candidates = OPEN.flatMap((status) => ctx.store.listServiceRequests({ status }, 1, 20));
    return candidates.length ? rng.pick(candidates) : undefined;
  }

  function withStatus(sr: ServiceRequest, status: ServiceRequestStatus): ServiceRequest {
    const at = ctx.nowIso();
    const assigned = status === 'assigned' || status === 'in_progress' || status === 'completed';
    return {
      ...sr,
      current_status: status,
      status_history: { ...(sr.status_history ?? {}), [status]: at },
      ...(assigned && !sr.provider_name ? { provider_name: 'Grúas Ibéricas S.L.', provider_phone: `91${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`, technician_name: 'Javier Moreno Ruiz' } : {}),
    };
  }

  return { created, updated, traffic };
}

function nextStatus(status: string): ServiceRequestStatus | undefined {
  const i = ORDER.indexOf(status as ServiceRequestStatus);
  return i >= 0 && i < ORDER.length - 1 ? ORDER[i + 1] : undefined;
}

export type PlatformEvents = ReturnType<typeof platformEvents>;

// Service requests generated on demand from (seed, index), so a 50,000-request sandbox starts in
// milliseconds: `serviceRequestHead` draws only the columns the store indexes, `serviceRequestAt`
// continues the same random stream for the full record.
import { type Answer, type ServiceRequest, type ServiceRequestStatus } from '../../../core/models/mok';
import { Rng, at, hashSeed } from './random';
import { addDays, address, CITIES, CONTACT_CENTER_PHONE, DAY_MS, FIRST_NAMES, fullAddress, isoDay, pad, PLATE_LETTERS, PROVIDERS, SOURCES, spacedMobile, SURNAMES, WORKSHOP_NAMES } from './spain';
import type { ServiceDef } from './catalogue';
import { PROVIDER_NETWORK, SERVICES, TOWING_SERVICE_IDS, planByCode, serviceById } from './catalogue';
import type { ContractRecord } from './contracts';

// ── Service requests ─────────────────────────────────────────────────────────────────────────

export interface ServiceRequestHead {
  contractId: number;
  serviceId: number;
  status: ServiceRequestStatus;
  externalId: string | null;
}

export interface ServiceRequestSeedContext {
  seed: number;
  /** Number of seeded requests; ids are 1..size, newest last. */
  size: number;
  anchor: Date;
  /** Active seeded contracts only; must not change after seeding (draws index into it). */
  contracts: readonly ContractRecord[];
}

/** Requests spread over the last 540 days, evenly by id, so recent ids are still open. */
export const SPAN_MS = 540 * DAY_MS;

export function requestedAtMs(ctx: ServiceRequestSeedContext, id: number): number {
  return ctx.anchor.getTime() - ((ctx.size - id + 1) / ctx.size) * SPAN_MS;
}

export function headFrom(rng: Rng, ctx: ServiceRequestSeedContext, id: number): ServiceRequestHead {
  const contract = at(ctx.contracts, Math.floor(rng.next() * ctx.contracts.length));
  const plan = planByCode(contract.plan_code);
  const serviceIds = plan?.serviceIds ?? [at(SERVICES, 0).id];
  const serviceId = at(serviceIds, Math.floor(rng.next() * serviceIds.length));
  const ageMs = ctx.anchor.getTime() - requestedAtMs(ctx, id);
  const roll = rng.next();
  let status: ServiceRequestStatus;
  if (ageMs < 3 * DAY_MS) status = roll < 0.35 ? 'pending' : roll < 0.6 ? 'assigned' : roll < 0.8 ? 'in_progress' : roll < 0.93 ? 'completed' : 'cancelled';
  else status = roll < 0.04 ? 'pending' : roll < 0.07 ? 'assigned' : roll < 0.09 ? 'in_progress' : roll < 0.85 ? 'completed' : 'cancelled';
  const extRoll = rng.next();
  // 387420489 = 3^18 is coprime with 10^9, so ids map to distinct 9-digit tails (prefix "7").
  const externalId = extRoll < 0.05 ? null : `7${pad((id * 387420489 + (ctx.seed % 1_000_000_000)) % 1_000_000_000, 9)}`;
  return { contractId: contract.id, serviceId, status, externalId };
}

export const srRng = (ctx: ServiceRequestSeedContext, id: number) => new Rng(hashSeed(ctx.seed, 0x5e, id));

export function serviceRequestHead(ctx: ServiceRequestSeedContext, id: number): ServiceRequestHead {
  return headFrom(srRng(ctx, id), ctx, id);
}

export const ORDER: readonly ServiceRequestStatus[] = ['pending', 'assigned', 'in_progress', 'completed'];

export function history(rng: Rng, status: ServiceRequestStatus, requestedAt: number): Record<string, string> {
  const out: Record<string, string> = {};
  let t = requestedAt;
  const stamp = (s: string) => {
    out[s] = new Date(t).toISOString();
  };
  stamp('pending');
  if (status === 'cancelled') {
    if (rng.chance(0.5)) {
      t += rng.int(5, 40) * 60_000;
      stamp('assigned');
    }
    t += rng.int(5, 90) * 60_000;
    stamp('cancelled');
    return out;
  }
  const steps = [10, 60, 150];
  for (let i = 1; i <= ORDER.indexOf(status); i++) {
    t += rng.int(5, at(steps, i - 1)) * 60_000;
    stamp(at(ORDER, i));
  }
  return out;
}

export function answersFor(rng: Rng, svc: ServiceDef): Answer[] | undefined {
  if (!svc.form) return undefined;
  return svc.form.map((q) => {
    let value: string | number | boolean;
    let text: string;
    switch (q.type) {
      case 'boolean':
        value = rng.chance(0.5);
        text = value ? 'Sí' : 'No';
        break;
      case 'number':
        value = rng.int(1, 4);
        text = String(value);
        break;
      case 'select':
        value = rng.pick(q.options ?? ['Otro']);
        text = value;
        break;
      case 'text':
        value = `${rng.digits(4)}${rng.pick([...PLATE_LETTERS])}${rng.pick([...PLATE_LETTERS])}${rng.pick([...PLATE_LETTERS])}`;
        text = value;
        break;
    }
    return { question_key: q.key, question_text: q.text, value, answer_text: text, type: q.type };
  });
}

export function publicId(id: number, externalId: string | null): string {
  return `${pad(PROVIDER_NETWORK.id, 5)}-${pad(id, 5)}${externalId ? `-${externalId}` : ''}`;
}

/** Fields every service request copies from its contract, plan and service. */
export function contractDerivedFields(contract: ContractRecord, svc: ServiceDef) {
  const plan = planByCode(contract.plan_code);
  return {
    service_id: svc.id,
    contract_id: contract.id,
    plan_code: contract.plan_code,
    access_identifier: contract.access_identifier,
    access_identifier_kind: contract.access_identifier_kind,
    user_email: contract.email,
    user_first_name: contract.first_name,
    user_last_name: contract.last_name,
    service_external_id: svc.external_id,
    external_plan_id: plan?.external_plan_id ?? null,
    document_identifier: contract.document_identifier ?? contract.access_identifier,
  };
}

/** Key order of the seed's service request examples, so "open as JSON" reads like the real API. */
export const SERVICE_REQUEST_KEY_ORDER = [
  'id', 'service_id', 'contract_id', 'external_id', 'public_id', 'plan_code', 'current_status', 'access_identifier',
  'access_identifier_kind', 'requested_at', 'service_name', 'status_history', 'extra_info', 'origin_address',
  'origin_latitude', 'origin_longitude', 'destination_address', 'destination_latitude', 'destination_longitude',
  'scheduled_date', 'scheduled_end_date', 'scheduled_time', 'provider_name', 'provider_phone', 'technician_name',
  'user_full_name', 'user_email', 'user_phone', 'source', 'contact_center_phone', 'service_external_id',
  'user_first_name', 'user_last_name', 'external_plan_id', 'document_identifier', 'answers',
] as const;

/** Same record, keys in the seed's order (unknown keys last). */
export function inSeedOrder<T extends Record<string, unknown>>(sr: T): T {
  const out: Record<string, unknown> = {};
  for (const k of SERVICE_REQUEST_KEY_ORDER) if (k in sr) out[k] = sr[k];
  return Object.assign(out, sr);
}

/** The full seeded service request `id` (1-based). Same (seed, size, anchor) → same record. */
export function serviceRequestAt(ctx: ServiceRequestSeedContext, contractsById: ReadonlyMap<number, ContractRecord>, id: number): ServiceRequest {
  const rng = srRng(ctx, id);
  const head = headFrom(rng, ctx, id);
  const contract = contractsById.get(head.contractId);
  const svc = serviceById(head.serviceId);
  if (!contract || !svc) throw new Error(`seed inconsistency for service request ${id}`);
  return inSeedOrder(buildSeeded(rng, head, contract, svc, id, ctx));
}

export function buildSeeded(rng: Rng, head: ServiceRequestHead, contract: ContractRecord, svc: ServiceDef, id: number, ctx: ServiceRequestSeedContext): ServiceRequest {
  const requestedAt = Math.floor(requestedAtMs(ctx, id) / 1000) * 1000 + rng.int(0, 59) * 1000;
  const city = CITIES.find((c) => c.name === contract.city) ?? rng.pick(CITIES);
  const origin = address(rng, rng.chance(0.85) ? city : rng.pick(CITIES));
  const towing = TOWING_SERVICE_IDS.has(svc.id);
  const dest = towing ? address(rng, origin.city) : undefined;
  const hasProvider = head.status !== 'pending' && !(head.status === 'cancelled' && rng.chance(0.5));
  const provider = rng.pick(PROVIDERS[svc.category]);
  const scheduled = new Date(requestedAt + rng.int(0, 6) * 3_600_000);
  return {
    id,
    ...contractDerivedFields(contract, svc),
    external_id: head.externalId,
    public_id: publicId(id, head.externalId),
    current_status: head.status,
    requested_at: new Date(requestedAt).toISOString(),
    service_name: svc.name,
    status_history: history(rng, head.status, requestedAt),
    extra_info: rng.chance(0.4) ? rng.pick(['Cliente en el arcén con chaleco reflectante', 'Llamar antes de llegar', 'Portal con código 1234', 'Persona mayor, paciencia', 'Acceso por la calle lateral']) : null,
    origin_address: fullAddress(origin),
    origin_latitude: origin.lat,
    origin_longitude: origin.lon,
    destination_address: dest ? `${rng.pick(WORKSHOP_NAMES)}, ${dest.line}, ${dest.postalCode} ${dest.city.name}` : null,
    destination_latitude: dest ? dest.lat : null,
    destination_longitude: dest ? dest.lon : null,
    scheduled_date: isoDay(scheduled),
    scheduled_end_date: svc.id === 3968113359 && rng.chance(0.5) ? isoDay(addDays(scheduled, 1)) : null,
    scheduled_time: scheduled.toISOString().slice(11, 19),
    provider_name: hasProvider ? provider : null,
    provider_phone: hasProvider ? `9${rng.int(1, 8)}${rng.int(1, 9)} ${rng.digits(3)} ${rng.digits(3)}` : null,
    technician_name: hasProvider ? `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}` : null,
    user_full_name: [contract.first_name, contract.last_name].filter(Boolean).join(' ') || null,
    user_phone: contract.mobile_phone_number ? spacedMobile(contract.mobile_phone_number) : null,
    source: rng.pick(SOURCES),
    contact_center_phone: CONTACT_CENTER_PHONE,
    ...(svc.form ? { answers: answersFor(rng, svc) } : {}),
  };
}

// The MOK fake: one handler per catalogue operation (auth.token is the server frame's), holding
// the rules api-notes.md lists. Decisions where the seeds are silent:
// - Creating a service request with an `external_id` this provider network already used → 422
//   `external_id_taken`; clients look up by external id first to stay idempotent.
// - Create also refuses inactive contracts, services outside the contract's plan and services a
//   limit blocks (422 `contract_inactive` / `service_not_in_plan` / `service_blocked`). Creating
//   does not consume limits: load tests must be able to create thousands of requests.
// - A request's `public_id` is fixed at creation; changing `external_id` later does not rewrite it.
// - Admin create_or_update answers 200 with `success?: false` and `errors` on validation failure
//   (the seed documents validation results in the body), like every batch item.
// - Point transactions are decided when created (unknown identifier or a spend beyond the balance
//   fails) and read as `pending` until one second later.
import type { z } from 'zod';
import {
  adminContractBatchItem,
  E164_PATTERN,
  pointTransactionBody,
  recurrentPointTransactionBody,
  recurrentPointTransactionUpdateBody,
  SERVICE_REQUEST_STATUSES,
  serviceRequestCreateBody,
  serviceRequestUpdateBody,
  describeLimits,
  type AccessIdentifierKind,
  type AdminContract,
  type RecurrentPointTransactionInput,
  type ServiceRequest,
} from '../../core/models/mok';
import { DEFAULT_PAGE_NUMBER, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type MokOperationId } from '../../core/catalogue/mok';
import { mokError, type Handler, type SandboxHost, type SandboxRequest, type SandboxResponse } from '../types';
import {
  accessKey,
  contractDerivedFields,
  emptyLimits,
  hashSeed,
  inSeedOrder,
  isoDay,
  planByCode,
  PLANS,
  PROVIDER_NETWORK,
  publicId,
  rankingFor,
  SERVICES,
  serviceByExternalId,
  serviceById,
  type ContractRecord,
  type ServiceDef,
} from './seed';
import { adminContractView, contractView, MokStore, networkServices, planServices, pointTransactionView, recurrentView, type ServiceRequestFilter } from './store';

export interface MokSandboxOptions {
  /** Seeded service requests (default 200). */
  seedSize?: number;
  /** PRNG seed (default fixed): same seed, same day → same data. */
  seed?: number;
}

export interface MokSandbox {
  /** Keyed by catalogue operation id; `auth.token` is left to the server frame. */
  handlers: Record<string, Handler>;
  reset(): void;
  stats(): Record<string, number>;
  /** Who the sandbox's OAuth client is. */
  providerNetwork: { readonly id: number; readonly name: string };
}

export const DEFAULT_SEED_SIZE = 200;
export const DEFAULT_SEED = 20_250_101;

type HandledOperation = Exclude<MokOperationId, 'auth.token'>;

interface Problem {
  code: string;
  detail: string;
  source?: string;
}

function mokErrors(status: number, problems: readonly Problem[]): SandboxResponse {
  return { status, body: { errors: problems.map((p) => ({ status, code: p.code, detail: p.detail, ...(p.source ? { source: { parameter: p.source } } : {}) })) } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string') v = v[k];
    else return undefined;
  }
  return v;
}

/** Zod issues as MOK errors: unknown keys name the key, missing values say so, the rest keep zod's message. */
function zodProblems(error: z.ZodError, input: unknown, immutable: ReadonlySet<string> = new Set()): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => {
        const source = path ? `${path}.${k}` : k;
        return immutable.has(k)
          ? { code: 'immutable_parameter', detail: `${k} can't be changed after the service request is created`, source }
          : { code: 'unpermitted_parameter', detail: `${k} is not an accepted field${path ? ` of ${path}` : ''}`, source };
      });
    }
    const missing = valueAt(input, issue.path) === undefined;
    return [
      missing
        ? { code: 'missing_required_params', detail: `${path || 'body'} is required`, ...(path ? { source: path } : {}) }
        : { code: 'invalid_parameter', detail: `${path || 'body'}: ${issue.message}`, ...(path ? { source: path } : {}) },
    ];
  });
}

/** Non-empty query value or undefined. */
function q(req: SandboxRequest, name: string): string | undefined {
  const v = req.query.get(name)?.trim();
  return v ? v : undefined;
}

function idParam(req: SandboxRequest): number | undefined {
  const raw = req.params.id ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Coordinates go back as decimal strings, as the API sends them, whatever form came in. */
function wireDecimal(v: string | number | null | undefined): string | null | undefined {
  return typeof v === 'number' ? String(v) : v;
}

function toDateTime(v: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00.000Z` : new Date(v).toISOString();
}

function guessKind(identifier: string): AccessIdentifierKind {
  if (identifier.includes('@')) return 'email';
  if (/^(\d{8}|[XYZ]\d{7})[A-Z]$/i.test(identifier.trim())) return 'national_id';
  const key = accessKey(identifier);
  if (/^\+34[67]/.test(key)) return 'mobile_phone_number';
  if (/^\+34[89]/.test(key)) return 'phone_number';
  return 'access_code';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASSTHROUGH_FIELDS = ['city', 'state', 'country', 'address_line_one', 'address_line_two', 'vehicle_plate_number', 'surname', 'second_surname'] as const;

export function createMokSandbox(host: SandboxHost, options: MokSandboxOptions = {}): MokSandbox {
  const seed = options.seed ?? DEFAULT_SEED;
  const seedSize = Math.max(0, Math.floor(options.seedSize ?? DEFAULT_SEED_SIZE));
  let store = new MokStore({ seed, seedSize, now: () => host.now() });

  const nowIso = () => host.now().toISOString();
  const notFound = (what: string, id: string | undefined) => mokError(404, 'not_found', `${what} ${id ?? ''} not found`.replace(/\s+/g, ' '));

  function emit(event: 'service_request.created' | 'service_request.updated', sr: ServiceRequest): void {
    store.counters.webhooksEmitted++;
    host.emitWebhook(event, sr);
  }

  // ── Service requests ───────────────────────────────────────────────────────────────────────

  function listServiceRequests(req: SandboxRequest): SandboxResponse {
    const pageRaw = q(req, 'page[number]') ?? String(DEFAULT_PAGE_NUMBER);
    const sizeRaw = q(req, 'page[size]') ?? String(DEFAULT_PAGE_SIZE);
    const problems: Problem[] = [];
    if (!/^\d+$/.test(pageRaw) || Number(pageRaw) < 1) problems.push({ code: 'invalid_parameter', detail: 'page[number] must be a whole number ≥ 1', source: 'page[number]' });
    if (!/^\d+$/.test(sizeRaw) || Number(sizeRaw) < 1 || Number(sizeRaw) > MAX_PAGE_SIZE)
      problems.push({ code: 'invalid_parameter', detail: `page[size] must be a whole number from 1 to ${MAX_PAGE_SIZE}`, source: 'page[size]' });
    for (const name of ['service_id', 'contract_id']) {
      const v = q(req, name);
      if (v !== undefined && !/^\d+$/.test(v)) problems.push({ code: 'invalid_parameter', detail: `${name} must be a whole number`, source: name });
    }
    if (problems.length) return mokErrors(422, problems);

    const filter: ServiceRequestFilter = {};
    const empty = { status: 200, body: { service_requests: [] } };
    const status = q(req, 'current_status');
    if (status) filter.status = status;
    const externalId = q(req, 'external_id');
    if (externalId) filter.externalId = externalId;

    const serviceId = q(req, 'service_id');
    const serviceExternalId = q(req, 'service_external_id');
    if (serviceId || serviceExternalId) {
      let ids: number[] = serviceId ? [Number(serviceId)] : SERVICES.map((s) => s.id);
      if (serviceExternalId) {
        const byExt = serviceByExternalId(serviceExternalId);
        ids = byExt ? ids.filter((id) => id === byExt.id) : [];
      }
      if (!ids.length) return empty;
      filter.serviceIds = ids;
    }

    const contractId = q(req, 'contract_id');
    const identifiers = [q(req, 'access_identifier'), q(req, 'document_identifier')].filter((v): v is string => v !== undefined);
    if (contractId || identifiers.length) {
      let ids: number[] | undefined = contractId ? [Number(contractId)] : undefined;
      for (const ident of identifiers) {
        const matched = store.contractsByAccessIdentifier(ident).map((c) => c.id);
        ids = ids ? ids.filter((id) => matched.includes(id)) : matched;
      }
      if (!ids?.length) return empty;
      filter.contractIds = ids;
    }
    return { status: 200, body: { service_requests: store.listServiceRequests(filter, Number(pageRaw), Number(sizeRaw)) } };
  }

  function pickContract(identifier: string, svc: ServiceDef): ContractRecord | undefined {
    const candidates = store.contractsByAccessIdentifier(identifier);
    const inPlan = (c: ContractRecord) => planByCode(c.plan_code)?.serviceIds.includes(svc.id) ?? false;
    return candidates.find((c) => c.active && inPlan(c)) ?? candidates.find((c) => c.active) ?? candidates[0];
  }

  function createServiceRequest(req: SandboxRequest): SandboxResponse {
    const parsed = serviceRequestCreateBody.safeParse(req.body);
    if (!parsed.success) return mokErrors(422, zodProblems(parsed.error, req.body));
    const f = parsed.data.service_request;

    let svc: ServiceDef | undefined;
    if (f.service_external_id) {
      // The external id wins over service_id when both are sent (API docs).
      svc = serviceByExternalId(f.service_external_id);
      if (!svc) return mokError(422, 'service_not_found', `No service of this provider network has service_external_id "${f.service_external_id}"`, 'service_request.service_external_id');
    } else if (f.service_id !== undefined) {
      svc = serviceById(f.service_id);
      if (!svc) return mokError(422, 'service_not_found', `No service of this provider network has id ${f.service_id}`, 'service_request.service_id');
    } else {
      return mokError(422, 'missing_required_params', 'A service is required: send service_id or service_external_id', 'service_request.service_id');
    }

    let contract: ContractRecord | undefined;
    if (f.contract_id !== undefined) {
      contract = store.contractsById.get(f.contract_id);
      if (!contract) return mokError(422, 'contract_not_found', `No contract with id ${f.contract_id}`, 'service_request.contract_id');
    } else {
      const identifier = f.access_identifier ?? f.document_identifier;
      if (!identifier) return mokError(422, 'missing_required_params', 'A contract is required: send contract_id or access_identifier', 'service_request.contract_id');
      contract = pickContract(identifier, svc);
      if (!contract) return mokError(422, 'contract_not_found', `No contract matches access_identifier "${identifier}"`, f.access_identifier ? 'service_request.access_identifier' : 'service_request.document_identifier');
    }
    if (!contract.active) return mokError(422, 'contract_inactive', `Contract ${contract.id} is not active`, 'service_request.contract_id');
    if (!(planByCode(contract.plan_code)?.serviceIds.includes(svc.id) ?? false))
      return mokError(422, 'service_not_in_plan', `Service ${svc.id} (${svc.name}) is not part of plan ${contract.plan_code} of contract ${contract.id}`, 'service_request.service_id');
    const limits = contract.limits.get(svc.id);
    if (limits?.block_service)
      return mokError(422, 'service_blocked', `Service ${svc.name} is blocked for contract ${contract.id}: ${describeLimits(limits).join('; ')}`, 'service_request.service_id');

    const status = f.current_status ?? 'pending';
    if (!(SERVICE_REQUEST_STATUSES as readonly string[]).includes(status))
      return mokError(422, 'invalid_status', `current_status must be one of ${SERVICE_REQUEST_STATUSES.join(', ')}`, 'service_request.current_status');
    const externalId = f.external_id ?? null;
    if (externalId !== null && store.idsWithExternalId(externalId).length)
      return mokError(422, 'external_id_taken', `external_id "${externalId}" is already used by service request ${store.idsWithExternalId(externalId)[0] ?? ''}`, 'service_request.external_id');

    const now = nowIso();
    const chosenContract = contract;
    const chosenService = svc;
    const sr = store.insertServiceRequest((id) =>
      inSeedOrder({
        id,
        ...contractDerivedFields(chosenContract, chosenService),
        external_id: externalId,
        public_id: publicId(id, externalId),
        current_status: status,
        requested_at: f.requested_at ?? now,
        service_name: f.service_name ?? chosenService.name,
        status_history: status === 'pending' ? { pending: now } : { pending: now, [status]: now },
        extra_info: null,
        origin_address: f.origin_address ?? null,
        origin_latitude: wireDecimal(f.origin_latitude) ?? null,
        origin_longitude: wireDecimal(f.origin_longitude) ?? null,
        destination_address: f.destination_address ?? null,
        destination_latitude: wireDecimal(f.destination_latitude) ?? null,
        destination_longitude: wireDecimal(f.destination_longitude) ?? null,
        scheduled_date: f.scheduled_date ?? null,
        scheduled_end_date: f.scheduled_end_date ?? null,
        scheduled_time: f.scheduled_time ?? null,
        provider_name: f.provider_name ?? null,
        provider_phone: f.provider_phone ?? null,
        technician_name: f.technician_name ?? null,
        // Deprecated: new requests carry user_first_name/user_last_name only (seed create response).
        user_full_name: null,
        user_phone: f.user_phone ?? null,
        source: f.source ?? null,
        contact_center_phone: f.contact_center_phone ?? null,
      }),
    );
    emit('service_request.created', sr);
    return { status: 200, body: { service_request: sr } };
  }

  function updateServiceRequest(req: SandboxRequest): SandboxResponse {
    const id = idParam(req);
    const current = id === undefined ? undefined : store.serviceRequest(id);
    if (!current) return notFound('Service request', req.params.id);
    const parsed = serviceRequestUpdateBody.safeParse(req.body);
    if (!parsed.success) return mokErrors(422, zodProblems(parsed.error, req.body, new Set(['service_id', 'contract_id'])));
    const f = parsed.data.service_request;

    if (f.current_status !== undefined && !(SERVICE_REQUEST_STATUSES as readonly string[]).includes(f.current_status))
      return mokError(422, 'invalid_status', `current_status must be one of ${SERVICE_REQUEST_STATUSES.join(', ')}`, 'service_request.current_status');
    if (f.external_id) {
      const other = store.idsWithExternalId(f.external_id).find((x) => x !== current.id);
      if (other !== undefined) return mokError(422, 'external_id_taken', `external_id "${f.external_id}" is already used by service request ${other}`, 'service_request.external_id');
    }

    const patch = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
    const next: ServiceRequest = {
      ...current,
      ...patch,
      origin_latitude: wireDecimal(f.origin_latitude) ?? current.origin_latitude,
      origin_longitude: wireDecimal(f.origin_longitude) ?? current.origin_longitude,
      destination_latitude: wireDecimal(f.destination_latitude) ?? current.destination_latitude,
      destination_longitude: wireDecimal(f.destination_longitude) ?? current.destination_longitude,
      current_status: f.current_status ?? current.current_status,
      external_id: f.external_id === undefined ? current.external_id : f.external_id,
    };
    // Explicit nulls clear coordinates; `??` above would keep the old value.
    for (const k of ['origin_latitude', 'origin_longitude', 'destination_latitude', 'destination_longitude'] as const) if (f[k] === null) next[k] = null;
    if (next.current_status !== current.current_status) next.status_history = { ...(current.status_history ?? {}), [next.current_status]: nowIso() };

    const changed = Object.keys(next).some((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
    if (changed) {
      store.replaceServiceRequest(next);
      emit('service_request.updated', next);
    }
    return { status: 200, body: { service_request: next } };
  }

  // ── Contracts (provider network) ───────────────────────────────────────────────────────────

  function lookupContracts(req: SandboxRequest): SandboxResponse {
    const access = q(req, 'access_identifier');
    const documentId = q(req, 'document_identifier');
    const nationalId = q(req, 'national_id');
    const id = q(req, 'id');
    const email = q(req, 'email');
    if (!access && !documentId && !nationalId && !id && !email)
      return mokError(422, 'missing_required_params', 'Send one of access_identifier, national_id, email or id (document_identifier is deprecated)');
    let found: ContractRecord[] = store.contracts;
    // Every given parameter must match.
    for (const ident of [access, documentId]) if (ident) found = found.filter((c) => accessKey(c.access_identifier) === accessKey(ident));
    if (nationalId) found = found.filter((c) => c.national_id !== null && c.national_id.toUpperCase() === nationalId.toUpperCase());
    if (email) found = found.filter((c) => c.email !== null && c.email.toLowerCase() === email.toLowerCase());
    if (id) found = /^\d+$/.test(id) ? found.filter((c) => c.id === Number(id)) : [];
    const withLimits = access !== undefined || documentId !== undefined;
    return { status: 200, body: { contracts: found.map((c) => contractView(c, withLimits)) } };
  }

  // ── Admin contracts ────────────────────────────────────────────────────────────────────────

  function failedAdminContract(input: unknown, errors: Record<string, string[]>): AdminContract {
    const access = isRecord(input) && typeof input.access_identifier === 'string' ? input.access_identifier : null;
    return {
      id: null,
      'new_contract?': false,
      'success?': false,
      access_identifier: access,
      web_app_name: null,
      active: null,
      start_date: null,
      end_date: null,
      email: null,
      email_validation_status: null,
      mobile_phone_number: null,
      mobile_phone_number_validation_status: null,
      external_extra_data: null,
      errors,
    };
  }

  function upsertContract(input: unknown): AdminContract {
    if (!isRecord(input)) return failedAdminContract(input, { base: ['must be an object'] });
    const errors: Record<string, string[]> = {};
    const add = (key: string, message: string) => (errors[key] ??= []).push(message);
    const parsed = adminContractBatchItem.safeParse(input);
    if (!parsed.success) for (const issue of parsed.error.issues) add(issue.path.map(String).join('.') || 'base', issue.message);
    const access = typeof input.access_identifier === 'string' ? input.access_identifier.trim() : '';
    const app = typeof input.application_code === 'string' ? input.application_code.trim() : '';
    if (!access) errors.access_identifier = ["can't be blank"];
    if (!app) errors.application_code = ["can't be blank"];
    else if (!planByCode(app)) add('application_code', `does not match any plan (known: ${PLANS.map((p) => p.code).join(', ')})`);
    if (!parsed.success || Object.keys(errors).length) return failedAdminContract(input, errors);
    const data = parsed.data;

    const existing = store.contractsByAccessIdentifier(access).find((c) => c.active && c.plan_code === app);
    const sameClientContract = existing !== undefined && (data.client_contract === undefined || (data.client_contract ?? null) === existing.client_contract);
    const apply = (c: ContractRecord) => {
      if (data.first_name !== undefined) c.first_name = data.first_name;
      if (data.last_name !== undefined) c.last_name = data.last_name;
      if (data.email !== undefined) c.email = data.email;
      if (data.mobile_phone_number !== undefined) {
        const m = data.mobile_phone_number === null ? null : accessKey(data.mobile_phone_number);
        c.mobile_phone_number = m;
      }
      if (data.national_id !== undefined) c.national_id = data.national_id;
      if (data.start_date !== undefined) c.start_date = data.start_date;
      if (data.end_date !== undefined) c.end_date = data.end_date;
      if (data.active !== undefined) c.active = data.active;
      if (data.external_extra_data !== undefined) c.external_extra_data = data.external_extra_data;
      if (data.client_contract !== undefined) c.client_contract = data.client_contract;
      for (const k of PASSTHROUGH_FIELDS) {
        const v = input[k];
        if (typeof v === 'string' || v === null) c[k] = v;
      }
      c.email_validation_status = c.email && EMAIL.test(c.email) ? 'valid' : 'invalid';
      c.mobile_phone_number_validation_status = c.mobile_phone_number && E164_PATTERN.test(c.mobile_phone_number) && c.mobile_phone_number.startsWith('+') ? 'valid' : 'invalid';
      const name = [c.first_name, c.last_name].filter(Boolean).join(' ');
      c.web_app_name = name || null;
    };

    if (existing && sameClientContract) {
      apply(existing);
      existing.new_contract = false;
      return adminContractView(existing);
    }
    const plan = planByCode(app);
    const created = store.addContract((id) => ({
      id,
      access_identifier: access,
      access_identifier_kind: guessKind(access),
      document_identifier: null,
      email: null,
      first_name: null,
      surname: null,
      second_surname: null,
      last_name: null,
      start_date: isoDay(host.now()),
      end_date: null,
      vehicle_plate_number: null,
      city: null,
      state: null,
      country: null,
      address_line_one: null,
      address_line_two: null,
      national_id: guessKind(access) === 'national_id' ? access.toUpperCase() : null,
      active: true,
      plan_code: app,
      unique_contract_id: `${String(hashSeed(seed, id)).padStart(10, '0').slice(0, 10)}-${id}`,
      mobile_phone_number: guessKind(access) === 'mobile_phone_number' ? accessKey(access) : null,
      client_contract: null,
      external_extra_data: null,
      limits: new Map((plan?.serviceIds ?? []).map((sid) => [sid, emptyLimits()])),
      new_contract: true,
      email_validation_status: 'invalid',
      mobile_phone_number_validation_status: 'invalid',
      web_app_name: null,
    }));
    apply(created);
    return adminContractView(created);
  }

  // ── Points ─────────────────────────────────────────────────────────────────────────────────

  function matchedIdentifier(raw: string): string | null {
    return store.contractsByAccessIdentifier(raw)[0]?.access_identifier ?? null;
  }

  function recurrentDatesProblem(r: { recurrence_start_date: string; recurrence_end_date: string | null }): SandboxResponse | undefined {
    if (r.recurrence_end_date !== null && Date.parse(r.recurrence_end_date) < Date.parse(r.recurrence_start_date))
      return mokError(422, 'invalid_parameter', 'recurrence_end_date must not be before recurrence_start_date', 'recurrent_point_transaction.recurrence_end_date');
    return undefined;
  }

  function recurrentPatch(f: Partial<RecurrentPointTransactionInput>) {
    return {
      ...(f.access_identifier !== undefined ? { raw_access_identifier: f.access_identifier, access_identifier: matchedIdentifier(f.access_identifier) } : {}),
      ...(f.transaction_type !== undefined ? { transaction_type: f.transaction_type } : {}),
      ...(f.points !== undefined ? { points: f.points } : {}),
      ...(f.comment !== undefined ? { comment: f.comment } : {}),
      ...(f.recurrence_start_date !== undefined ? { recurrence_start_date: toDateTime(f.recurrence_start_date) } : {}),
      ...(f.recurrence_end_date !== undefined ? { recurrence_end_date: f.recurrence_end_date === null ? null : toDateTime(f.recurrence_end_date) } : {}),
      ...(f.recurrence_period !== undefined ? { recurrence_period: f.recurrence_period } : {}),
      ...(f.point_expiration_period !== undefined ? { point_expiration_period: f.point_expiration_period } : {}),
    };
  }

  const handlers = {
    'providerNetwork.info': () => ({
      status: 200,
      body: { provider_network: { name: PROVIDER_NETWORK.name, active: PROVIDER_NETWORK.active, services: networkServices(), webhook_url: host.webhookUrl() ?? null } },
    }),
    'contracts.lookup': lookupContracts,
    'plans.list': () => ({
      status: 200,
      body: { plans: PLANS.map((p) => ({ code: p.code, name: p.name, external_plan_id: p.external_plan_id, services: planServices(p.code) })) },
    }),
    'serviceRequests.list': listServiceRequests,
    'serviceRequests.create': createServiceRequest,
    'serviceRequests.get': (req) => {
      const id = idParam(req);
      const sr = id === undefined ? undefined : store.serviceRequest(id);
      return sr ? { status: 200, body: { service_request: sr } } : notFound('Service request', req.params.id);
    },
    'serviceRequests.update': updateServiceRequest,
    'whatsapp.request': (req) => {
      const n = isRecord(req.body) ? req.body.whatsapp_number : undefined;
      if (n === undefined || n === null || n === '') return mokError(422, 'missing_required_params', 'whatsapp_number is required', 'whatsapp_number');
      if (typeof n !== 'string' || !E164_PATTERN.test(n))
        return mokError(422, 'invalid_parameter', 'whatsapp_number must be an E.164 number: digits only with an optional leading +, country code first, at most 15 digits (e.g. +34612345678)', 'whatsapp_number');
      store.counters.whatsappRequests++;
      return { status: 200, body: null };
    },
    'providerRanking.get': (req) => {
      const zone = q(req, 'zone_external_id');
      const service = q(req, 'service_external_id');
      const missing = [zone ? undefined : 'zone_external_id', service ? undefined : 'service_external_id'].filter((m): m is string => m !== undefined);
      // The API documents the detail text itself: `missing_required_params`.
      if (missing.length || !zone || !service) return mokErrors(422, missing.map((m) => ({ code: 'missing_required_params', detail: 'missing_required_params', source: m })));
      return { status: 200, body: { providers: rankingFor(seed, zone, service) } };
    },
    'admin.contracts.list': () => ({ status: 200, body: { contracts: store.contracts.map(adminContractView) } }),
    'admin.contracts.createOrUpdate': (req) => {
      if (!isRecord(req.body) || !isRecord(req.body.contract)) return mokError(422, 'missing_required_params', 'The body must be {"contract": {...}}', 'contract');
      return { status: 200, body: { contract: upsertContract(req.body.contract) } };
    },
    'admin.contracts.batch': (req) => {
      if (!isRecord(req.body) || !Array.isArray(req.body.contracts)) return mokError(422, 'missing_required_params', 'The body must be {"contracts": [...]}', 'contracts');
      const items: unknown[] = req.body.contracts;
      return { status: 200, body: { contracts: items.map(upsertContract) } };
    },
    'admin.pointTransactions.list': () => {
      const now = host.now().getTime();
      return { status: 200, body: { point_transactions: store.pointTransactions.map((t) => pointTransactionView(t, now)) } };
    },
    'admin.pointTransactions.create': (req) => {
      const parsed = pointTransactionBody.safeParse(req.body);
      if (!parsed.success) return mokErrors(422, zodProblems(parsed.error, req.body));
      const f = parsed.data.point_transaction;
      const matched = matchedIdentifier(f.access_identifier);
      const created = host.now().getTime();
      const affordable = f.transaction_type === 'add' || store.balance(f.access_identifier, Number.POSITIVE_INFINITY) >= f.points;
      const rec = store.addPointTransaction((id) => ({
        id,
        access_identifier: matched,
        transaction_type: f.transaction_type,
        points: f.points,
        comment: f.comment ?? null,
        expiration_date: f.expiration_date ? toDateTime(f.expiration_date) : null,
        created_at: new Date(created).toISOString(),
        process_at: created + 1000,
        outcome: matched !== null && affordable ? 'processed' : 'failed',
        recurrent_point_transaction_id: null,
      }));
      return { status: 200, body: { point_transaction: pointTransactionView(rec, created) } };
    },
    'admin.pointTransactions.get': (req) => {
      const id = idParam(req);
      const t = store.pointTransactions.find((x) => x.id === id);
      return t ? { status: 200, body: { point_transaction: pointTransactionView(t, host.now().getTime()) } } : notFound('Point transaction', req.params.id);
    },
    'admin.recurrentPointTransactions.list': () => ({ status: 200, body: { recurrent_point_transactions: store.recurrent.map(recurrentView) } }),
    'admin.recurrentPointTransactions.create': (req) => {
      const parsed = recurrentPointTransactionBody.safeParse(req.body);
      if (!parsed.success) return mokErrors(422, zodProblems(parsed.error, req.body));
      const f = parsed.data.recurrent_point_transaction;
      const now = nowIso();
      const draft = {
        access_identifier: matchedIdentifier(f.access_identifier),
        raw_access_identifier: f.access_identifier,
        comment: f.comment ?? null,
        transaction_type: f.transaction_type,
        points: f.points,
        recurrence_start_date: toDateTime(f.recurrence_start_date),
        recurrence_end_date: f.recurrence_end_date ? toDateTime(f.recurrence_end_date) : null,
        last_recurrence_date: null,
        recurrence_period: f.recurrence_period,
        point_expiration_period: f.point_expiration_period ?? null,
        created_at: now,
        updated_at: now,
      };
      const bad = recurrentDatesProblem(draft);
      if (bad) return bad;
      const rec = store.addRecurrent((id) => ({ id, ...draft }));
      return { status: 200, body: { recurrent_point_transaction: recurrentView(rec) } };
    },
    'admin.recurrentPointTransactions.get': (req) => {
      const id = idParam(req);
      const r = store.recurrent.find((x) => x.id === id);
      return r ? { status: 200, body: { recurrent_point_transaction: recurrentView(r) } } : notFound('Recurrent point transaction', req.params.id);
    },
    'admin.recurrentPointTransactions.update': (req) => {
      const id = idParam(req);
      const r = store.recurrent.find((x) => x.id === id);
      if (!r) return notFound('Recurrent point transaction', req.params.id);
      const parsed = recurrentPointTransactionUpdateBody.safeParse(req.body);
      if (!parsed.success) return mokErrors(422, zodProblems(parsed.error, req.body));
      const next = { ...r, ...recurrentPatch(parsed.data.recurrent_point_transaction) };
      const bad = recurrentDatesProblem(next);
      if (bad) return bad;
      Object.assign(r, next, { updated_at: nowIso() });
      return { status: 200, body: { recurrent_point_transaction: recurrentView(r) } };
    },
    'admin.recurrentPointTransactions.delete': (req) => {
      const id = idParam(req);
      return id !== undefined && store.removeRecurrent(id) ? { status: 204 } : notFound('Recurrent point transaction', req.params.id);
    },
  } satisfies Record<HandledOperation, Handler>;

  return {
    handlers,
    reset() {
      store = new MokStore({ seed, seedSize, now: () => host.now() });
    },
    stats() {
      const byStatus = store.countByStatus();
      const out: Record<string, number> = {
        contracts: store.contracts.length,
        activeContracts: store.contracts.filter((c) => c.active).length,
        plans: PLANS.length,
        services: SERVICES.length,
        serviceRequests: store.serviceRequestCount,
        pointTransactions: store.pointTransactions.length,
        recurrentPointTransactions: store.recurrent.length,
        whatsappRequests: store.counters.whatsappRequests,
        webhooksEmitted: store.counters.webhooksEmitted,
      };
      for (const [status, n] of Object.entries(byStatus)) out[`serviceRequests.${status}`] = n;
      return out;
    },
    providerNetwork: { id: PROVIDER_NETWORK.id, name: PROVIDER_NETWORK.name },
  };
}

// Service requests in the MOK sandbox: list with filters and pages, create (the body's rules from
// core/rules/serviceRequests.ts, then what only the server knows: the service, the contract, its
// plan and limits), get and update. A create or update made this way is the partner's own call: it
// sends a webhook only when the sandbox's partnerWebhooks option is on (see platformEvents.ts).
import { SERVICE_REQUEST_STATUSES, type ServiceRequest } from '../../core/models/mok';
import { DEFAULT_PAGE_NUMBER, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../core/catalogue/mok';
import { mokError, mokProblemsResponse, sandboxRule } from '../errors';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { checkServiceRequestCreate, checkServiceRequestUpdate } from '../../core/rules/serviceRequests';
import { planByCode, SERVICES, serviceByExternalId, serviceById, type ServiceDef } from './seed/catalogue';
import { type ContractRecord } from './seed/contracts';
import { contractDerivedFields, inSeedOrder, publicId } from './seed/serviceRequests';
import type { ServiceRequestFilter } from './store';
import { notFound, q, idParam, wireDecimal, type MokContext } from './context';
import { describeLimits } from '../../core/wording/mok';

function isKnownStatus(status: string): boolean {
  return (SERVICE_REQUEST_STATUSES as readonly string[]).includes(status);
}

/** The document enumerates no statuses; the sandbox keeps the ones its seed and the views use. */
function unknownStatus(): SandboxResponse {
  return mokError(422, 'invalid_status', sandboxRule(`current_status must be one of ${SERVICE_REQUEST_STATUSES.join(', ')}`, 'the API document does not list the statuses; these are the ones the sandbox\'s data and the views use'), 'service_request.current_status');
}

const EXTERNAL_ID_UNIQUE = 'the API document does not say external_id is unique; the sandbox keeps it unique per provider network so a client can look a request up by it';

export function serviceRequestHandlers(ctx: MokContext) {
  function listServiceRequests(req: SandboxRequest): SandboxResponse {
    // The router checked the parameters against the catalogue (whole numbers, pages from 1).
    const pageRaw = q(req, 'page[number]') ?? String(DEFAULT_PAGE_NUMBER);
    const sizeRaw = q(req, 'page[size]') ?? String(DEFAULT_PAGE_SIZE);
    if (Number(sizeRaw) > MAX_PAGE_SIZE) {
      return mokError(422, 'invalid_parameter', `page[size]: must be at most ${MAX_PAGE_SIZE} (a sandbox rule: the API document gives no maximum)`, 'page[size]');
    }

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
        const matched = ctx.store.contractsByAccessIdentifier(ident).map((c) => c.id);
        ids = ids ? ids.filter((id) => matched.includes(id)) : matched;
      }
      if (!ids?.length) return empty;
      filter.contractIds = ids;
    }
    return { status: 200, body: { service_requests: ctx.store.listServiceRequests(filter, Number(pageRaw), Number(sizeRaw)) } };
  }

  function pickContract(identifier: string, svc: ServiceDef): ContractRecord | undefined {
    const candidates = ctx.store.contractsByAccessIdentifier(identifier);
    const inPlan = (c: ContractRecord) => planByCode(c.plan_code)?.serviceIds.includes(svc.id) ?? false;
    return candidates.find((c) => c.active && inPlan(c)) ?? candidates.find((c) => c.active) ?? candidates[0];
  }

  function createServiceRequest(req: SandboxRequest): SandboxResponse {
    // Every rule of the body at once (the same check the editor runs as you type).
    const checked = checkServiceRequestCreate(req.body);
    const refused = checked.problems.filter((p) => p.severity === 'error');
    if (!checked.body || refused.length) return mokProblemsResponse(422, refused);
    const f = checked.body.service_request;

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
      contract = ctx.store.contractsById.get(f.contract_id);
      if (!contract) return mokError(422, 'contract_not_found', `No contract with id ${f.contract_id}`, 'service_request.contract_id');
    } else {
      const identifier = f.access_identifier ?? f.document_identifier;
      if (!identifier) return mokError(422, 'missing_required_params', 'A contract is required: send contract_id or access_identifier', 'service_request.contract_id');
      contract = pickContract(identifier, svc);
      if (!contract) return mokError(422, 'contract_not_found', `No contract matches access_identifier "${identifier}"`, f.access_identifier ? 'service_request.access_identifier' : 'service_request.document_identifier');
    }
    if (!contract.active) return mokError(422, 'contract_inactive', sandboxRule(`Contract ${contract.id} is not active`, 'the API document asks for "a valid contract" and the sandbox takes an inactive one not to be'), 'service_request.contract_id');
    if (!(planByCode(contract.plan_code)?.serviceIds.includes(svc.id) ?? false))
      return mokError(422, 'service_not_in_plan', sandboxRule(`Service ${svc.id} (${svc.name}) is not part of plan ${contract.plan_code} of contract ${contract.id}`, 'the API document asks for "a valid service" and the sandbox takes it to be one of the contract\'s plan'), 'service_request.service_id');
    const limits = contract.limits.get(svc.id);
    if (limits?.block_service)
      return mokError(422, 'service_blocked', `Service ${svc.name} is blocked for contract ${contract.id}: ${describeLimits(limits).join('; ')}`, 'service_request.service_id');

    const status = f.current_status ?? 'pending';
    if (!isKnownStatus(status)) return unknownStatus();
    const externalId = f.external_id ?? null;
    if (externalId !== null && ctx.store.idsWithExternalId(externalId).length)
      return mokError(422, 'external_id_taken', sandboxRule(`external_id "${externalId}" is already used by service request ${ctx.store.idsWithExternalId(externalId)[0] ?? ''}`, EXTERNAL_ID_UNIQUE), 'service_request.external_id');

    const now = ctx.nowIso();
    const chosenContract = contract;
    const chosenService = svc;
    const sr = ctx.store.insertServiceRequest((id) =>
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
    ctx.emit('service_request.created', sr, 'partner');
    return { status: 200, body: { service_request: sr } };
  }

  function updateServiceRequest(req: SandboxRequest): SandboxResponse {
    const id = idParam(req);
    const current = id === undefined ? undefined : ctx.store.serviceRequest(id);
    if (!current) return notFound('Service request', req.params.id);
    const checked = checkServiceRequestUpdate(req.body);
    if (!checked.body) return mokProblemsResponse(422, checked.problems);
    const f = checked.body.service_request;

    if (f.current_status !== undefined && !isKnownStatus(f.current_status)) return unknownStatus();
    if (f.external_id) {
      const other = ctx.store.idsWithExternalId(f.external_id).find((x) => x !== current.id);
      if (other !== undefined) return mokError(422, 'external_id_taken', sandboxRule(`external_id "${f.external_id}" is already used by service request ${other}`, EXTERNAL_ID_UNIQUE), 'service_request.external_id');
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
    if (next.current_status !== current.current_status) next.status_history = { ...(current.status_history ?? {}), [next.current_status]: ctx.nowIso() };

    const changed = Object.keys(next).some((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
    if (changed) {
      ctx.store.replaceServiceRequest(next);
      ctx.emit('service_request.updated', next, 'partner');
    }
    return { status: 200, body: { service_request: next } };
  }

  return {
    'serviceRequests.list': listServiceRequests,
    'serviceRequests.create': createServiceRequest,
    'serviceRequests.get': (req) => {
      const id = idParam(req);
      const sr = id === undefined ? undefined : ctx.store.serviceRequest(id);
      return sr ? { status: 200, body: { service_request: sr } } : notFound('Service request', req.params.id);
    },
    'serviceRequests.update': updateServiceRequest,
  } satisfies Record<string, Handler>;
}

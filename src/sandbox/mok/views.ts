// Wire views of the MOK sandbox's records: what each API answer shows of a contract, a service, an
// admin contract or a point transaction (the store keeps the records; the handlers answer with these).
import type { Contract, Service, ServiceLimits } from '../../core/models/mok';
import type { AdminContract, PointTransaction, RecurrentPointTransaction } from '../../core/models/mokAdmin';
import { planByCode, serviceById, SERVICES } from './seed/catalogue';
import type { ContractRecord } from './seed/contracts';
import type { PointTransactionRecord, RecurrentPointTransactionRecord } from './seed/points';

function serviceView(serviceId: number, limits: ServiceLimits | null): Service | undefined {
  const s = serviceById(serviceId);
  return s ? { id: s.id, name: s.name, external_id: s.external_id, limits } : undefined;
}

/** Every service of the provider network, as `providerNetwork.info` lists them (no limits). */
export function networkServices(): Service[] {
  return SERVICES.map((s) => ({ id: s.id, name: s.name, external_id: s.external_id, limits: null }));
}

export function planServices(code: string): Service[] {
  return (planByCode(code)?.serviceIds ?? []).flatMap((id) => {
    const v = serviceView(id, null);
    return v ? [v] : [];
  });
}

/**
 * The provider-network view of a contract. Limits only when looked up by access/document
 * identifier (as the API documents); otherwise each service carries `limits: null`, the same
 * shape the seed shows for services without limit information.
 */
export function contractView(c: ContractRecord, withLimits: boolean): Contract {
  const plan = planByCode(c.plan_code);
  return {
    id: c.id,
    access_identifier: c.access_identifier,
    document_identifier: c.document_identifier,
    email: c.email,
    first_name: c.first_name,
    last_name: c.last_name,
    surname: c.surname,
    second_surname: c.second_surname,
    start_date: c.start_date,
    end_date: c.end_date,
    vehicle_plate_number: c.vehicle_plate_number,
    city: c.city,
    state: c.state,
    country: c.country,
    address_line_one: c.address_line_one,
    address_line_two: c.address_line_two,
    national_id: c.national_id,
    active: c.active,
    plan_code: c.plan_code,
    plan_name: plan?.name ?? null,
    external_plan_id: plan?.external_plan_id ?? null,
    unique_contract_id: c.unique_contract_id,
    mobile_phone_number: c.mobile_phone_number,
    client_contract: c.client_contract,
    external_extra_data: c.external_extra_data,
    services: (plan?.serviceIds ?? []).flatMap((sid) => {
      const limits = withLimits ? (c.limits.get(sid) ?? null) : null;
      const v = serviceView(sid, limits ? structuredClone(limits) : null);
      return v ? [v] : [];
    }),
  };
}

export function adminContractView(c: ContractRecord): AdminContract {
  return {
    id: c.id,
    'new_contract?': c.new_contract,
    'success?': true,
    access_identifier: c.access_identifier,
    web_app_name: c.web_app_name,
    active: c.active,
    start_date: c.start_date,
    end_date: c.end_date,
    email: c.email,
    email_validation_status: c.email_validation_status,
    mobile_phone_number: c.mobile_phone_number,
    mobile_phone_number_validation_status: c.mobile_phone_number_validation_status,
    external_extra_data: c.external_extra_data,
    errors: {},
  };
}

/** Status is derived from the clock: `pending` until `process_at`, then the decided outcome. */
export function pointTransactionView(t: PointTransactionRecord, nowMs: number): PointTransaction {
  const done = nowMs >= t.process_at;
  return {
    id: t.id,
    access_identifier: t.access_identifier,
    transaction_type: t.transaction_type,
    status: done ? t.outcome : 'pending',
    points: t.points,
    comment: t.comment,
    expiration_date: t.expiration_date,
    created_at: t.created_at,
    updated_at: done ? new Date(t.process_at).toISOString() : t.created_at,
    recurrent_point_transaction_id: t.recurrent_point_transaction_id,
  };
}

export function recurrentView(r: RecurrentPointTransactionRecord): RecurrentPointTransaction {
  return { ...r };
}

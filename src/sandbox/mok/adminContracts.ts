// Admin contracts in the MOK sandbox: list, create_or_update (matched by application_code +
// access_identifier; another client_contract forks a new contract) and batch (one result per
// item, partial failure normal), with validation results in the body as the API document shows.
import { fieldPathOf } from '../../core/json/pointer';
import { zodProblems } from '../../core/problems/fromZod';
import { E164_PATTERN } from '../../core/models/mok';
import { adminContractBatchItem, type AdminContract } from '../../core/models/mokAdmin';
import { mokError } from '../errors';
import type { Handler } from '../types';
import { planByCode, PLANS } from './seed/catalogue';
import { emptyLimits, type ContractRecord } from './seed/contracts';
import { hashSeed } from './seed/random';
import { accessKey, isoDay } from './seed/spain';
import { adminContractView } from './views';
import { guessKind, isRecord, EMAIL, PASSTHROUGH_FIELDS, type MokContext } from './context';

export function adminContractHandlers(ctx: MokContext) {
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
    // In words, like every other error body of the sandbox (never the validation library's own).
    if (!parsed.success) for (const p of zodProblems(parsed.error, input, { schema: adminContractBatchItem })) add(fieldPathOf(p.pointer) || 'base', p.message);
    const access = typeof input.access_identifier === 'string' ? input.access_identifier.trim() : '';
    const app = typeof input.application_code === 'string' ? input.application_code.trim() : '';
    if (!access) errors.access_identifier = ["can't be blank"];
    if (!app) errors.application_code = ["can't be blank"];
    else if (!planByCode(app)) add('application_code', `does not match any plan (known: ${PLANS.map((p) => p.code).join(', ')})`);
    if (!parsed.success || Object.keys(errors).length) return failedAdminContract(input, errors);
    const data = parsed.data;

    const existing = ctx.store.contractsByAccessIdentifier(access).find((c) => c.active && c.plan_code === app);
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
    const created = ctx.store.addContract((id) => ({
      id,
      access_identifier: access,
      access_identifier_kind: guessKind(access),
      document_identifier: null,
      email: null,
      first_name: null,
      surname: null,
      second_surname: null,
      last_name: null,
      start_date: isoDay(ctx.host.now()),
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
      unique_contract_id: `${String(hashSeed(ctx.seed, id)).padStart(10, '0').slice(0, 10)}-${id}`,
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

  return {
    'admin.contracts.list': () => ({ status: 200, body: { contracts: ctx.store.contracts.map(adminContractView) } }),
    'admin.contracts.createOrUpdate': (req) => {
      if (!isRecord(req.body) || !isRecord(req.body.contract)) return mokError(422, 'missing_required_params', 'The body must be {"contract": {...}}', 'contract');
      return { status: 200, body: { contract: upsertContract(req.body.contract) } };
    },
    'admin.contracts.batch': (req) => {
      if (!isRecord(req.body) || !Array.isArray(req.body.contracts)) return mokError(422, 'missing_required_params', 'The body must be {"contracts": [...]}', 'contracts');
      const items: unknown[] = req.body.contracts;
      return { status: 200, body: { contracts: items.map(upsertContract) } };
    },
  } satisfies Record<string, Handler>;
}

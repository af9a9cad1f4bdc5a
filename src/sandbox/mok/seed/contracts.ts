// Seeded contracts with every limit kind (some blocking), including the API document's example
// contract and access identifier.
import { SANDBOX_EXAMPLE_CONTRACT } from '../../../core/environment';
import { LIMIT_KINDS, LIMIT_TYPE_NAMES, type AccessIdentifierKind, type CopaymentTier, type LimitKind, type ServiceLimit, type ServiceLimits } from '../../../core/models/mok';
import { Rng, at, hashSeed } from './random';
import { addDays, address, CITIES, ddmmyyyy, dni, FIRST_NAMES, isoDay, mailify, PLATE_LETTERS, SURNAMES } from './spain';
import { PLANS, TOWING_SERVICE_IDS } from './catalogue';

// ── Contracts and limits ─────────────────────────────────────────────────────────────────────

/** Internal contract record. Wire shapes (provider and admin views) are projected from it. */
export interface ContractRecord {
  id: number;
  access_identifier: string;
  access_identifier_kind: AccessIdentifierKind;
  /** Deprecated alias; kept on seeded contracts so the UI has something to flag. */
  document_identifier: string | null;
  email: string | null;
  first_name: string | null;
  surname: string | null;
  second_surname: string | null;
  last_name: string | null;
  start_date: string | null;
  end_date: string | null;
  vehicle_plate_number: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  address_line_one: string | null;
  address_line_two: string | null;
  national_id: string | null;
  active: boolean;
  plan_code: string;
  unique_contract_id: string;
  mobile_phone_number: string | null;
  client_contract: string | null;
  external_extra_data: Record<string, unknown> | null;
  /** Limits per service id of the plan. */
  limits: Map<number, ServiceLimits>;
  /** Admin view bookkeeping. */
  new_contract: boolean;
  email_validation_status: 'valid' | 'invalid' | 'pending';
  mobile_phone_number_validation_status: 'valid' | 'invalid' | 'pending';
  web_app_name: string | null;
}

export function emptyLimits(): ServiceLimits {
  return {
    usage_frequency_by_end_of_contract: null,
    usage_frequency_by_period: null,
    waiting_period: null,
    max_cost_by_end_of_contract: null,
    max_cost_by_period: null,
    max_cost_by_use: null,
    copayment: null,
    variable_copayment_by_days_of_current_service_request: null,
    variable_copayment_by_usage_by_period: null,
    variable_copayment_by_accumulated_days_by_period: null,
    has_any_limits: false,
    block_service: false,
  };
}

/** Recomputes the root flags from the individual limits. */
export function refreshLimitFlags(limits: ServiceLimits): ServiceLimits {
  let any = false;
  let blocked = false;
  for (const kind of LIMIT_KINDS) {
    const l = limits[kind];
    if (l) {
      any = true;
      blocked ||= l.block_service;
    }
  }
  limits.has_any_limits = any;
  limits.block_service = blocked;
  return limits;
}

export const TIERS: Readonly<Record<'days' | 'usage' | 'accumulated', CopaymentTier[]>> = {
  days: [
    { from: 1, to: 3, copayment_percentage: '0.0', copayment_amount: null },
    { from: 4, to: 7, copayment_percentage: '20.0', copayment_amount: null },
    { from: 8, to: null, copayment_percentage: '50.0', copayment_amount: null },
  ],
  usage: [
    { from: 1, to: 2, copayment_percentage: null, copayment_amount: '0.0' },
    { from: 3, to: 5, copayment_percentage: null, copayment_amount: '15.0' },
    { from: 6, to: null, copayment_percentage: null, copayment_amount: '30.0' },
  ],
  accumulated: [
    { from: 1, to: 10, copayment_percentage: '10.0', copayment_amount: null },
    { from: 11, to: null, copayment_percentage: '25.0', copayment_amount: '5.0' },
  ],
};

export function limitOf(kind: LimitKind, rng: Rng, blocked: boolean, start: Date, end: Date, anchor: Date): ServiceLimit {
  const periodEnd = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0));
  const base = { type: LIMIT_TYPE_NAMES[kind], copayment_tiers: null, block_service: blocked };
  switch (kind) {
    case 'usage_frequency_by_end_of_contract': {
      const max = rng.pick([3, 5, 6, 10]);
      return { ...base, multiplans_limit: `${max}.0`, multiplans_limit_progress: blocked ? max : rng.int(0, max - 1), multiplans_until_date: ddmmyyyy(end) };
    }
    case 'usage_frequency_by_period': {
      const max = rng.pick([1, 2, 3]);
      return { ...base, multiplans_limit: `${max}.0`, multiplans_limit_progress: blocked ? max : rng.int(0, max - 1), multiplans_until_date: ddmmyyyy(periodEnd) };
    }
    case 'waiting_period': {
      const days = rng.pick([15, 30, 60, 90]);
      // Blocked while the waiting period after the start date is still running.
      const from = blocked ? addDays(anchor, -rng.int(1, days - 1)) : start;
      return { ...base, multiplans_limit: `${days}.0`, multiplans_limit_progress: blocked ? days - 1 : days, multiplans_until_date: ddmmyyyy(addDays(from, days)) };
    }
    case 'max_cost_by_end_of_contract': {
      const max = rng.pick([600, 1000, 1500]);
      const used = blocked ? max : rng.int(0, max * 80) / 100;
      // Cost progress arrives as a decimal string in some deployments: exercise both forms.
      return { ...base, multiplans_limit: `${max}.0`, multiplans_limit_progress: rng.chance(0.5) ? used.toFixed(2) : used, multiplans_until_date: ddmmyyyy(end) };
    }
    case 'max_cost_by_period': {
      const max = rng.pick([150, 300]);
      const used = blocked ? max : rng.int(0, max * 60) / 100;
      return { ...base, multiplans_limit: `${max}.0`, multiplans_limit_progress: used.toFixed(2), multiplans_until_date: ddmmyyyy(periodEnd) };
    }
    case 'max_cost_by_use':
      return { ...base, multiplans_limit: `${rng.pick([150, 300, 450])}.0`, multiplans_limit_progress: 0, multiplans_until_date: ddmmyyyy(end) };
    case 'copayment':
      return { ...base, multiplans_limit: rng.pick(['10.0', '20.0', '35.5']), multiplans_limit_progress: 0, multiplans_until_date: ddmmyyyy(end) };
    case 'variable_copayment_by_days_of_current_service_request':
      return { ...base, multiplans_limit: '0.0', multiplans_limit_progress: 0, multiplans_until_date: ddmmyyyy(end), copayment_tiers: TIERS.days.map((t) => ({ ...t })) };
    case 'variable_copayment_by_usage_by_period':
      return { ...base, multiplans_limit: '0.0', multiplans_limit_progress: rng.int(0, 4), multiplans_until_date: ddmmyyyy(periodEnd), copayment_tiers: TIERS.usage.map((t) => ({ ...t })) };
    case 'variable_copayment_by_accumulated_days_by_period':
      return { ...base, multiplans_limit: '0.0', multiplans_limit_progress: rng.int(0, 12), multiplans_until_date: ddmmyyyy(periodEnd), copayment_tiers: TIERS.accumulated.map((t) => ({ ...t })) };
  }
}

export const BLOCKABLE: ReadonlySet<LimitKind> = new Set<LimitKind>(['usage_frequency_by_end_of_contract', 'usage_frequency_by_period', 'waiting_period', 'max_cost_by_end_of_contract', 'max_cost_by_period']);

/**
 * Limits of service `j` of contract `k`. Cycles through the ten kinds (so 50+ contracts cover all
 * of them), leaves some services unlimited, stacks two kinds on others, and blocks every 7th
 * (except a contract's first service, so every active contract has one usable service).
 */
export function limitsFor(k: number, j: number, rng: Rng, start: Date, end: Date, anchor: Date): ServiceLimits {
  const limits = emptyLimits();
  const mode = (k * 3 + j) % 12;
  if (mode === 10) return limits;
  const kinds: LimitKind[] = mode === 11 ? ['usage_frequency_by_period', 'copayment'] : [at(LIMIT_KINDS, mode)];
  for (const kind of kinds) {
    // Never the first service: clients (and the lead's tests) pick `services[0]` to create requests.
    const blocked = j > 0 && BLOCKABLE.has(kind) && (k + j) % 7 === 0;
    const l = limitOf(kind, rng, blocked, start, end, anchor);
    // Key order of the seed example.
    limits[kind] = {
      type: l.type,
      multiplans_limit: l.multiplans_limit,
      multiplans_limit_progress: l.multiplans_limit_progress,
      block_service: l.block_service,
      multiplans_until_date: l.multiplans_until_date,
      copayment_tiers: l.copayment_tiers ?? null,
    };
  }
  return refreshLimitFlags(limits);
}

export const SEEDED_CONTRACT_COUNT = 60;
export const FIRST_CONTRACT_ID = 101;
/** The seed's create example uses contract 131 with service 5000382079 (Grúa): keep it usable. */
export const EXAMPLE_CONTRACT_ID = SANDBOX_EXAMPLE_CONTRACT.id;
export const EXAMPLE_ACCESS_IDENTIFIER = SANDBOX_EXAMPLE_CONTRACT.accessIdentifier;

export const KIND_CYCLE: readonly AccessIdentifierKind[] = ['national_id', 'mobile_phone_number', 'national_id', 'email', 'access_code', 'phone_number'];

export function generateContracts(seed: number, anchor: Date): ContractRecord[] {
  const out: ContractRecord[] = [];
  for (let k = 0; k < SEEDED_CONTRACT_COUNT; k++) {
    const id = FIRST_CONTRACT_ID + k;
    const rng = new Rng(hashSeed(seed, 0xc0, k));
    const first = rng.pick(FIRST_NAMES);
    const surname = rng.pick(SURNAMES);
    const second = rng.pick(SURNAMES);
    const city = rng.pick(CITIES);
    const addr = address(rng, city);
    const nationalId = dni(rng.int(10_000_000, 79_999_999));
    const mobile = `+34${rng.pick(['6', '7'])}${rng.digits(8)}`;
    const email = `${mailify(first)}.${mailify(surname)}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'])}`;
    const special = id === EXAMPLE_CONTRACT_ID;
    const kind = special ? 'access_code' : at(KIND_CYCLE, k % KIND_CYCLE.length);
    const accessIdentifier = special
      ? EXAMPLE_ACCESS_IDENTIFIER
      : kind === 'national_id'
        ? nationalId
        : kind === 'mobile_phone_number'
          ? mobile
          : kind === 'email'
            ? email
            : kind === 'phone_number'
              ? `+349${rng.int(1, 8)}${rng.digits(7)}`
              : rng.digits(6);
    const start = addDays(anchor, -rng.int(30, 900));
    const end = addDays(start, rng.pick([365, 730, 1095]));
    // Every 10th contract is inactive, and contracts that ended are inactive too.
    const active = special || (k % 10 !== 7 && end.getTime() > anchor.getTime());
    const plan = special ? at(PLANS, 2) : at(PLANS, k % 5);
    const limits = new Map<number, ServiceLimits>();
    plan.serviceIds.forEach((sid, j) => {
      limits.set(sid, special && sid === 5000382079 ? exampleLimits(end) : limitsFor(k, j, rng, start, end, anchor));
    });
    const automotive = plan.serviceIds.some((s) => TOWING_SERVICE_IDS.has(s));
    out.push({
      id,
      access_identifier: accessIdentifier,
      access_identifier_kind: kind,
      // Older contracts still carry the deprecated alias; newer ones send null.
      document_identifier: k % 3 === 2 ? null : accessIdentifier,
      email,
      first_name: first,
      surname,
      second_surname: second,
      last_name: `${surname} ${second}`,
      start_date: isoDay(start),
      end_date: isoDay(end),
      vehicle_plate_number: automotive ? `${rng.digits(4)}${rng.pick([...PLATE_LETTERS])}${rng.pick([...PLATE_LETTERS])}${rng.pick([...PLATE_LETTERS])}` : null,
      city: city.name,
      state: city.region,
      country: rng.chance(0.7) ? 'España' : null,
      address_line_one: addr.line,
      address_line_two: addr.floor,
      national_id: nationalId,
      active,
      plan_code: plan.code,
      unique_contract_id: `${rng.digits(10)}-${id}`,
      mobile_phone_number: mobile,
      client_contract: rng.chance(0.3) ? `POL-${rng.digits(8)}` : null,
      external_extra_data: rng.chance(0.4) ? { canal_venta: rng.pick(['oficina', 'online', 'telefónico']), mediador: `MED-${rng.digits(4)}` } : null,
      limits,
      new_contract: true,
      email_validation_status: rng.pick(['valid', 'valid', 'pending']),
      mobile_phone_number_validation_status: 'valid',
      web_app_name: `${first} ${surname} ${second}`,
    });
  }
  return out;
}

/** Matches the seed contract example: 0 of 5 uses until the end of the contract. */
export function exampleLimits(end: Date): ServiceLimits {
  const l = emptyLimits();
  l.usage_frequency_by_end_of_contract = {
    type: LIMIT_TYPE_NAMES.usage_frequency_by_end_of_contract,
    multiplans_limit: '5.0',
    multiplans_limit_progress: 0,
    block_service: false,
    multiplans_until_date: ddmmyyyy(end),
    copayment_tiers: null,
  };
  return refreshLimitFlags(l);
}

// Deterministic Spanish seed data for the MOK sandbox: the provider network, its services and
// plans, contracts with every limit kind, point transactions, rankings, and a per-index service
// request generator. Service requests are generated on demand from (seed, index) so that a
// 50,000-request sandbox starts in milliseconds; `serviceRequestHead` draws only the columns the
// store indexes, and `serviceRequestAt` continues the same random stream for the full record.
import {
  LIMIT_KINDS,
  LIMIT_TYPE_NAMES,
  type AccessIdentifierKind,
  type Answer,
  type CopaymentTier,
  type LimitKind,
  type ServiceLimit,
  type ServiceLimits,
  type ServiceRequest,
  type ServiceRequestStatus,
} from '../../core/models/mok';

// ── Random ───────────────────────────────────────────────────────────────────────────────────

/** Mixes integers into a 32-bit seed (splitmix-style), so (seed, i) streams are independent. */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h ^ Math.floor(p / 0x100000000), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for fake data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Inclusive bounds. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** Index that must exist (static tables, bounded draws); a miss is a programming error. */
export function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range (${items.length})`);
  return v;
}

// ── Static tables ────────────────────────────────────────────────────────────────────────────

const FIRST_NAMES = [
  'Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Martín', 'María', 'Pablo', 'Julia', 'Daniel', 'Paula', 'Alejandro',
  'Valeria', 'Manuel', 'Carmen', 'José Luis', 'Elena', 'Javier', 'Ana Isabel', 'Álvaro', 'Laura', 'Francisco',
  'Marta', 'Antonio', 'Cristina', 'Jorge', 'Nerea', 'Sergio', 'Irene', 'Raúl', 'Pilar', 'Iñaki', 'Rocío', 'Joaquín',
  'Montserrat', 'Andrés', 'Begoña', 'Gonzalo', 'Ainhoa', 'Rubén',
] as const;

const SURNAMES = [
  'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
  'Jiménez', 'Hernández', 'Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Gutiérrez', 'Alonso', 'Navarro',
  'Torres', 'Domínguez', 'Ramos', 'Vázquez', 'Gil', 'Serrano', 'Blanco', 'Molina', 'Castro', 'Ortega', 'Delgado',
  'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Núñez', 'Medina', 'Garrido', 'Santos', 'Castillo', 'Cortés', 'Lozano',
  'Guerrero', 'Cano', 'Prieto', 'Méndez', 'Calvo', 'Vidal', 'Etxeberria',
] as const;

interface City {
  name: string;
  province: string;
  region: string;
  /** Two-digit province code: postal code prefix and ranking zone external id. */
  code: string;
  lat: number;
  lon: number;
}

export const CITIES: readonly City[] = [
  { name: 'Madrid', province: 'Madrid', region: 'Comunidad de Madrid', code: '28', lat: 40.4168, lon: -3.7038 },
  { name: 'Getafe', province: 'Madrid', region: 'Comunidad de Madrid', code: '28', lat: 40.3057, lon: -3.7329 },
  { name: 'Barcelona', province: 'Barcelona', region: 'Cataluña', code: '08', lat: 41.3874, lon: 2.1686 },
  { name: 'Sabadell', province: 'Barcelona', region: 'Cataluña', code: '08', lat: 41.5433, lon: 2.1094 },
  { name: 'Valencia', province: 'Valencia', region: 'Comunitat Valenciana', code: '46', lat: 39.4699, lon: -0.3763 },
  { name: 'Alicante', province: 'Alicante', region: 'Comunitat Valenciana', code: '03', lat: 38.3452, lon: -0.481 },
  { name: 'Sevilla', province: 'Sevilla', region: 'Andalucía', code: '41', lat: 37.3891, lon: -5.9845 },
  { name: 'Málaga', province: 'Málaga', region: 'Andalucía', code: '29', lat: 36.7213, lon: -4.4214 },
  { name: 'Granada', province: 'Granada', region: 'Andalucía', code: '18', lat: 37.1773, lon: -3.5986 },
  { name: 'Bilbao', province: 'Bizkaia', region: 'País Vasco', code: '48', lat: 43.263, lon: -2.935 },
  { name: 'Barakaldo', province: 'Bizkaia', region: 'País Vasco', code: '48', lat: 43.2956, lon: -2.9973 },
  { name: 'Vitoria-Gasteiz', province: 'Álava', region: 'País Vasco', code: '01', lat: 42.8467, lon: -2.6716 },
  { name: 'Zaragoza', province: 'Zaragoza', region: 'Aragón', code: '50', lat: 41.6488, lon: -0.8891 },
  { name: 'Valladolid', province: 'Valladolid', region: 'Castilla y León', code: '47', lat: 41.6523, lon: -4.7245 },
  { name: 'Salamanca', province: 'Salamanca', region: 'Castilla y León', code: '37', lat: 40.9701, lon: -5.6635 },
  { name: 'A Coruña', province: 'A Coruña', region: 'Galicia', code: '15', lat: 43.3623, lon: -8.4115 },
  { name: 'Vigo', province: 'Pontevedra', region: 'Galicia', code: '36', lat: 42.2406, lon: -8.7207 },
  { name: 'Oviedo', province: 'Asturias', region: 'Principado de Asturias', code: '33', lat: 43.3619, lon: -5.8494 },
  { name: 'Murcia', province: 'Murcia', region: 'Región de Murcia', code: '30', lat: 37.9922, lon: -1.1307 },
  { name: 'Palma', province: 'Illes Balears', region: 'Illes Balears', code: '07', lat: 39.5696, lon: 2.6502 },
  { name: 'Las Palmas de Gran Canaria', province: 'Las Palmas', region: 'Canarias', code: '35', lat: 28.1235, lon: -15.4363 },
  { name: 'Pamplona', province: 'Navarra', region: 'Comunidad Foral de Navarra', code: '31', lat: 42.8125, lon: -1.6458 },
];

const STREET_TYPES = ['Calle', 'Calle', 'Calle', 'Avenida', 'Plaza', 'Paseo', 'Ronda', 'Camino', 'Travesía'] as const;
const STREET_NAMES = [
  'Mayor', 'de Alcalá', 'del Prado', 'de la Constitución', 'San Vicente', 'Real', 'de Cervantes', 'del Carmen',
  'de Andalucía', 'de la Libertad', 'Nueva', 'de Goya', 'de la Paz', 'del Sol', 'de Colón', 'de la Estación',
  'de Santiago', 'de los Reyes Católicos', 'de Blasco Ibáñez', 'del Marqués de Larios', 'de Gran Vía', 'de Sabino Arana',
] as const;
const FLOORS = ['Bajo', '1º A', '1º B', '2º A', '2º C', '3º D', '4º Izda.', '5º Dcha.', 'Ático'] as const;
const PLATE_LETTERS = 'BCDFGHJKLMNPRSTVWXYZ';
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

type ProviderCategory = 'road' | 'home' | 'it' | 'health';
const PROVIDERS: Readonly<Record<ProviderCategory, readonly string[]>> = {
  road: ['Grúas del Sur', 'Asistencia Vial Norte', 'Auxilio en Carretera Iberia', 'Grúas Garrido', 'Grúas y Transportes Medina', 'Asistencia Cantábrica', 'Taxi Servicio Urgente'],
  home: ['Cerrajeros Rápidos 24h', 'Fontanería Hermanos Ruiz', 'Electricidad Martín e Hijos', 'Cristalería Levante', 'Reparaciones Domésticas Castro', 'Servicios Técnicos Navarro', 'Cerrajería La Llave', 'Fontaneros Unidos'],
  it: ['Soporte Informático Delta', 'Servicios Técnicos Navarro', 'Informática a Domicilio Levante'],
  health: ['Médicos a Domicilio Salud+', 'Asistencia Sanitaria Norte', 'Clínica Móvil del Sur'],
};
const PROVIDER_NAMES: readonly string[] = [...new Set(Object.values(PROVIDERS).flat())];

const WORKSHOP_NAMES = ['Taller Mecánico Hnos. Ruiz', 'Talleres Ortega', 'Taller Oficial Concesionario', 'Autoservicio Castro', 'Neumáticos del Norte'] as const;
const SOURCES = ['app', 'web', 'call_center', 'call_center', 'whatsapp'] as const;
export const CONTACT_CENTER_PHONE = '900 814 357';

// ── Provider network, services, plans ───────────────────────────────────────────────────────

export const PROVIDER_NETWORK = { id: 32, name: 'Red de Asistencia Ibérica S.L.', active: true } as const;

export interface FormQuestion {
  key: string;
  text: string;
  type: 'text' | 'select' | 'boolean' | 'number';
  options?: readonly string[];
}

export interface ServiceDef {
  id: number;
  name: string;
  external_id: string | null;
  category: ProviderCategory;
  form?: readonly FormQuestion[];
}

export const SERVICES: readonly ServiceDef[] = [
  {
    id: 5000382079,
    name: 'Grúa',
    category: 'road',
    external_id: '7625731010',
    form: [
      { key: 'plate', text: 'Matrícula del vehículo', type: 'text' },
      { key: 'vehicle_starts', text: '¿El vehículo arranca?', type: 'boolean' },
      { key: 'breakdown', text: 'Tipo de avería', type: 'select', options: ['Batería', 'Pinchazo', 'Accidente', 'Motor', 'Sin combustible'] },
    ],
  },
  {
    id: 2431434880,
    name: 'Cerrajería',
    category: 'home',
    external_id: '3620726800',
    form: [{ key: 'door_type', text: 'Tipo de puerta', type: 'select', options: ['Puerta de entrada', 'Puerta blindada', 'Garaje', 'Trastero'] }],
  },
  {
    id: 6174904479,
    name: 'Fontanería urgente',
    category: 'home',
    external_id: '4364251898',
    form: [
      { key: 'active_leak', text: '¿Hay una fuga de agua activa?', type: 'boolean' },
      { key: 'rooms', text: 'Estancias afectadas', type: 'number' },
    ],
  },
  { id: 1833666425, name: 'Electricista', category: 'home', external_id: '9247333625' },
  { id: 6830631783, name: 'Cristalería', category: 'home', external_id: '7961547632' },
  {
    id: 4576808125,
    name: 'Asistencia en carretera',
    category: 'road',
    external_id: '6721566532',
    form: [{ key: 'breakdown', text: 'Tipo de avería', type: 'select', options: ['Batería', 'Pinchazo', 'Llaves dentro', 'Sin combustible'] }],
  },
  { id: 9195611664, name: 'Taxi de regreso', category: 'road', external_id: '2726920597' },
  // No external id on purpose: the API sends `external_id: null` for some services.
  { id: 3968113359, name: 'Reparación de electrodomésticos', category: 'home', external_id: null },
  { id: 4738520125, name: 'Asistencia informática remota', category: 'it', external_id: '1234567890' },
  { id: 2862459925, name: 'Médico a domicilio', category: 'health', external_id: '5804417263' },
];

const TOWING_SERVICE_IDS = new Set([5000382079, 4576808125, 9195611664]);

export interface PlanDef {
  code: string;
  name: string;
  external_plan_id: string | null;
  serviceIds: readonly number[];
}

export const PLANS: readonly PlanDef[] = [
  { code: 'hog7x2k9pa', name: 'Plan Asistencia Hogar', external_plan_id: 'br5illrfbo', serviceIds: [2431434880, 6174904479, 1833666425, 6830631783, 3968113359, 4738520125] },
  { code: 'aut3b1q8zn', name: 'Plan Auto Básico', external_plan_id: 'zgwcs2cbss', serviceIds: [5000382079, 4576808125] },
  { code: 'aut9p4m2wd', name: 'Plan Auto Premium', external_plan_id: 'd92un4n8xu', serviceIds: [5000382079, 4576808125, 9195611664, 6830631783] },
  { code: 'hgp5r8t1vc', name: 'Plan Hogar Plus', external_plan_id: 'xlpb6vrkmw', serviceIds: [2431434880, 6174904479, 1833666425, 6830631783, 3968113359, 2862459925] },
  { code: 'via2k6n4hs', name: 'Plan Viaje Seguro', external_plan_id: null, serviceIds: [5000382079, 9195611664, 2862459925] },
  // The seed's admin examples use application_code "abcdefg"; this plan makes them work as-is.
  { code: 'abcdefg', name: 'Plan Demo Integración', external_plan_id: 'demo000001', serviceIds: [5000382079, 2431434880] },
];

export function serviceById(id: number): ServiceDef | undefined {
  return SERVICES.find((s) => s.id === id);
}
export function serviceByExternalId(externalId: string): ServiceDef | undefined {
  return SERVICES.find((s) => s.external_id === externalId);
}
export function planByCode(code: string): PlanDef | undefined {
  return PLANS.find((p) => p.code === code);
}

// ── Formatting helpers ───────────────────────────────────────────────────────────────────────

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const ddmmyyyy = (d: Date) => `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;
const DAY_MS = 86_400_000;
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

export function dni(n: number): string {
  return `${pad(n, 8)}${DNI_LETTERS[n % 23] ?? 'T'}`;
}

/**
 * Key under which access identifiers are compared. Spanish mobiles may arrive without +34 (the
 * API adds it): "612345678", "34612345678", "0034 612 345 678" and "+34 612-345-678" share the key
 * "+34612345678". Emails compare case-insensitively, DNI letters too. Stored values are never
 * rewritten; only the index uses this key.
 */
export function accessKey(value: string): string {
  const t = value.trim();
  if (t.includes('@')) return t.toLowerCase();
  const compact = t.replace(/[\s.-]/g, '');
  const m = /^(?:\+34|0034|34)?([6789]\d{8})$/.exec(compact);
  if (m) return `+34${m[1] ?? ''}`;
  return compact.toUpperCase();
}

function spacedMobile(e164: string): string {
  const d = e164.replace(/^\+34/, '');
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

function mailify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
}

interface Address {
  line: string;
  floor: string;
  city: City;
  postalCode: string;
  lat: string;
  lon: string;
}

function address(rng: Rng, city: City): Address {
  const postalCode = `${city.code}${pad(rng.int(1, 999), 3)}`;
  return {
    line: `${rng.pick(STREET_TYPES)} ${rng.pick(STREET_NAMES)} ${rng.int(1, 180)}`,
    floor: rng.pick(FLOORS),
    city,
    postalCode,
    lat: (city.lat + (rng.next() - 0.5) * 0.08).toFixed(6),
    lon: (city.lon + (rng.next() - 0.5) * 0.08).toFixed(6),
  };
}

const fullAddress = (a: Address) => `${a.line}, ${a.floor}, ${a.postalCode} ${a.city.name}`;

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

const TIERS: Readonly<Record<'days' | 'usage' | 'accumulated', CopaymentTier[]>> = {
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

function limitOf(kind: LimitKind, rng: Rng, blocked: boolean, start: Date, end: Date, anchor: Date): ServiceLimit {
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

const BLOCKABLE: ReadonlySet<LimitKind> = new Set<LimitKind>(['usage_frequency_by_end_of_contract', 'usage_frequency_by_period', 'waiting_period', 'max_cost_by_end_of_contract', 'max_cost_by_period']);

/**
 * Limits of service `j` of contract `k`. Cycles through the ten kinds (so 50+ contracts cover all
 * of them), leaves some services unlimited, stacks two kinds on others, and blocks every 7th
 * (except a contract's first service, so every active contract has one usable service).
 */
function limitsFor(k: number, j: number, rng: Rng, start: Date, end: Date, anchor: Date): ServiceLimits {
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
export const EXAMPLE_CONTRACT_ID = 131;
export const EXAMPLE_ACCESS_IDENTIFIER = '123456789';

const KIND_CYCLE: readonly AccessIdentifierKind[] = ['national_id', 'mobile_phone_number', 'national_id', 'email', 'access_code', 'phone_number'];

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
function exampleLimits(end: Date): ServiceLimits {
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
const SPAN_MS = 540 * DAY_MS;

function requestedAtMs(ctx: ServiceRequestSeedContext, id: number): number {
  return ctx.anchor.getTime() - ((ctx.size - id + 1) / ctx.size) * SPAN_MS;
}

function headFrom(rng: Rng, ctx: ServiceRequestSeedContext, id: number): ServiceRequestHead {
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

const srRng = (ctx: ServiceRequestSeedContext, id: number) => new Rng(hashSeed(ctx.seed, 0x5e, id));

export function serviceRequestHead(ctx: ServiceRequestSeedContext, id: number): ServiceRequestHead {
  return headFrom(srRng(ctx, id), ctx, id);
}

const ORDER: readonly ServiceRequestStatus[] = ['pending', 'assigned', 'in_progress', 'completed'];

function history(rng: Rng, status: ServiceRequestStatus, requestedAt: number): Record<string, string> {
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

function answersFor(rng: Rng, svc: ServiceDef): Answer[] | undefined {
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

function buildSeeded(rng: Rng, head: ServiceRequestHead, contract: ContractRecord, svc: ServiceDef, id: number, ctx: ServiceRequestSeedContext): ServiceRequest {
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

// ── Provider ranking ─────────────────────────────────────────────────────────────────────────

export interface Zone {
  external_id: string;
  name: string;
}
/** Zones are provinces; the external id is the INE province code. */
export const ZONES: readonly Zone[] = [...new Map(CITIES.map((c) => [c.code, { external_id: c.code, name: c.province }])).values()];

export function providerExternalId(name: string): string {
  const i = PROVIDER_NAMES.findIndex((n) => n === name);
  return String(4126842408 + i * 39_357_113);
}

export function rankingFor(seed: number, zoneExternalId: string, serviceExternalId: string): { position: number; provider_name: string; external_id: string }[] {
  const zi = ZONES.findIndex((z) => z.external_id === zoneExternalId);
  const si = SERVICES.findIndex((s) => s.external_id === serviceExternalId);
  if (zi < 0 || si < 0) return [];
  const rng = new Rng(hashSeed(seed, 0x7a, zi, si));
  const pool = [...PROVIDERS[at(SERVICES, si).category]];
  const count = rng.int(2, Math.min(5, pool.length));
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) chosen.push(at(pool.splice(Math.floor(rng.next() * pool.length), 1), 0));
  return chosen.map((name, i) => ({ position: i + 1, provider_name: name, external_id: providerExternalId(name) }));
}

// ── Points ───────────────────────────────────────────────────────────────────────────────────

export interface PointTransactionRecord {
  id: number;
  access_identifier: string | null;
  transaction_type: 'add' | 'spend';
  points: number;
  comment: string | null;
  expiration_date: string | null;
  created_at: string;
  /** When processing finishes; the status reads `pending` until then (no timers needed). */
  process_at: number;
  outcome: 'processed' | 'failed';
  recurrent_point_transaction_id: number | null;
}

export interface RecurrentPointTransactionRecord {
  id: number;
  access_identifier: string | null;
  raw_access_identifier: string;
  comment: string | null;
  transaction_type: 'add' | 'spend';
  points: number;
  recurrence_start_date: string;
  recurrence_end_date: string | null;
  last_recurrence_date: string | null;
  recurrence_period: string;
  point_expiration_period: string | null;
  created_at: string;
  updated_at: string;
}

const COMMENTS = ['Bienvenida al programa', 'Compra en tienda asociada', 'Canje de puntos por servicio', 'Campaña de verano', 'Ajuste manual', null] as const;

export function generatePoints(seed: number, anchor: Date, contracts: readonly ContractRecord[]): { transactions: PointTransactionRecord[]; recurrent: RecurrentPointTransactionRecord[] } {
  const rng = new Rng(hashSeed(seed, 0x9f));
  const recurrent: RecurrentPointTransactionRecord[] = [];
  const periods = ['P1M', 'P1D', 'P1Y', 'P1M'] as const;
  for (let i = 1; i <= 4; i++) {
    const c = at(contracts, rng.int(0, contracts.length - 1));
    const start = addDays(anchor, -rng.int(60, 400));
    const created = addDays(start, -2).toISOString();
    recurrent.push({
      id: i,
      access_identifier: c.access_identifier,
      raw_access_identifier: c.access_identifier,
      comment: rng.chance(0.5) ? 'Puntos mensuales por fidelidad' : null,
      transaction_type: i === 3 ? 'spend' : 'add',
      points: rng.pick([1, 5, 10, 25]),
      recurrence_start_date: start.toISOString(),
      recurrence_end_date: i % 2 === 0 ? addDays(start, 365).toISOString() : null,
      last_recurrence_date: addDays(anchor, -rng.int(1, 20)).toISOString(),
      recurrence_period: at(periods, i - 1),
      point_expiration_period: i === 2 ? null : 'P1Y',
      created_at: created,
      updated_at: created,
    });
  }
  const transactions: PointTransactionRecord[] = [];
  for (let i = 1; i <= 30; i++) {
    const c = at(contracts, rng.int(0, contracts.length - 1));
    const created = addDays(anchor, -rng.int(1, 300)).getTime() + rng.int(0, 86_399) * 1000;
    const spend = rng.chance(0.25);
    const fromRecurrent = rng.chance(0.2) ? rng.int(1, recurrent.length) : null;
    transactions.push({
      id: i,
      access_identifier: c.access_identifier,
      transaction_type: spend ? 'spend' : 'add',
      points: spend ? rng.int(10, 200) : rng.int(50, 1000),
      comment: rng.pick(COMMENTS),
      expiration_date: spend ? null : new Date(Date.UTC(new Date(created).getUTCFullYear() + 1, rng.int(0, 11), rng.int(1, 28))).toISOString(),
      created_at: new Date(created).toISOString(),
      process_at: created + 1000,
      outcome: i % 11 === 0 ? 'failed' : 'processed',
      recurrent_point_transaction_id: fromRecurrent,
    });
  }
  return { transactions, recurrent };
}

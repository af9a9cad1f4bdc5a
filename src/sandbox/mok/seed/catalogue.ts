// The sandbox's provider network, its services (with their dynamic forms) and plans.
import type { ProviderCategory } from './spain';

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

export const TOWING_SERVICE_IDS = new Set([5000382079, 4576808125, 9195611664]);

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

// Spanish data the seed draws from: names, cities, streets, providers and workshops, and the
// formatting of DNIs, phone numbers, e-mails and addresses.
import type { Rng } from './random';

// ── Static tables ────────────────────────────────────────────────────────────────────────────

export const FIRST_NAMES = [
  'Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Martín', 'María', 'Pablo', 'Julia', 'Daniel', 'Paula', 'Alejandro',
  'Valeria', 'Manuel', 'Carmen', 'José Luis', 'Elena', 'Javier', 'Ana Isabel', 'Álvaro', 'Laura', 'Francisco',
  'Marta', 'Antonio', 'Cristina', 'Jorge', 'Nerea', 'Sergio', 'Irene', 'Raúl', 'Pilar', 'Iñaki', 'Rocío', 'Joaquín',
  'Montserrat', 'Andrés', 'Begoña', 'Gonzalo', 'Ainhoa', 'Rubén',
] as const;

export const SURNAMES = [
  'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
  'Jiménez', 'Hernández', 'Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Gutiérrez', 'Alonso', 'Navarro',
  'Torres', 'Domínguez', 'Ramos', 'Vázquez', 'Gil', 'Serrano', 'Blanco', 'Molina', 'Castro', 'Ortega', 'Delgado',
  'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Núñez', 'Medina', 'Garrido', 'Santos', 'Castillo', 'Cortés', 'Lozano',
  'Guerrero', 'Cano', 'Prieto', 'Méndez', 'Calvo', 'Vidal', 'Etxeberria',
] as const;

export interface City {
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

export const STREET_TYPES = ['Calle', 'Calle', 'Calle', 'Avenida', 'Plaza', 'Paseo', 'Ronda', 'Camino', 'Travesía'] as const;
export const STREET_NAMES = [
  'Mayor', 'de Alcalá', 'del Prado', 'de la Constitución', 'San Vicente', 'Real', 'de Cervantes', 'del Carmen',
  'de Andalucía', 'de la Libertad', 'Nueva', 'de Goya', 'de la Paz', 'del Sol', 'de Colón', 'de la Estación',
  'de Santiago', 'de los Reyes Católicos', 'de Blasco Ibáñez', 'del Marqués de Larios', 'de Gran Vía', 'de Sabino Arana',
] as const;
export const FLOORS = ['Bajo', '1º A', '1º B', '2º A', '2º C', '3º D', '4º Izda.', '5º Dcha.', 'Ático'] as const;
export const PLATE_LETTERS = 'BCDFGHJKLMNPRSTVWXYZ';
export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export type ProviderCategory = 'road' | 'home' | 'it' | 'health';
export const PROVIDERS: Readonly<Record<ProviderCategory, readonly string[]>> = {
  road: ['Grúas del Sur', 'Asistencia Vial Norte', 'Auxilio en Carretera Iberia', 'Grúas Garrido', 'Grúas y Transportes Medina', 'Asistencia Cantábrica', 'Taxi Servicio Urgente'],
  home: ['Cerrajeros Rápidos 24h', 'Fontanería Hermanos Ruiz', 'Electricidad Martín e Hijos', 'Cristalería Levante', 'Reparaciones Domésticas Castro', 'Servicios Técnicos Navarro', 'Cerrajería La Llave', 'Fontaneros Unidos'],
  it: ['Soporte Informático Delta', 'Servicios Técnicos Navarro', 'Informática a Domicilio Levante'],
  health: ['Médicos a Domicilio Salud+', 'Asistencia Sanitaria Norte', 'Clínica Móvil del Sur'],
};
export const PROVIDER_NAMES: readonly string[] = [...new Set(Object.values(PROVIDERS).flat())];

export const WORKSHOP_NAMES = ['Taller Mecánico Hnos. Ruiz', 'Talleres Ortega', 'Taller Oficial Concesionario', 'Autoservicio Castro', 'Neumáticos del Norte'] as const;
export const SOURCES = ['app', 'web', 'call_center', 'call_center', 'whatsapp'] as const;
export const CONTACT_CENTER_PHONE = '900 814 357';

// ── Formatting helpers ───────────────────────────────────────────────────────────────────────

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const ddmmyyyy = (d: Date) => `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;
export const DAY_MS = 86_400_000;
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

export function spacedMobile(e164: string): string {
  const d = e164.replace(/^\+34/, '');
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

export function mailify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
}

export interface Address {
  line: string;
  floor: string;
  city: City;
  postalCode: string;
  lat: string;
  lon: string;
}

export function address(rng: Rng, city: City): Address {
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

export const fullAddress = (a: Address) => `${a.line}, ${a.floor}, ${a.postalCode} ${a.city.name}`;

// Provider rankings per zone and service.
import { Rng, at, hashSeed } from './random';
import { CITIES, PROVIDER_NAMES, PROVIDERS } from './spain';
import { SERVICES } from './catalogue';

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

// What the MOK sandbox's handler modules share: the store (replaced on reset), the host, the PRNG
// seed, and the small readers of query/path values every handler uses.
import type { AccessIdentifierKind, ServiceRequest } from '../../core/models/mok';
import { mokError } from '../errors';
import type { SandboxHost, SandboxRequest, SandboxResponse } from '../types';
import { accessKey } from './seed/spain';
import type { MokStore } from './store';

export interface MokContext {
  readonly host: SandboxHost;
  /** PRNG seed of the generated data. */
  readonly seed: number;
  /** Replaced by reset(): read it through the context, never keep it. */
  store: MokStore;
  nowIso(): string;
  /**
   * Counts and sends a service-request webhook. `platform`: a change made by MOK's platforms (always
   * sends); `partner`: one made through the partner's own API call, which sends only when the
   * sandbox's partnerWebhooks option says so (the API document: webhooks are for changes "from one
   * of our platforms"). Returns the delivery id when one was queued.
   */
  emit(event: 'service_request.created' | 'service_request.updated', sr: ServiceRequest, origin: 'platform' | 'partner'): string | undefined;
}

export function notFound(what: string, id: string | undefined): SandboxResponse {
  return mokError(404, 'not_found', `${what} ${id ?? ''} not found`.replace(/\s+/g, ' '));
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Non-empty query value or undefined. */
export function q(req: SandboxRequest, name: string): string | undefined {
  const v = req.query.get(name)?.trim();
  return v ? v : undefined;
}

export function idParam(req: SandboxRequest): number | undefined {
  const raw = req.params.id ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Coordinates go back as decimal strings, as the API sends them, whatever form came in. */
export function wireDecimal(v: string | number | null | undefined): string | null | undefined {
  return typeof v === 'number' ? String(v) : v;
}

export function toDateTime(v: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00.000Z` : new Date(v).toISOString();
}

export function guessKind(identifier: string): AccessIdentifierKind {
  if (identifier.includes('@')) return 'email';
  if (/^(\d{8}|[XYZ]\d{7})[A-Z]$/i.test(identifier.trim())) return 'national_id';
  const key = accessKey(identifier);
  if (/^\+34[67]/.test(key)) return 'mobile_phone_number';
  if (/^\+34[89]/.test(key)) return 'phone_number';
  return 'access_code';
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PASSTHROUGH_FIELDS = ['city', 'state', 'country', 'address_line_one', 'address_line_two', 'vehicle_plate_number', 'surname', 'second_surname'] as const;


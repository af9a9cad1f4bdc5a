// Zod models of the MOK Integration API (provider networks, webhooks, admin) as the API document
// shows them, plus the deprecation helpers read off the models. Wording for people (limits in
// words, names) lives in core/wording/mok.ts.
// Responses keep unknown keys (looseObject); service request bodies check keys strictly because
// the API documents exactly which fields it accepts and a typo would otherwise be dropped silently.
import * as z from 'zod';
import { msg } from '../l10n';
import type { ServiceRequestUpdateField } from './values';
import { ddmmyyyy, decimalLike, decimalString, deprecated, deprecatedReplacement, intLike, isoDate, isoDateTime, looseObject } from './common';

const str = z.string();
const nstr = z.string().nullable();
/** Present in every seed example, but added later per the changelog: older deployments may omit it. */
const later = <T extends z.ZodType>(schema: T) => schema.optional();
// Plain values (no zod) live in ./values.ts so the extension's activation bundle can read them.
export { LIMIT_KINDS, LIMIT_TYPE_NAMES, isLimitKind, SERVICE_REQUEST_STATUSES, SERVICE_REQUEST_CREATE_FIELDS, SERVICE_REQUEST_CREATE_DEPRECATED_FIELDS, SERVICE_REQUEST_UPDATE_FIELDS } from './values';
export type { LimitKind, ServiceRequestStatus, ServiceRequestCreateField, ServiceRequestUpdateField } from './values';
/** Integers that may arrive as JSON numbers or as the string of a path/query parameter. */
export { intLike };
/** `HH:MM` or `HH:MM:SS`. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, msg('expected a time as HH:MM:SS'));
/** Loose E.164: optional `+`, no leading zero, at most 15 digits. The seed's own example ("123456789") has no `+`. */
export const E164_PATTERN = /^\+?[1-9]\d{1,14}$/;
export const e164 = z.string().regex(E164_PATTERN, msg('expected a phone number in E.164 format, like +34612345678'));

// ── Auth ─────────────────────────────────────────────────────────────────────────────────────

export const tokenRequest = z.object({
  grant_type: z.literal('client_credentials'),
  client_id: str.min(1),
  client_secret: str.min(1),
  scope: str.min(1),
});
export const tokenResponse = looseObject({
  access_token: str.min(1),
  token_type: str,
  scope: str.optional(),
  /** Unix seconds. The seed shows no `expires_in`: treat the token as valid until a 401. */
  created_at: z.number().optional(),
  expires_in: z.number().optional(),
});

// ── Limits ───────────────────────────────────────────────────────────────────────────────────


/**
 * One tier of a variable copayment. The seeds name `copayment_tiers` but never show one, so this
 * shape is our decision: `from`/`to` are inclusive bounds in the unit of the limit kind (days of
 * the current request, uses in the period, or accumulated days in the period), `to: null` means
 * "and above"; a tier states a `copayment_percentage` (of the service cost) and/or a fixed
 * `copayment_amount` in euros. Loose, so a differently shaped real tier still parses and shows.
 */
export const copaymentTier = looseObject({
  from: decimalLike,
  to: decimalLike.nullable().optional(),
  copayment_percentage: decimalLike.nullable().optional(),
  copayment_amount: decimalLike.nullable().optional(),
});

export const serviceLimit = looseObject({
  type: str,
  /** Max uses, days or euros, as a decimal string ("5.0"). */
  multiplans_limit: decimalString.nullable(),
  /** Uses/days/euros consumed so far; the seed sends a number, cost limits may send a string. */
  multiplans_limit_progress: decimalLike.nullable(),
  block_service: z.boolean(),
  multiplans_until_date: ddmmyyyy.nullable(),
  /** Only for variable_copayment_* kinds; `null` (or absent) otherwise. */
  copayment_tiers: z.array(copaymentTier).nullable().optional(),
});

export const serviceLimits = looseObject({
  usage_frequency_by_end_of_contract: serviceLimit.nullable(),
  usage_frequency_by_period: serviceLimit.nullable(),
  waiting_period: serviceLimit.nullable(),
  max_cost_by_end_of_contract: serviceLimit.nullable(),
  max_cost_by_period: serviceLimit.nullable(),
  max_cost_by_use: serviceLimit.nullable(),
  copayment: serviceLimit.nullable(),
  // Documented on 2026-04-29 only: deployments before that do not send these keys.
  variable_copayment_by_days_of_current_service_request: later(serviceLimit.nullable()),
  variable_copayment_by_usage_by_period: later(serviceLimit.nullable()),
  variable_copayment_by_accumulated_days_by_period: later(serviceLimit.nullable()),
  has_any_limits: z.boolean(),
  block_service: z.boolean(),
});

// ── Provider network, contracts, plans ───────────────────────────────────────────────────────

export const service = looseObject({
  id: z.number().int(),
  name: str,
  external_id: nstr,
  /** Only filled when contracts are looked up by access/document identifier; `null` elsewhere. */
  limits: serviceLimits.nullable().optional(),
});

export const providerNetwork = looseObject({
  name: str,
  active: z.boolean(),
  services: z.array(service),
  /** Described in the docs, absent from the seed example. */
  webhook_url: nstr.optional(),
});

export const ACCESS_IDENTIFIER_KINDS = ['national_id', 'mobile_phone_number', 'email', 'phone_number', 'access_code'] as const;
export type AccessIdentifierKind = (typeof ACCESS_IDENTIFIER_KINDS)[number];

export const contract = looseObject({
  id: z.number().int(),
  access_identifier: nstr,
  document_identifier: deprecated(nstr.optional(), 'access_identifier'),
  email: nstr,
  first_name: nstr,
  last_name: nstr,
  surname: deprecated(nstr.optional(), 'last_name'),
  second_surname: deprecated(nstr.optional(), 'last_name'),
  start_date: isoDate.nullable(),
  end_date: isoDate.nullable(),
  vehicle_plate_number: nstr.optional(),
  city: nstr.optional(),
  state: nstr.optional(),
  country: nstr.optional(),
  address_line_one: nstr.optional(),
  address_line_two: nstr.optional(),
  national_id: nstr.optional(),
  active: z.boolean(),
  plan_code: nstr,
  plan_name: later(nstr),
  external_plan_id: nstr.optional(),
  unique_contract_id: later(nstr),
  mobile_phone_number: later(nstr),
  client_contract: later(nstr),
  external_extra_data: later(z.record(z.string(), z.unknown()).nullable()),
  services: z.array(service),
});

export const plan = looseObject({
  code: str,
  name: str,
  external_plan_id: nstr,
  services: z.array(service),
});

// ── Service requests ─────────────────────────────────────────────────────────────────────────


const answerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]).nullable();

export const answer = looseObject({
  question_key: str,
  question_text: nstr,
  value: answerValue,
  answer_text: nstr.optional(),
  /** Dynamic form input type (`text`, `select`, …), added 2025-08-05. */
  type: later(nstr),
});

export const serviceRequest = looseObject({
  id: z.number().int(),
  service_id: z.number().int(),
  contract_id: z.number().int(),
  external_id: nstr,
  public_id: nstr,
  plan_code: nstr,
  current_status: str,
  access_identifier: nstr,
  access_identifier_kind: later(z.enum(ACCESS_IDENTIFIER_KINDS).nullable()),
  requested_at: isoDateTime.nullable(),
  service_name: nstr,
  /** status → when the request entered it. */
  status_history: z.record(z.string(), isoDateTime).nullable(),
  extra_info: nstr.optional(),
  origin_address: nstr,
  origin_latitude: decimalLike.nullable(),
  origin_longitude: decimalLike.nullable(),
  destination_address: nstr,
  destination_latitude: decimalLike.nullable(),
  destination_longitude: decimalLike.nullable(),
  scheduled_date: isoDate.nullable(),
  scheduled_end_date: isoDate.nullable(),
  scheduled_time: timeOfDay.nullable(),
  provider_name: nstr,
  provider_phone: nstr,
  technician_name: nstr,
  user_full_name: deprecated(nstr.optional(), 'user_first_name and user_last_name'),
  user_email: later(nstr),
  user_phone: nstr,
  source: nstr,
  contact_center_phone: nstr,
  service_external_id: nstr,
  user_first_name: later(nstr),
  user_last_name: later(nstr),
  external_plan_id: nstr.optional(),
  document_identifier: deprecated(nstr.optional(), 'access_identifier'),
  /** Only when the service has a dynamic form. */
  answers: z.array(answer).optional(),
});


const optText = nstr.optional();
const optCoord = decimalLike.nullable().optional();
/** Fields both bodies share, with the wire types the create example uses. */
const editableShape = {
  external_id: optText,
  current_status: str.min(1).optional(),
  service_name: optText,
  origin_address: optText,
  origin_latitude: optCoord,
  origin_longitude: optCoord,
  destination_address: optText,
  destination_latitude: optCoord,
  destination_longitude: optCoord,
  scheduled_date: isoDate.nullable().optional(),
  scheduled_end_date: isoDate.nullable().optional(),
  scheduled_time: timeOfDay.nullable().optional(),
  provider_name: optText,
  provider_phone: optText,
  technician_name: optText,
  user_phone: optText,
  contact_center_phone: optText,
} satisfies Record<ServiceRequestUpdateField, z.ZodType>;

export const serviceRequestCreateFields = z.strictObject({
  ...editableShape,
  service_id: z.number().int().positive().optional(),
  contract_id: z.number().int().positive().optional(),
  access_identifier: optText,
  requested_at: isoDateTime.nullable().optional(),
  source: optText,
  service_external_id: optText,
  document_identifier: deprecated(optText, 'access_identifier'),
});
export const serviceRequestUpdateFields = z.strictObject(editableShape);

export const serviceRequestCreateBody = z.strictObject({ service_request: serviceRequestCreateFields });
export const serviceRequestUpdateBody = z.strictObject({ service_request: serviceRequestUpdateFields });

export const webhookEvent = looseObject({
  event: z.enum(['service_request.created', 'service_request.updated']),
  // The seed's webhook examples carry only the head of a service request.
  payload: serviceRequest.partial().required({ id: true }),
});

// ── WhatsApp, provider ranking ───────────────────────────────────────────────────────────────

export const whatsappRequestBody = z.object({ whatsapp_number: e164 });

export const rankedProvider = looseObject({
  position: z.number().int(),
  provider_name: str,
  external_id: nstr,
});

// ── Errors ───────────────────────────────────────────────────────────────────────────────────

export const mokErrorBody = looseObject({
  errors: z.array(
    looseObject({
      status: z.union([z.number().int(), z.string()]).optional(),
      code: str.optional(),
      detail: str,
      source: looseObject({ parameter: str.optional(), pointer: str.optional() }).optional(),
    }),
  ),
});

// ── Types ────────────────────────────────────────────────────────────────────────────────────

export type TokenRequest = z.infer<typeof tokenRequest>;
export type TokenResponse = z.infer<typeof tokenResponse>;
export type CopaymentTier = z.infer<typeof copaymentTier>;
export type ServiceLimit = z.infer<typeof serviceLimit>;
export type ServiceLimits = z.infer<typeof serviceLimits>;
export type Service = z.infer<typeof service>;
export type ProviderNetwork = z.infer<typeof providerNetwork>;
export type Contract = z.infer<typeof contract>;
export type Plan = z.infer<typeof plan>;
export type Answer = z.infer<typeof answer>;
export type ServiceRequest = z.infer<typeof serviceRequest>;
export type ServiceRequestCreateFields = z.infer<typeof serviceRequestCreateFields>;
export type ServiceRequestUpdateFields = z.infer<typeof serviceRequestUpdateFields>;
export type ServiceRequestCreateBody = z.infer<typeof serviceRequestCreateBody>;
export type ServiceRequestUpdateBody = z.infer<typeof serviceRequestUpdateBody>;
export type WebhookEvent = z.infer<typeof webhookEvent>;
export type WhatsappRequestBody = z.infer<typeof whatsappRequestBody>;
export type RankedProvider = z.infer<typeof rankedProvider>;
export type MokErrorBody = z.infer<typeof mokErrorBody>;

// ── Helpers for the UI ───────────────────────────────────────────────────────────────────────

/** Keys of an object schema that are marked deprecated, with their replacement. */
export function deprecatedFieldsOf(schema: { readonly shape: Readonly<Record<string, z.ZodType>> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const replacement = deprecatedReplacement(field);
    if (replacement) out[key] = replacement;
  }
  return out;
}

/** Deprecated keys actually present (non-null) in a value, so the UI can flag them next to the data. */
export function deprecatedFieldsIn(schema: { readonly shape: Readonly<Record<string, z.ZodType>> }, value: Readonly<Record<string, unknown>>): { key: string; replacement: string }[] {
  return Object.entries(deprecatedFieldsOf(schema))
    .filter(([key]) => value[key] !== undefined && value[key] !== null)
    .map(([key, replacement]) => ({ key, replacement }));
}

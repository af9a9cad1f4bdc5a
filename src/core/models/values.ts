// Plain values the models are built from and the UI reads — enumerations, accepted keys,
// patterns, small parsers — with no zod, so that the extension's activation bundle can use them
// without the models (which load with the API client, dist/client.js). The models re-export them.

// ── MOK Integration API ──────────────────────────────────────────────────────────────────────

export const LIMIT_KINDS = [
  'usage_frequency_by_end_of_contract',
  'usage_frequency_by_period',
  'waiting_period',
  'max_cost_by_end_of_contract',
  'max_cost_by_period',
  'max_cost_by_use',
  'copayment',
  'variable_copayment_by_days_of_current_service_request',
  'variable_copayment_by_usage_by_period',
  'variable_copayment_by_accumulated_days_by_period',
] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** The `type` value the API sends for each kind (seed: `LimitGroups::UsageFrequencyByEndOfContract`). */
export const LIMIT_TYPE_NAMES: Readonly<Record<LimitKind, string>> = {
  usage_frequency_by_end_of_contract: 'LimitGroups::UsageFrequencyByEndOfContract',
  usage_frequency_by_period: 'LimitGroups::UsageFrequencyByPeriod',
  waiting_period: 'LimitGroups::WaitingPeriod',
  max_cost_by_end_of_contract: 'LimitGroups::MaxCostByEndOfContract',
  max_cost_by_period: 'LimitGroups::MaxCostByPeriod',
  max_cost_by_use: 'LimitGroups::MaxCostByUse',
  copayment: 'LimitGroups::Copayment',
  variable_copayment_by_days_of_current_service_request: 'LimitGroups::VariableCopaymentByDaysOfCurrentServiceRequest',
  variable_copayment_by_usage_by_period: 'LimitGroups::VariableCopaymentByUsageByPeriod',
  variable_copayment_by_accumulated_days_by_period: 'LimitGroups::VariableCopaymentByAccumulatedDaysByPeriod',
};

export function isLimitKind(value: string): value is LimitKind {
  return (LIMIT_KINDS as readonly string[]).includes(value);
}

/** Statuses the sandbox knows; the real API may use more, so responses accept any string. */
export const SERVICE_REQUEST_STATUSES = ['pending', 'assigned', 'in_progress', 'completed', 'cancelled'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

/** Accepted keys of `POST …/service_requests`, exactly as the API documents them. */
export const SERVICE_REQUEST_CREATE_FIELDS = [
  'service_id',
  'contract_id',
  'external_id',
  'current_status',
  'access_identifier',
  'requested_at',
  'service_name',
  'origin_address',
  'origin_latitude',
  'origin_longitude',
  'destination_address',
  'destination_latitude',
  'destination_longitude',
  'scheduled_date',
  'scheduled_end_date',
  'scheduled_time',
  'provider_name',
  'provider_phone',
  'technician_name',
  'user_phone',
  'source',
  'contact_center_phone',
  'service_external_id',
] as const;

/**
 * Keys create also takes although the accepted list omits them: the docs say a contract may be
 * found by `document_identifier`. Accepted (so old integrations keep working) and flagged.
 */
export const SERVICE_REQUEST_CREATE_DEPRECATED_FIELDS: Readonly<Record<string, string>> = { document_identifier: 'access_identifier' };

/** Accepted keys of `PATCH …/service_requests/{id}`. `service_id`/`contract_id` can't change. */
export const SERVICE_REQUEST_UPDATE_FIELDS = [
  'external_id',
  'current_status',
  'service_name',
  'origin_address',
  'origin_latitude',
  'origin_longitude',
  'destination_address',
  'destination_latitude',
  'destination_longitude',
  'scheduled_date',
  'scheduled_end_date',
  'scheduled_time',
  'provider_name',
  'provider_phone',
  'technician_name',
  'user_phone',
  'contact_center_phone',
] as const;

export type ServiceRequestCreateField = (typeof SERVICE_REQUEST_CREATE_FIELDS)[number];
export type ServiceRequestUpdateField = (typeof SERVICE_REQUEST_UPDATE_FIELDS)[number];

/** The sandbox refuses bigger pages; the real maximum is undocumented. */
export const MAX_PAGE_SIZE = 100;

// ── Documents API ────────────────────────────────────────────────────────────────────────────

/** Languages the API documents ("not all values are available to all organizations"). */
export const templateLanguages = ['ES', 'EN', 'EU', 'GL', 'CA', 'DE', 'UNDEFINED'] as const;

export const EXTERNAL_ID_PATTERN = /^[a-z0-9_]+$/;
export const MAX_TEMPLATE_TAGS = 5;
export const fillPriorities = ['low', 'high'] as const;

/** Splits `"2.7"` into numbers; undefined for anything else. */
export function parseTemplateVersion(version: string): { major: number; minor: number } | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

// ── Shared ───────────────────────────────────────────────────────────────────────────────────

/** Parses a decimal string deliberately: undefined for null/empty/garbage, never NaN. */
export function parseDecimal(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const t = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

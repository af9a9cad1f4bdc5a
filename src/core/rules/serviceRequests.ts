// The rules of a service-request body, all at once: its model (accepted fields, types) and the
// rules a model cannot say — a service is required (service_id or service_external_id; the
// external id wins), a contract is required (contract_id, or an access/document identifier),
// deprecated fields. The editor runs them as you type, the client before sending, the sandbox on
// every create/update: one voice, once per mistake.
import type * as z from 'zod';
import { isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { deprecatedFieldsOf, serviceRequestCreateBody, serviceRequestCreateFields, serviceRequestUpdateBody } from '../models/mok';
import { zodProblems } from '../problems/fromZod';
import type { Problem } from '../problems/problem';

export type ServiceRequestCreateBody = z.output<typeof serviceRequestCreateBody>;
export type ServiceRequestUpdateBody = z.output<typeof serviceRequestUpdateBody>;

export interface Checked<T> {
  /** The parsed body when the model accepts it (warnings may remain). */
  body?: T;
  problems: Problem[];
}

/** `service_id`/`contract_id` exist on the resource but can't be sent on update. */
export const IMMUTABLE_SERVICE_REQUEST_FIELDS: ReadonlySet<string> = new Set(['service_id', 'contract_id']);

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

export function checkServiceRequestCreate(value: unknown, l10n: Localizer = english): Checked<ServiceRequestCreateBody> {
  const parsed = serviceRequestCreateBody.safeParse(value);
  const problems: Problem[] = parsed.success ? [] : zodProblems(parsed.error, value, { schema: serviceRequestCreateBody, l10n });
  const sr = isJsonObject(value) && isJsonObject(value.service_request) ? value.service_request : undefined;
  if (sr) {
    const rule = (pointer: string, code: string, message: string, severity: Problem['severity'] = 'error', target: Problem['target'] = 'parent'): void => {
      problems.push({ pointer, message, code, severity, origin: 'schema', target });
    };
    if (!present(sr.service_id) && !present(sr.service_external_id)) {
      rule('/service_request/service_id', 'serviceRequest/service-required', l10n.t('A service is required: set service_id or service_external_id.'));
    }
    if (!present(sr.contract_id) && !present(sr.access_identifier) && !present(sr.document_identifier)) {
      rule('/service_request/contract_id', 'serviceRequest/contract-required', l10n.t('A contract is required: set contract_id or access_identifier.'));
    }
    if (present(sr.service_id) && present(sr.service_external_id)) {
      rule('/service_request/service_external_id', 'serviceRequest/both-services', l10n.t('Both service_id and service_external_id are set: the API uses service_external_id.'), 'warning', 'key');
    }
    for (const [key, replacement] of Object.entries(deprecatedFieldsOf(serviceRequestCreateFields))) {
      if (present(sr[key])) rule(`/service_request/${key}`, 'field/deprecated', l10n.t('{0} is deprecated: use {1}.', key, replacement), 'warning', 'key');
    }
  }
  const errors = problems.some((p) => p.severity === 'error');
  return { ...(parsed.success && !errors ? { body: parsed.data } : {}), problems };
}

export function checkServiceRequestUpdate(value: unknown, l10n: Localizer = english): Checked<ServiceRequestUpdateBody> {
  const parsed = serviceRequestUpdateBody.safeParse(value);
  if (parsed.success) return { body: parsed.data, problems: [] };
  return { problems: zodProblems(parsed.error, value, { schema: serviceRequestUpdateBody, immutable: IMMUTABLE_SERVICE_REQUEST_FIELDS, l10n }) };
}

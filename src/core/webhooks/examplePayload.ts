// A realistic webhook body for test sends: `{event, payload: <service request>}` with the service
// request of the MOK API document's "get a service request" example (id 78, Spanish addresses and
// names with accents, so non-ASCII bytes are part of what gets signed).
/** Webhook-From of test sends from the CLI and the editor (MOK puts its application host here). */
export const DEVTOOLS_WEBHOOK_FROM = 'mok-devtools.local';

export const WEBHOOK_EVENTS = ['service_request.created', 'service_request.updated'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(x: string): x is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(x);
}

const EXAMPLE_SERVICE_REQUEST = {
  id: 78,
  service_id: 3968113359,
  contract_id: 175,
  external_id: '2103233136',
  public_id: '00072-00078-2103233136',
  plan_code: 'ix8t11xihp',
  current_status: 'pending',
  access_identifier: '1207271233',
  access_identifier_kind: 'national_id',
  requested_at: '2024-12-17T15:24:48.000Z',
  service_name: 'MyString',
  status_history: { pending: '2025-01-01T12:00:00.000Z' } as Record<string, string>,
  extra_info: 'MyText',
  origin_address: 'Esc. 865 Lado Luis Miguel s/n. Puerta 769, Alcorcón, Ext 92112',
  origin_latitude: '95.322374',
  origin_longitude: '13.704067',
  destination_address: 'Grupo Gabriel Curiel s/n. Puerta 701, Segovia, Leo 07415',
  destination_latitude: '62.894578',
  destination_longitude: '91.979053',
  scheduled_date: '2024-12-17',
  scheduled_end_date: null,
  scheduled_time: '15:24:48',
  provider_name: 'Jaimes y Sanabria',
  provider_phone: '974.074.513',
  technician_name: 'María Eugenia Arce Gamboa',
  user_full_name: 'Guillermo Soto',
  user_email: 'malcom.botsford@koss.test',
  user_phone: '966 910 378',
  source: 'MyString',
  contact_center_phone: '932.528.896',
  service_external_id: null,
  user_first_name: 'Guillermo',
  user_last_name: 'Soto',
  external_plan_id: null,
  document_identifier: '1207271233',
  answers: [
    { question_key: 'name', question_text: 'Ullam consectetur sed qui.', value: 'John', answer_text: 'Eos sunt aut quae.', type: 'text' },
    { question_key: 'last_name', question_text: 'Ad ratione id earum.', value: 'Doe', answer_text: 'Id quos iste ut.', type: 'text' },
  ],
};

/**
 * The body MOK would send for `event`, serialised compactly as MOK does (JSON.stringify, raw
 * UTF-8). An update is the same request after a provider was assigned.
 */
export function exampleWebhookBody(event: WebhookEvent): string {
  const payload =
    event === 'service_request.created'
      ? EXAMPLE_SERVICE_REQUEST
      : { ...EXAMPLE_SERVICE_REQUEST, current_status: 'assigned', status_history: { ...EXAMPLE_SERVICE_REQUEST.status_history, assigned: '2025-01-01T12:20:00.000Z' } };
  return JSON.stringify({ event, payload });
}

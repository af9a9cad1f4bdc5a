// The Documents API's chained identifications (Documents API, Identification Chain; its Admin
// section), described once: an ordered sequence of OTP / agent / identity-document steps that
// validates, restarts, cancels and closes as one.
import { cancelChainBody, chainIdentification, createChainIdentificationBody } from '../../models/documents/identifications';
import { createdId } from '../../models/documents/shared';
import { EXAMPLE_CANCEL_REASON, exampleActor, identificationParams } from './identificationSteps';
import { ACCESS_TOKEN_RESPONSE_HEADERS, EXAMPLE_HEADERS, ORG, deviceAgentIpHeaders, documentsEndpoint, noBody, userAgentHeaders } from './shared';

const CHAIN = `${ORG}/identifications/chain`;
const example = { params: { identification_id: 'a1b2c3d4-e5f6-7890-1234-567890abcdef' }, headers: EXAMPLE_HEADERS.userAgent } as const;

export const chainIdentificationsEndpoints = {
  'identifications.chain.create': documentsEndpoint({
    id: 'identifications.chain.create',
    method: 'POST',
    path: CHAIN,
    summary: 'Start a chained identification: an ordered sequence of identification steps',
    headers: userAgentHeaders,
    body: createChainIdentificationBody,
    response: createdId,
    status: 201,
    example: {
      headers: EXAMPLE_HEADERS.userAgent,
      body: {
        actor: exampleActor('IDENTITY_CARD'),
        expires_in: 'PT15M',
        sequence: [
          { identification_type: 'OTP', otp_step: { two_factor_type: 'DOCUMENT_NUMBER', channel: { type: 'SMS', external: false } } },
          { identification_type: 'AGENT' },
          { identification_type: 'IDENTITY_DOCUMENT', identity_document_step: { provider_type: 'INTERNAL' } },
        ],
      },
      response: { id: 'cadd9e8e-7bb5-4f73-9a1a-124f8a8b0c1d' },
    },
  }),
  'identifications.chain.get': documentsEndpoint({
    id: 'identifications.chain.get',
    method: 'GET',
    path: `${CHAIN}/{identification_id}`,
    summary: 'A chained identification: global status and each step',
    params: identificationParams,
    headers: userAgentHeaders,
    response: chainIdentification,
    status: 200,
    example: {
      ...example,
      response: {
        status: 'CREATED',
        step_details: [{ type: 'OTP', id: 'a1b2c3d4-e5f6-7890-1234-567890abcdef', status: 'VALIDATED', modification_date: '2025-06-03T10:35:00Z' }],
        creation_date: '2025-06-03T10:30:00Z',
        modification_date: '2025-06-03T10:40:15Z',
        expiry_from_creation: 'PT15M',
        failure_reason: null,
      },
    },
  }),
  'identifications.chain.validate': documentsEndpoint({
    id: 'identifications.chain.validate',
    method: 'POST',
    path: `${CHAIN}/{identification_id}/validate`,
    summary: 'Validate a chain whose steps are all VALIDATED (answers a short-lived x-access-token)',
    params: identificationParams,
    headers: deviceAgentIpHeaders,
    response: noBody,
    responseHeaders: ACCESS_TOKEN_RESPONSE_HEADERS,
    status: 204,
    example: { params: example.params, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.forwardedFor, ...EXAMPLE_HEADERS.userAgent } },
  }),
  'identifications.chain.restart': documentsEndpoint({
    id: 'identifications.chain.restart',
    method: 'POST',
    path: `${CHAIN}/{identification_id}/restart`,
    summary: 'Back to CREATED: every VALIDATED step must be done again',
    params: identificationParams,
    headers: userAgentHeaders,
    response: noBody,
    status: 204,
    example,
  }),
  'identifications.chain.cancel': documentsEndpoint({
    id: 'identifications.chain.cancel',
    method: 'POST',
    path: `${CHAIN}/{identification_id}/cancel`,
    summary: 'Cancel a CREATED chain and its active steps (reason optional)',
    params: identificationParams,
    headers: userAgentHeaders,
    body: cancelChainBody,
    response: noBody,
    status: 204,
    example: { ...example, body: EXAMPLE_CANCEL_REASON },
  }),
  'identifications.chain.close': documentsEndpoint({
    id: 'identifications.chain.close',
    method: 'POST',
    path: `${CHAIN}/{identification_id}/close`,
    summary: 'Close a VALIDATED chain (SUCCEEDED); ignored when already SUCCEEDED',
    params: identificationParams,
    headers: userAgentHeaders,
    response: noBody,
    status: 204,
    example,
  }),
} as const;

// The Documents API's identity-document scorings (Documents API, Scoring), described once: a
// session receives the document's images (multipart `front` / `back`), scores them here or at an
// external provider (delegate), and keeps every attempt.
import * as z from 'zod';
import {
  createScoringBody,
  delegateScoringBody,
  scoreImagesBody,
  scoring,
  scoringAttempts,
  scoringCaptures,
  scoringCreated,
  scoringDelegated,
} from '../../models/documents/scorings';
import { EXAMPLE_HEADERS, ORG, deviceAgentIpHeaders, documentsEndpoint, filePart, idSegment, noBody } from './shared';

const SCORINGS = `${ORG}/scorings/identity_document`;
const scoringParams = z.object({ scoring_id: idSegment.describe('Scoring session id') });
const params = { scoring_id: 'd290f1ee-6c54-4b01-90e6-d701748f0851' } as const;

const CAPTURE_URL = 'https://storage.googleapis.com/mas-documents-prod/cbd2e693-d71a-4cee-8313-1972acc0394d';
const EXTRACTED_VALUES = {
  NAME: 'John',
  LAST_NAME: 'Doe',
  BIRTH_DATE: '1990-01-01T00:00:00.000Z',
  DOCUMENT_NUMBER: 'X1234567',
  DOCUMENT_EXPIRATION_DATE: '2030-12-31T00:00:00.000Z',
};
const IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;

export const scoringsEndpoints = {
  'scorings.create': documentsEndpoint({
    id: 'scorings.create',
    method: 'POST',
    path: SCORINGS,
    summary: 'Open an identity-document scoring session',
    body: createScoringBody,
    response: scoringCreated,
    status: 200,
    example: {
      body: { document: { type: 'IDENTITY_CARD', country: 'ES' }, provider: 'GOOGLE', expires_in: 'P7D', max_score_retries: 5 },
      response: { id: 'd290f1ee-6c54-4b01-90e6-d701748f0851' },
    },
  }),
  'scorings.captures': documentsEndpoint({
    id: 'scorings.captures',
    method: 'GET',
    path: `${SCORINGS}/{scoring_id}/captures`,
    summary: 'Links to the captured images of the document',
    params: scoringParams,
    response: scoringCaptures,
    status: 200,
    example: { params, response: { document: { type: 'IDENTITY_CARD', country: 'ES', captures: { front: CAPTURE_URL, back: CAPTURE_URL } } } },
  }),
  'scorings.get': documentsEndpoint({
    id: 'scorings.get',
    method: 'GET',
    path: `${SCORINGS}/{scoring_id}`,
    summary: 'A scoring session: state, attempts left, score and extracted values',
    params: scoringParams,
    response: scoring,
    status: 200,
    example: {
      params,
      response: {
        creation_date: '2023-04-20T11:43:13Z',
        modification_date: '2023-04-20T12:05:27Z',
        expiration_date: '2023-05-20T11:43:13Z',
        total_score_attempts: 15,
        remaining_score_attempts: 15,
        remaining_delegate_attempts: 15,
        state: 'CREATED',
        document: { type: 'IDENTITY_CARD', country: 'ES' },
        score_result: {
          global_score: 0.85,
          extracted_values: EXTRACTED_VALUES,
          scored_date: '2023-04-20T11:43:13Z',
          trace_metadata: {
            browser_user_agent: EXAMPLE_HEADERS.userAgent['user-agent'],
            ip_address: '172.17.0.4',
            browser_installation_id: 'string',
            device_location: '88.52,-123.1',
            device_finger_print: '33dd65c7fefc7078776965ca85cee243',
          },
          scores: [{ score_type: 'MRZ_CONTROL_DIGIT', is_fraud: false, score: 0.85 }],
        },
        provider: 'GOOGLE',
      },
    },
  }),
  'scorings.score': documentsEndpoint({
    id: 'scorings.score',
    method: 'PUT',
    path: `${SCORINGS}/{scoring_id}/score`,
    summary: 'Upload the front and/or back image to be scored',
    params: scoringParams,
    headers: deviceAgentIpHeaders,
    body: scoreImagesBody,
    bodyKind: 'multipart',
    multipart: {
      files: [
        filePart('front', 'Image of the front side of the identity document', IMAGE_TYPES, { required: false }),
        filePart('back', 'Image of the back side of the identity document', IMAGE_TYPES, { required: false }),
      ],
    },
    response: noBody,
    status: 204,
    // Every upload is a scoring attempt.
    idempotent: false,
    example: { params, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent, ...EXAMPLE_HEADERS.forwardedFor }, body: { front: 'string', back: 'string' } },
  }),
  'scorings.close': documentsEndpoint({
    id: 'scorings.close',
    method: 'POST',
    path: `${SCORINGS}/{scoring_id}/close`,
    summary: 'Close the session: no more images or changes',
    params: scoringParams,
    response: noBody,
    status: 204,
    example: { params },
  }),
  'scorings.delegate': documentsEndpoint({
    id: 'scorings.delegate',
    method: 'POST',
    path: `${SCORINGS}/{scoring_id}/delegate`,
    summary: "Hand the scoring to the external provider; answers the provider's access details",
    params: scoringParams,
    body: delegateScoringBody,
    response: scoringDelegated,
    status: 200,
    example: {
      params,
      body: { provider_config: 'string' },
      response: { provider_id: 'cbd2e693-d71a-4cee-8313-1972acc0394d', access_token: 'access-token', provider: 'GOOGLE' },
    },
  }),
  'scorings.attempts': documentsEndpoint({
    id: 'scorings.attempts',
    method: 'GET',
    path: `${SCORINGS}/{scoring_id}/attempts`,
    summary: 'Every scoring attempt of the session, by attempt number',
    params: scoringParams,
    response: scoringAttempts,
    status: 200,
    example: {
      params,
      response: {
        attempts: [
          {
            attempt_number: 1,
            creation_date: '2024-01-01T10:00:00Z',
            provider_id: 'cbd2e693-d71a-4cee-8313-1972acc0394d',
            score_result: {
              global_score: 0.85,
              extracted_values: EXTRACTED_VALUES,
              scored_date: '2023-04-20T11:43:13Z',
              trace_metadata: { browser_user_agent: null, ip_address: null, browser_installation_id: null, device_location: null, device_finger_print: null },
              scores: [null],
            },
            fail_reason: 'PROVIDER_TIMEOUT',
            captures: { front: CAPTURE_URL, back: CAPTURE_URL },
          },
        ],
      },
    },
  }),
} as const;

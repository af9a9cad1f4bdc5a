// The Documents API's identifications with an identity document (Documents API, Identification
// with identity document; its Admin section), described once: the actor's document is scored
// (see scorings) and the identification validated from that score.
import {
  createIdentityDocumentIdentificationBody,
  identityDocumentIdentification,
  identityDocumentIdentificationCreated,
} from '../../models/documents/identifications';
import { EXAMPLE_IDENTIFICATION as params, cancelAndClose, exampleActor, identificationParams } from './identificationSteps';
import { ACCESS_TOKEN_RESPONSE_HEADERS, EXAMPLE_HEADERS, ORG, deviceAgentHeaders, documentsEndpoint, noBody } from './shared';

const IDENTITY_DOCUMENT = `${ORG}/identifications/identity_document`;
const { cancel, close } = cancelAndClose('identityDocument', IDENTITY_DOCUMENT, 'identity-document identification');

export const identityDocumentIdentificationsEndpoints = {
  'identifications.identityDocument.create': documentsEndpoint({
    id: 'identifications.identityDocument.create',
    method: 'POST',
    path: IDENTITY_DOCUMENT,
    summary: 'Start an identification with an identity document (and its scoring session)',
    body: createIdentityDocumentIdentificationBody,
    response: identityDocumentIdentificationCreated,
    status: 200,
    example: {
      body: {
        actor: exampleActor('IDENTITY_CARD'),
        name: 'James',
        last_name: 'Smith',
        identity_document: { document_number: '12345678A', document_type: 'NIF', country: 'ES' },
        configuration_name: 'HIGH',
        expires_in: 'P7D',
        scoring: { provider: 'INTERNAL' },
      },
      response: { id: '7902cd2d-80f4-4766-a3e9-a1760e0df9bd', scoring_id: '8902cd2d-80f4-4766-a3e9-a1760e0df9bd' },
    },
  }),
  'identifications.identityDocument.get': documentsEndpoint({
    id: 'identifications.identityDocument.get',
    method: 'GET',
    path: `${IDENTITY_DOCUMENT}/{identification_id}`,
    summary: 'An identity-document identification: actor, state, attempts, scoring',
    params: identificationParams,
    response: identityDocumentIdentification,
    status: 200,
    example: {
      params,
      response: {
        actor: { name: 'James', last_name: 'Smith', identity_document: { document_number: '12345678A', document_type: 'IDENTITY_CARD', country: 'ES' } },
        state: 'CREATED',
        remaining_validation_attempts: 3,
        creation_date: '2023-04-20T11:43:13Z',
        modification_date: '2023-04-20T11:43:13Z',
        expiration_date: '2023-04-20T11:43:13Z',
        scoring_id: '625fc44b-5b1c-451e-bcc7-276c911f0af8',
      },
    },
  }),
  'identifications.identityDocument.validate': documentsEndpoint({
    id: 'identifications.identityDocument.validate',
    method: 'POST',
    path: `${IDENTITY_DOCUMENT}/{identification_id}/validate`,
    summary: 'Validate an identification whose document was scored',
    params: identificationParams,
    headers: deviceAgentHeaders,
    response: noBody,
    responseHeaders: ACCESS_TOKEN_RESPONSE_HEADERS,
    status: 204,
    example: { params, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent } },
  }),
  'identifications.identityDocument.cancel': cancel,
  'identifications.identityDocument.close': close,
} as const;

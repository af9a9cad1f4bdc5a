// The Documents API's agent identifications (Documents API, Identification Agent; Identification
// Agent Admin), described once: a shop agent vouches for the actor's identity.
import { agentIdentification, createAgentIdentificationBody, forceDeleteQuery, validateAgentIdentificationBody } from '../../models/documents/identifications';
import { cancelReasonBody, createdId } from '../../models/documents/shared';
import {
  EXAMPLE_CANCEL_REASON,
  EXAMPLE_DEVICE,
  EXAMPLE_USER_AGENT,
  ORG,
  deviceAgentHeaders,
  documentsEndpoint,
  exampleActor,
  identificationParams,
  noBody,
} from './shared';

const AGENT = `${ORG}/identifications/agent`;
const params = { identification_id: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f' } as const;

export const agentIdentificationsEndpoints = {
  'identifications.agent.create': documentsEndpoint({
    id: 'identifications.agent.create',
    method: 'POST',
    path: AGENT,
    summary: 'Start an agent identification of an actor (identity document required)',
    body: createAgentIdentificationBody,
    response: createdId,
    status: 201,
    example: { body: { actor: exampleActor('NIF'), expires_in: 'P7D' }, response: { id: '7902cd2d-80f4-4766-a3e9-a1760e0df9bd' } },
  }),
  'identifications.agent.get': documentsEndpoint({
    id: 'identifications.agent.get',
    method: 'GET',
    path: `${AGENT}/{identification_id}`,
    summary: 'An agent identification: actor, agent, state, dates',
    params: identificationParams,
    response: agentIdentification,
    status: 200,
    example: {
      params,
      response: {
        actor: { name: 'James', last_name: 'Williams Smith', language: 'ES', document_type: 'NIF' },
        agent_id: 'shop.agente.name@masmovil.com',
        creation_date: '2023-04-20T11:43:13Z',
        modification_date: '2023-04-20T11:43:13Z',
        expiration_date: '2023-04-20T11:43:13Z',
        state: 'CREATED',
      },
    },
  }),
  'identifications.agent.validate': documentsEndpoint({
    id: 'identifications.agent.validate',
    method: 'POST',
    path: `${AGENT}/{identification_id}/validate`,
    summary: "The agent validates the actor's identification (with optional document evidence)",
    params: identificationParams,
    headers: deviceAgentHeaders,
    body: validateAgentIdentificationBody,
    response: noBody,
    status: 204,
    example: {
      params,
      headers: { ...EXAMPLE_DEVICE, ...EXAMPLE_USER_AGENT },
      body: {
        agent: 'Jose Luis Garcia',
        evidence: 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAABbklEQVR42mNkAAYYgZ',
        evidence_metadata: '{ "document_number": "12345678A",\n "document_type": "NIF" }',
      },
    },
  }),
  'identifications.agent.cancel': documentsEndpoint({
    id: 'identifications.agent.cancel',
    method: 'POST',
    path: `${AGENT}/{identification_id}/cancel`,
    summary: 'Cancel an ongoing agent identification (a reason is required)',
    params: identificationParams,
    body: cancelReasonBody,
    response: noBody,
    status: 204,
    example: { params, body: EXAMPLE_CANCEL_REASON },
  }),
  'identifications.agent.close': documentsEndpoint({
    id: 'identifications.agent.close',
    method: 'POST',
    path: `${AGENT}/{identification_id}/close`,
    summary: 'Close an agent identification that is not finished',
    params: identificationParams,
    response: noBody,
    status: 204,
    example: { params },
  }),
  'identifications.agent.delete': documentsEndpoint({
    id: 'identifications.agent.delete',
    method: 'DELETE',
    path: `${AGENT}/{identification_id}`,
    summary: 'Delete an incomplete agent identification (force=true: in any state, with permission)',
    params: identificationParams,
    query: forceDeleteQuery,
    response: noBody,
    status: 204,
    example: { params, query: { force: 'true' } },
  }),
} as const;

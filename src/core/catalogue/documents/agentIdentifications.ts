// The Documents API's agent identifications (Documents API, Identification Agent; Identification
// Agent Admin), described once: a shop agent vouches for the actor's identity.
import { agentIdentification, createAgentIdentificationBody, validateAgentIdentificationBody } from '../../models/documents/identifications';
import { createdId } from '../../models/documents/shared';
import { EXAMPLE_IDENTIFICATION as params, cancelAndClose, exampleActor, forceDelete, identificationParams } from './identificationSteps';
import { EXAMPLE_HEADERS, ORG, deviceAgentHeaders, documentsEndpoint, noBody } from './shared';

const AGENT = `${ORG}/identifications/agent`;
const { cancel, close } = cancelAndClose('agent', AGENT, 'agent identification');

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
      headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent },
      body: {
        agent: 'Jose Luis Garcia',
        evidence: 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAABbklEQVR42mNkAAYYgZ',
        evidence_metadata: '{ "document_number": "12345678A",\n "document_type": "NIF" }',
      },
    },
  }),
  'identifications.agent.cancel': cancel,
  'identifications.agent.close': close,
  'identifications.agent.delete': forceDelete('agent', AGENT, 'agent identification'),
} as const;

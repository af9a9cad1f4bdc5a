// The Documents API's securize endpoint (Documents API, Securize), described once: it turns the
// caller's token into a web-component token scoped to one sign process.
import { securizeBody, securizedToken } from '../../models/documents/signProcesses';
import { ORG, documentsEndpoint } from './shared';

export const securizeEndpoints = {
  'securize.create': documentsEndpoint({
    id: 'securize.create',
    method: 'POST',
    path: `${ORG}/securize`,
    summary: 'A web-component token with the payload and roles of one sign process',
    body: securizeBody,
    response: securizedToken,
    status: 201,
    example: { body: { sign_process_id: 'string' }, response: { web_component_token: 'string' } },
  }),
} as const;

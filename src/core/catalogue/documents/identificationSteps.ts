// What the agent, OTP, identity-document and chain identifications of the Documents API share:
// the identification named in the path, the document's example actor and cancel reason, and the
// cancel / close / delete steps the first three describe identically.
import * as z from 'zod';
import { booleanLike } from '../../models/common';
import { cancelReasonBody } from '../../models/documents/shared';
import { documentsEndpoint, idSegment, noBody } from './shared';

export const identificationParams = z.object({ identification_id: idSegment.describe('uuid of the identification process') });

/** `force=true` deletes whatever the state (needs the permission in the token). */
export const forceDeleteQuery = z.object({ force: booleanLike.optional() });

/** The identification id of the agent, OTP and identity-document examples. */
export const EXAMPLE_IDENTIFICATION = { identification_id: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f' } as const;

export const EXAMPLE_CANCEL_REASON = { reason: 'The client does not want to continue with the identification process.' } as const;

/** The actor of the identification examples. */
export function exampleActor(documentType: 'NIF' | 'IDENTITY_CARD') {
  return {
    name: 'James',
    last_name: 'Smith',
    identity_document: { document_number: '12345678A', document_type: documentType, country: 'ES' },
    email: 'example@email.com',
    msisdn: { phone_number: 6123456789, country_code: '34' },
    language: 'ES',
  };
}

/** Cancel (a reason is required) and close an identification of `kind` under `base`. */
export function cancelAndClose<const K extends string>(kind: K, base: string, what: string) {
  return {
    cancel: documentsEndpoint({
      id: `identifications.${kind}.cancel`,
      method: 'POST',
      path: `${base}/{identification_id}/cancel`,
      summary: `Cancel an ongoing ${what} (a reason is required)`,
      params: identificationParams,
      body: cancelReasonBody,
      response: noBody,
      status: 204,
      example: { params: EXAMPLE_IDENTIFICATION, body: EXAMPLE_CANCEL_REASON },
    }),
    close: documentsEndpoint({
      id: `identifications.${kind}.close`,
      method: 'POST',
      path: `${base}/{identification_id}/close`,
      summary: `Close an ${what} that is not finished`,
      params: identificationParams,
      response: noBody,
      status: 204,
      example: { params: EXAMPLE_IDENTIFICATION },
    }),
  };
}

/** Delete an incomplete identification (`force=true`: in any state, with the permission). */
export function forceDelete<const K extends string>(kind: K, base: string, what: string) {
  return documentsEndpoint({
    id: `identifications.${kind}.delete`,
    method: 'DELETE',
    path: `${base}/{identification_id}`,
    summary: `Delete an incomplete ${what} (force=true: in any state, with permission)`,
    params: identificationParams,
    query: forceDeleteQuery,
    response: noBody,
    status: 204,
    example: { params: EXAMPLE_IDENTIFICATION, query: { force: 'true' } },
  });
}

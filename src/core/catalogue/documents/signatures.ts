// The Documents API's signatures of one signer in a sign process (Documents API, Biometric
// Signature; Simple Signature), described once. Both kinds share their shape: get, preview (the
// signer has seen the documents) and sign, with the signing device in the headers.
import * as z from 'zod';
import { biometricSignBody, signature } from '../../models/documents/signProcesses';
import { EXAMPLE_HEADERS, ORG, deviceHeaders, documentsEndpoint, idSegment, noBody } from './shared';

const signParams = z.object({ sign_id: idSegment.describe("uuid of the signer's signature in a sign process") });
const EXAMPLE_PARAMS = { sign_id: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f' } as const;

const link = { name: 'Document_Name', url: 'https://storage.googleapis.com/mas-documents-prod/cbd2e693-d71a-4cee-8313-1972acc0394d' };
const EXAMPLE_SIGNATURE = {
  signer: { alias: 'signer_1', name: 'James', last_name: 'Smith', document_number: '25478547L', language: 'ES' },
  preview_documents: [link],
  signable_documents: [link],
  signed_documents: [link],
  status: 'CREATED',
  identification: { id: 'b3041b0c-95fe-459c-8df3-bdea4a83233a', type: 'AGENT' },
  modification_date: '2023-04-21T17:32:28Z',
  creation_date: '2023-04-21T17:32:28Z',
};

const deviceExample = { params: EXAMPLE_PARAMS, headers: EXAMPLE_HEADERS.device } as const;

export const signaturesEndpoints = {
  'biometricSigns.get': documentsEndpoint({
    id: 'biometricSigns.get',
    method: 'GET',
    path: `${ORG}/biometric_signs/{sign_id}`,
    summary: "A signer's biometric signature: documents to preview, sign and signed",
    params: signParams,
    response: signature,
    status: 200,
    example: { params: EXAMPLE_PARAMS, response: EXAMPLE_SIGNATURE },
  }),
  'biometricSigns.preview': documentsEndpoint({
    id: 'biometricSigns.preview',
    method: 'POST',
    path: `${ORG}/biometric_signs/{sign_id}/preview`,
    summary: 'Record that the signer previewed the documents (biometric signature)',
    params: signParams,
    headers: deviceHeaders,
    response: noBody,
    status: 204,
    example: deviceExample,
  }),
  'biometricSigns.sign': documentsEndpoint({
    id: 'biometricSigns.sign',
    method: 'POST',
    path: `${ORG}/biometric_signs/{sign_id}/sign`,
    summary: 'Sign with the handwritten signature (biometric data and image)',
    params: signParams,
    headers: deviceHeaders,
    body: biometricSignBody,
    response: noBody,
    status: 204,
    example: { ...deviceExample, body: { biometric_data: 'string', signature_image: 'string' } },
  }),
  'simpleSigns.get': documentsEndpoint({
    id: 'simpleSigns.get',
    method: 'GET',
    path: `${ORG}/simple_signs/{sign_id}`,
    summary: "A signer's simple signature: documents to preview, sign and signed",
    params: signParams,
    response: signature,
    status: 200,
    example: { params: EXAMPLE_PARAMS, response: EXAMPLE_SIGNATURE },
  }),
  'simpleSigns.preview': documentsEndpoint({
    id: 'simpleSigns.preview',
    method: 'POST',
    path: `${ORG}/simple_signs/{sign_id}/preview`,
    summary: 'Record that the signer previewed the documents (simple signature)',
    params: signParams,
    headers: deviceHeaders,
    response: noBody,
    status: 204,
    example: deviceExample,
  }),
  'simpleSigns.sign': documentsEndpoint({
    id: 'simpleSigns.sign',
    method: 'POST',
    path: `${ORG}/simple_signs/{sign_id}/sign`,
    summary: 'Sign (simple signature)',
    params: signParams,
    headers: deviceHeaders,
    response: noBody,
    status: 204,
    example: deviceExample,
  }),
} as const;

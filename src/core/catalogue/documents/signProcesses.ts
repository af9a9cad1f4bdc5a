// The Documents API's digital sign processes and their tenant configuration (Documents API, Sign
// Process; Sign Configuration), described once. The configuration entries come first so that the
// sandbox router never takes `/sign_process/configurations` for a sign process id.
import * as z from 'zod';
import {
  cancelSignProcessBody,
  createSignConfigurationBody,
  createSignProcessBody,
  signConfiguration,
  signConfigurationFields,
  signProcess,
  updateSignConfigurationBody,
  updateSignConfigurationFields,
} from '../../models/documents/signProcesses';
import { createdId } from '../../models/documents/shared';
import { ORG, contentUpload, documentsEndpoint, idSegment, noBody } from './shared';

const SIGN_PROCESS = `${ORG}/sign_process`;
const signProcessParams = z.object({ sign_process_id: idSegment.describe('uuid of the digital sign process') });
const EXAMPLE_ID = '7902cd2d-80f4-4766-a3e9-a1760e0df9bd';

const EXAMPLE_CONFIGURATION = {
  landing_url: 'www.masmovil.com',
  expiration_duration: 'P7D',
  channels: ['SMS', 'EMAIL', 'WHATSAPP'],
  content: 'string',
  sign_certificate_password: 'Passw0rd',
  notification_email: 'example@email.com',
  identification_config: 'string',
};

const CERTIFICATE = { description: 'The PKCS#12 (.p12) signing certificate', contentTypes: ['application/x-pkcs12', 'application/octet-stream'] } as const;

export const signProcessesEndpoints = {
  'signProcessConfigurations.get': documentsEndpoint({
    id: 'signProcessConfigurations.get',
    method: 'GET',
    path: `${SIGN_PROCESS}/configurations`,
    summary: 'Sign configuration of the organization (landing, channels, certificate)',
    response: signConfiguration,
    status: 200,
    example: {
      response: {
        landing_url: 'www.masmovil.com',
        expiration_duration: 'P7D',
        channels: ['SMS', 'EMAIL', 'WHATSAPP'],
        certificate: {
          expiration_date: '2025-04-20T11:43:13Z',
          common_name: 'Mas_Orange_CA',
          organization: 'MasOrange',
          organizational_unit: 'MasOrangeCAUnit',
          issuer: 'Mas_Orange_Root_CA',
        },
        notification_email: 'example@email.com',
        identification_config: { identity_document: { providers: [{ sign_type: 'SIMPLE', provider_type: 'EXTERNAL' }] } },
      },
    },
  }),
  'signProcessConfigurations.create': documentsEndpoint({
    id: 'signProcessConfigurations.create',
    method: 'POST',
    path: `${SIGN_PROCESS}/configurations`,
    summary: 'Create the sign configuration, with its signing certificate',
    body: createSignConfigurationBody,
    bodyKind: 'multipart',
    multipart: contentUpload(signConfigurationFields, CERTIFICATE),
    response: noBody,
    status: 204,
    example: { body: EXAMPLE_CONFIGURATION },
  }),
  'signProcessConfigurations.update': documentsEndpoint({
    id: 'signProcessConfigurations.update',
    method: 'PATCH',
    path: `${SIGN_PROCESS}/configurations`,
    summary: 'Update the sign configuration (any field, or a new certificate)',
    body: updateSignConfigurationBody,
    bodyKind: 'multipart',
    multipart: contentUpload(updateSignConfigurationFields, { ...CERTIFICATE, required: false }),
    response: noBody,
    status: 204,
    example: { body: EXAMPLE_CONFIGURATION },
  }),
  'signProcesses.create': documentsEndpoint({
    id: 'signProcesses.create',
    method: 'POST',
    path: SIGN_PROCESS,
    summary: 'Create a digital sign process: signers, documents to sign, identification',
    body: createSignProcessBody,
    response: createdId,
    responseHeaders: { location: 'URI of the new sign process.' },
    status: 201,
    example: {
      body: {
        signers: [
          {
            alias: 'signer_1',
            name: 'James',
            last_name: 'Smith',
            identity_document: { document_number: '12345678A', document_type: 'NIF' },
            email: 'example@email.com',
            msisdn: { phone_number: 6123456789, country_code: '34' },
            language: 'ES',
            identification: { two_factor_type: 'EMAIL' },
          },
        ],
        sign: {
          type: 'BIOMETRIC',
          documents: [{ id: '0a394423-6f6d-4295-8ce7-c0bd70881836', owner: '2357893', sign_fields: [{ signer: null, fields: null }] }],
          preview_documents: ['827d7367-8ff4-4748-970e-009680a87813'],
        },
        identification: { type: 'AGENT' },
        expires_in: 'P7D',
      },
      response: { id: EXAMPLE_ID },
    },
  }),
  'signProcesses.get': documentsEndpoint({
    id: 'signProcesses.get',
    method: 'GET',
    path: `${SIGN_PROCESS}/{sign_process_id}`,
    summary: 'A digital sign process: status and the signature of each signer',
    params: signProcessParams,
    response: signProcess,
    status: 200,
    example: {
      params: { sign_process_id: EXAMPLE_ID },
      response: {
        signatures: [
          {
            alias: 'signer_1',
            name: 'James',
            last_name: 'Williams Smith',
            language: 'ES',
            document_number: '12345678A',
            sign: { id: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f', status: 'CLOSED', modification_date: '2023-04-21T17:32:28Z' },
            identification: { id: 'b3041b0c-95fe-459c-8df3-bdea4a83233a', type: 'AGENT' },
          },
        ],
        status: 'CREATED',
        sign_type: 'BIOMETRIC',
        modification_date: '2023-04-20T11:43:13Z',
        creation_date: '2023-04-20T11:43:13Z',
        certificate_id: '23f65996-95e6-4fac-b4c2-f8d93f162cc9',
      },
    },
  }),
  'signProcesses.cancel': documentsEndpoint({
    id: 'signProcesses.cancel',
    method: 'POST',
    path: `${SIGN_PROCESS}/{sign_process_id}/cancel`,
    summary: 'Cancel a digital sign process (409 once SIGNED, EXPIRED or FAILED)',
    params: signProcessParams,
    body: cancelSignProcessBody,
    response: noBody,
    status: 204,
    example: { params: { sign_process_id: EXAMPLE_ID }, body: { reason: 'string' } },
  }),
} as const;

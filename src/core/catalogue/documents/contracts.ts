// The Documents API's contracts (Documents API, Contracts), described once as `documentContracts.*`
// (`contracts.lookup` is the MOK API's). Filling and changing the owner need `x-auth-owner`
// ("It is mandatory"): auth `documentsOwner`.
import * as z from 'zod';
import {
  changeContractOwnerBody,
  contractFilled,
  contractOwnerChanged,
  contractsSignProcessCreated,
  documentContract,
  fillContractBody,
  signContractsBody,
} from '../../models/documents/contracts';
import { ORG, documentsEndpoint, idSegment, requiredOwnerHeaders } from './shared';

const CONTRACTS = `${ORG}/contracts`;
const contractParams = z.object({ contract_id: idSegment.describe('Contract identifier') });
const EXAMPLE_CONTRACT_ID = '00c6a5a6-2d8a-4857-9b32-a4abbdbd0c2c';

export const documentContractsEndpoints = {
  'documentContracts.get': documentsEndpoint({
    id: 'documentContracts.get',
    method: 'GET',
    path: `${CONTRACTS}/{contract_id}`,
    summary: 'A contract: its filled and signed documents and its sign process',
    params: contractParams,
    response: documentContract,
    status: 200,
    example: {
      params: { contract_id: EXAMPLE_CONTRACT_ID },
      response: {
        signed_document_id: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
        filled_document_id: '8d104722-610b-4d7c-ba89-0dd825442d88',
        sign_process_id: 'd2d3b2d0-cc4e-4280-b967-90edee0aB3d2',
      },
    },
  }),
  'documentContracts.fill': documentsEndpoint({
    id: 'documentContracts.fill',
    method: 'POST',
    path: `${CONTRACTS}/fill`,
    auth: 'documentsOwner',
    summary: 'Fill a PDF template into a contract owned by x-auth-owner',
    headers: requiredOwnerHeaders,
    body: fillContractBody,
    response: contractFilled,
    status: 200,
    example: {
      headers: { 'x-auth-owner': 'string' },
      // The document's example says `"language": "string"`; ES is one of the documented values.
      body: {
        template_external_id: 'telco_services',
        template_version: '1',
        language: 'ES',
        flags_conditions: ['GDPR:YES'],
        fields_values: [{ name: 'string', value: 'string' }],
        name: 'personal_contract',
        tags: ['Draft', 'CONTRACT', 'v1.0'],
      },
      response: { contract_id: 'd290f1ee-6c54-4b01-90e6-d701748f0851', document_id: '8d104722-610b-4d7c-ba89-0dd825442d88' },
    },
  }),
  'documentContracts.changeOwner': documentsEndpoint({
    id: 'documentContracts.changeOwner',
    method: 'PUT',
    path: `${CONTRACTS}/{contract_id}/owner`,
    auth: 'documentsOwner',
    summary: 'Transfer a contract to a new owner',
    params: contractParams,
    headers: requiredOwnerHeaders,
    body: changeContractOwnerBody,
    response: contractOwnerChanged,
    status: 200,
    example: {
      params: { contract_id: EXAMPLE_CONTRACT_ID },
      headers: { 'x-auth-owner': 'string' },
      body: { new_owner: 'subsCrIptIon8172241' },
      response: { owner: 'subscription8172241' },
    },
  }),
  'documentContracts.sign': documentsEndpoint({
    id: 'documentContracts.sign',
    method: 'POST',
    path: `${CONTRACTS}/sign`,
    summary: 'Create a sign process for contracts (signers, contracts, preview documents)',
    body: signContractsBody,
    response: contractsSignProcessCreated,
    status: 201,
    example: {
      body: {
        sign_type: 'ONLINE',
        signers: [
          {
            alias: 'signer_1',
            name: 'James',
            last_name: 'Smith',
            identity_document: { document_number: '12345678A', document_type: 'NIF' },
            email: 'example@email.com',
            msisdn: { phone_number: 6123456789, country_code: '34' },
            language: 'ES',
            identification_options: { personal_document_evidence: true },
          },
        ],
        contracts: [{ contract_id: '310484e7-40ec-4b4b-8731-3e7ed29f7ef5' }],
        additional_options: { preview_documents: ['d290f1ee-6c54-4b01-90e6-d701748f0851'] },
      },
      response: { sign_process_id: 'd290f1ee-6c54-4b01-90e6-d701748f0851' },
    },
  }),
} as const;

// Every MOK Integration API endpoint, described once. Paths are the defaults from api-notes.md
// (settings may override them per environment); examples are the seed's own requests.
//
// Bodyless answers: `whatsapp.request` answers 200 with JSON `null` (seed); the recurrent delete
// answers 204 without a body, which the client hands over as `undefined` — the schema accepts
// `null` too, for servers that send a literal `null`.
import * as z from 'zod';
import { msg } from '../l10n';
import { endpoint } from './types';
import { contract, intLike, plan, providerNetwork, rankedProvider, serviceRequest, serviceRequestCreateBody, serviceRequestUpdateBody, tokenRequest, tokenResponse, whatsappRequestBody } from '../models/mok';
import { adminContract, adminContractBatchBody, adminContractBody, pointTransaction, pointTransactionBody, recurrentPointTransaction, recurrentPointTransactionBody, recurrentPointTransactionUpdateBody } from '../models/mokAdmin';
import { deprecated } from '../models/common';

const PN = '/api/v1/provider_networks';
const ADMIN = '/api/v1/admin';

const idParams = z.object({ id: intLike });
const optText = z.string().min(1).optional();

/** Pages and page sizes count from 1. */
const positiveIntLike = z.union([z.number().int().min(1), z.string().regex(/^[1-9]\d*$/, msg('expected a whole number ≥ 1'))]);

export const DEFAULT_PAGE_NUMBER = 1;
export const DEFAULT_PAGE_SIZE = 25;
export { MAX_PAGE_SIZE } from '../models/values';

export const contractsLookupQuery = z.object({
  access_identifier: optText,
  document_identifier: deprecated(optText, 'access_identifier'),
  national_id: optText,
  id: optText,
  email: optText,
});

export const serviceRequestsListQuery = z.object({
  current_status: optText,
  service_id: intLike.optional(),
  contract_id: intLike.optional(),
  external_id: optText,
  access_identifier: optText,
  document_identifier: deprecated(optText, 'access_identifier'),
  service_external_id: optText,
  'page[number]': positiveIntLike.default(DEFAULT_PAGE_NUMBER),
  'page[size]': positiveIntLike.default(DEFAULT_PAGE_SIZE),
});

export const providerRankingQuery = z.object({
  zone_external_id: z.string().min(1),
  service_external_id: z.string().min(1),
});

const noBody = z.union([z.undefined(), z.null()]);

export const mokEndpoints = {
  'auth.token': endpoint({
    id: 'auth.token',
    api: 'mok',
    method: 'POST',
    path: '/oauth/token',
    auth: 'none',
    summary: 'Obtain an access token (client credentials)',
    body: tokenRequest,
    response: tokenResponse,
    status: 200,
    // A second token request is harmless, so the client may retry it.
    idempotent: true,
    example: {
      body: { grant_type: 'client_credentials', client_id: '109fb51a-ba5a-49d7-92e6-89fc67a63e9f', client_secret: 'v1OINpq6T', scope: 'provider_networks' },
    },
  }),
  'providerNetwork.info': endpoint({
    id: 'providerNetwork.info',
    api: 'mok',
    method: 'GET',
    path: `${PN}/info`,
    auth: 'oauth',
    summary: 'Provider network info, its services and webhook URL',
    response: z.object({ provider_network: providerNetwork }),
    status: 200,
    example: {},
  }),
  'contracts.lookup': endpoint({
    id: 'contracts.lookup',
    api: 'mok',
    method: 'GET',
    path: `${PN}/contracts`,
    auth: 'oauth',
    summary: 'Find contracts by access identifier, national id, email or id',
    query: contractsLookupQuery,
    response: z.object({ contracts: z.array(contract) }),
    status: 200,
    deprecated: { document_identifier: 'access_identifier' },
    example: { query: { access_identifier: '123456789' } },
  }),
  'plans.list': endpoint({
    id: 'plans.list',
    api: 'mok',
    method: 'GET',
    path: `${PN}/plans`,
    auth: 'oauth',
    summary: 'Plans with the services of this provider network',
    response: z.object({ plans: z.array(plan) }),
    status: 200,
    example: {},
  }),
  'serviceRequests.list': endpoint({
    id: 'serviceRequests.list',
    api: 'mok',
    method: 'GET',
    path: `${PN}/service_requests`,
    auth: 'oauth',
    summary: 'List service requests (filters, page[number], page[size])',
    query: serviceRequestsListQuery,
    response: z.object({ service_requests: z.array(serviceRequest) }),
    status: 200,
    deprecated: { document_identifier: 'access_identifier' },
    example: { query: { current_status: 'pending', 'page[number]': 1, 'page[size]': 25 } },
  }),
  'serviceRequests.create': endpoint({
    id: 'serviceRequests.create',
    api: 'mok',
    method: 'POST',
    path: `${PN}/service_requests`,
    auth: 'oauth',
    summary: 'Create a service request',
    body: serviceRequestCreateBody,
    response: z.object({ service_request: serviceRequest }),
    status: 200,
    deprecated: { document_identifier: 'access_identifier' },
    example: {
      body: {
        service_request: {
          service_id: 5000382079,
          contract_id: 131,
          external_id: '4086603794',
          current_status: 'pending',
          requested_at: '2024-12-17T15:24:48.000Z',
          service_name: 'MyString',
          origin_address: 'Puerta 298 Colonia Esteban 9 Esc. 254, Linares, Mur 27365',
          origin_latitude: '19.726368',
          origin_longitude: '16.644645',
          destination_address: 'Esc. 275 Arrabal Patricio, 10, Toledo, Ara 91717',
          destination_latitude: '45.042599',
          destination_longitude: '60.376376',
          scheduled_date: '2024-12-17',
          scheduled_end_date: null,
          scheduled_time: '15:24:48',
          provider_name: 'Cotto S.L.',
          provider_phone: '965-036-893',
          technician_name: 'Sofia Pelayo Salcido',
          user_phone: '982-283-510',
          source: 'MyString',
          contact_center_phone: '989 791 252',
        },
      },
    },
  }),
  'serviceRequests.get': endpoint({
    id: 'serviceRequests.get',
    api: 'mok',
    method: 'GET',
    path: `${PN}/service_requests/{id}`,
    auth: 'oauth',
    summary: 'Get a service request',
    params: idParams,
    response: z.object({ service_request: serviceRequest }),
    status: 200,
    example: { params: { id: 78 } },
  }),
  'serviceRequests.update': endpoint({
    id: 'serviceRequests.update',
    api: 'mok',
    method: 'PATCH',
    path: `${PN}/service_requests/{id}`,
    auth: 'oauth',
    summary: 'Update a service request (service and contract cannot change)',
    params: idParams,
    body: serviceRequestUpdateBody,
    response: z.object({ service_request: serviceRequest }),
    status: 200,
    example: {
      params: { id: 90 },
      body: {
        service_request: {
          current_status: 'assigned',
          external_id: 'REQ123456',
          technician_name: 'John Doe',
          provider_name: 'Gruas del Sur',
          provider_phone: '+5491133334444',
          contact_center_phone: '+5491133334444',
        },
      },
    },
  }),
  'whatsapp.request': endpoint({
    id: 'whatsapp.request',
    api: 'mok',
    method: 'POST',
    path: `${PN}/whatsapp`,
    auth: 'oauth',
    summary: 'Ask MOK to send a WhatsApp message to a caller (E.164 number)',
    body: whatsappRequestBody,
    response: z.null(),
    status: 200,
    example: { body: { whatsapp_number: '123456789' } },
  }),
  'providerRanking.get': endpoint({
    id: 'providerRanking.get',
    api: 'mok',
    method: 'GET',
    path: `${PN}/provider_ranking`,
    auth: 'oauth',
    summary: 'Providers ranked for a zone and service (both required)',
    query: providerRankingQuery,
    response: z.object({ providers: z.array(rankedProvider) }),
    status: 200,
    example: { query: { zone_external_id: '28', service_external_id: '7625731010' } },
  }),
  'admin.contracts.list': endpoint({
    id: 'admin.contracts.list',
    api: 'mok',
    method: 'GET',
    path: `${ADMIN}/contracts`,
    auth: 'admin',
    summary: 'List every contract of the application',
    response: z.object({ contracts: z.array(adminContract) }),
    status: 200,
    example: {},
  }),
  'admin.contracts.createOrUpdate': endpoint({
    id: 'admin.contracts.createOrUpdate',
    api: 'mok',
    method: 'POST',
    path: `${ADMIN}/contracts`,
    auth: 'admin',
    summary: 'Create a contract or update the active one with the same plan and access identifier',
    body: adminContractBody,
    response: z.object({ contract: adminContract }),
    status: 200,
    // Matching on application_code + access_identifier makes a repeat converge on one contract.
    idempotent: true,
    example: {
      body: { contract: { application_code: 'abcdefg', access_identifier: '123456789', first_name: 'Jane', email: 'jane@example.com', start_date: '2025-01-01', active: true } },
    },
  }),
  'admin.contracts.batch': endpoint({
    id: 'admin.contracts.batch',
    api: 'mok',
    method: 'POST',
    path: `${ADMIN}/contracts/batch`,
    auth: 'admin',
    summary: 'Create or update many contracts; one result per item',
    body: adminContractBatchBody,
    response: z.object({ contracts: z.array(adminContract) }),
    status: 200,
    idempotent: true,
    example: {
      body: {
        contracts: [
          { application_code: 'abcdefg', access_identifier: '111', start_date: '2025-01-01' },
          { application_code: 'abcdefg', access_identifier: '222', start_date: '2025-01-01' },
        ],
      },
    },
  }),
  'admin.pointTransactions.list': endpoint({
    id: 'admin.pointTransactions.list',
    api: 'mok',
    method: 'GET',
    path: `${ADMIN}/point_transactions`,
    auth: 'admin',
    summary: 'List point transactions',
    response: z.object({ point_transactions: z.array(pointTransaction) }),
    status: 200,
    example: {},
  }),
  'admin.pointTransactions.create': endpoint({
    id: 'admin.pointTransactions.create',
    api: 'mok',
    method: 'POST',
    path: `${ADMIN}/point_transactions`,
    auth: 'admin',
    summary: 'Add or spend points (processed asynchronously)',
    body: pointTransactionBody,
    response: z.object({ point_transaction: pointTransaction }),
    status: 200,
    example: { body: { point_transaction: { access_identifier: '123456789', transaction_type: 'add', points: 10.1 } } },
  }),
  'admin.pointTransactions.get': endpoint({
    id: 'admin.pointTransactions.get',
    api: 'mok',
    method: 'GET',
    path: `${ADMIN}/point_transactions/{id}`,
    auth: 'admin',
    summary: 'Get a point transaction',
    params: idParams,
    response: z.object({ point_transaction: pointTransaction }),
    status: 200,
    example: { params: { id: 5 } },
  }),
  'admin.recurrentPointTransactions.list': endpoint({
    id: 'admin.recurrentPointTransactions.list',
    api: 'mok',
    method: 'GET',
    path: `${ADMIN}/recurrent_point_transactions`,
    auth: 'admin',
    summary: 'List recurrent point transactions',
    response: z.object({ recurrent_point_transactions: z.array(recurrentPointTransaction) }),
    status: 200,
    example: {},
  }),
  'admin.recurrentPointTransactions.create': endpoint({
    id: 'admin.recurrentPointTransactions.create',
    api: 'mok',
    method: 'POST',
    path: `${ADMIN}/recurrent_point_transactions`,
    auth: 'admin',
    summary: 'Schedule points on an ISO 8601 recurrence (P1D, P1M, P1Y)',
    body: recurrentPointTransactionBody,
    response: z.object({ recurrent_point_transaction: recurrentPointTransaction }),
    status: 200,
    example: {
      body: {
        recurrent_point_transaction: {
          access_identifier: '123456789',
          transaction_type: 'add',
          points: 1.1,
          recurrence_start_date: '2024-12-31',
          recurrence_period: 'P1D',
          point_expiration_period: 'P1D',
        },
      },
    },
  }),
  'admin.recurrentPointTransactions.get': endpoint({
    id: 'admin.recurrentPointTransactions.get',
    api: 'mok',
    method: 'GET',
    path: `${ADMIN}/recurrent_point_transactions/{id}`,
    auth: 'admin',
    summary: 'Get a recurrent point transaction',
    params: idParams,
    response: z.object({ recurrent_point_transaction: recurrentPointTransaction }),
    status: 200,
    example: { params: { id: 1 } },
  }),
  'admin.recurrentPointTransactions.update': endpoint({
    id: 'admin.recurrentPointTransactions.update',
    api: 'mok',
    method: 'PATCH',
    path: `${ADMIN}/recurrent_point_transactions/{id}`,
    auth: 'admin',
    summary: 'Update a recurrent point transaction',
    params: idParams,
    body: recurrentPointTransactionUpdateBody,
    response: z.object({ recurrent_point_transaction: recurrentPointTransaction }),
    status: 200,
    example: {
      params: { id: 1 },
      body: {
        recurrent_point_transaction: {
          access_identifier: '123456789',
          transaction_type: 'add',
          points: 2.5,
          recurrence_start_date: '2024-12-31',
          recurrence_end_date: '2025-12-31',
          recurrence_period: 'P1M',
          point_expiration_period: 'P1M',
        },
      },
    },
  }),
  'admin.recurrentPointTransactions.delete': endpoint({
    id: 'admin.recurrentPointTransactions.delete',
    api: 'mok',
    method: 'DELETE',
    path: `${ADMIN}/recurrent_point_transactions/{id}`,
    auth: 'admin',
    summary: 'Delete a recurrent point transaction',
    params: idParams,
    response: noBody,
    status: 204,
    example: { params: { id: 1 } },
  }),
} as const;

export type MokOperationId = keyof typeof mokEndpoints;
export const MOK_OPERATION_IDS: readonly MokOperationId[] = Object.values(mokEndpoints).map((e) => e.id);

// The Documents API's tenant template configurations (Documents API, Templates Configuration),
// described once: versioned default values of the CONFIG_TENANT fields, and the images (logos)
// templates use. The configuration-documents entries come first so that the sandbox router never
// takes `/configurations/documents` for a configuration version.
import * as z from 'zod';
import {
  configurationDocumentExtension,
  configurationDocumentList,
  createTemplateConfigurationBody,
  templateConfiguration,
  templateConfigurationCreated,
  templateConfigurationList,
  uploadConfigurationDocumentBody,
  uploadConfigurationDocumentFields,
} from '../../models/documents/templateConfigurations';
import { createdId } from '../../models/documents/shared';
import { ORG, contentUpload, documentsEndpoint, noBody, pagedQuery, versionNumber } from './shared';

const CONFIGURATIONS = `${ORG}/templates/configurations`;

/**
 * The document lists these on the upload; the list answers pages, so the list accepts them too
 * (docs/decisions.md).
 */
const configurationDocumentsQuery = pagedQuery.extend({
  name: z.string().min(1).optional().describe('Filter by document name'),
  extension: configurationDocumentExtension.optional().describe('Filter by document extension'),
});

const versionParams = z.object({
  version: z.union([versionNumber, z.literal('latest')]).describe("Configuration version, or 'latest'"),
});

const EXAMPLE_FIELD_VALUES = [{ name: 'CONFIG_TENANT.SOCIAL_REASON', type: 'TEXT', value: [{ language: 'ES', content: 'Avenida de Bruselas 38, Alcobendas, Madrid' }] }];

export const templateConfigurationsEndpoints = {
  'templateConfigurations.listDocuments': documentsEndpoint({
    id: 'templateConfigurations.listDocuments',
    method: 'GET',
    path: `${CONFIGURATIONS}/documents`,
    summary: 'List the images templates can use (logos)',
    query: configurationDocumentsQuery,
    response: configurationDocumentList,
    status: 200,
    example: {
      response: {
        totalResults: '100',
        currentPage: 0,
        items: [{ id: 'd290f1ee-6c54-4b01-90e6-d701748f0851', name: 'new_logo_mm', extension: 'png', creationDate: '2022-08-21T17:32:28Z' }],
      },
    },
  }),
  'templateConfigurations.uploadDocument': documentsEndpoint({
    id: 'templateConfigurations.uploadDocument',
    method: 'POST',
    path: `${CONFIGURATIONS}/documents`,
    summary: 'Upload an image for templates (JPEG or PNG)',
    query: configurationDocumentsQuery,
    body: uploadConfigurationDocumentBody,
    bodyKind: 'multipart',
    multipart: contentUpload(uploadConfigurationDocumentFields, { description: 'The image (JPEG or PNG)', contentTypes: ['image/png', 'image/jpeg'] }),
    response: createdId,
    status: 200,
    example: {
      query: { page: '0', pageSize: '1', name: 'my_logo', extension: 'png' },
      body: { name: 'new_logo', extension: 'jpg' },
      response: { id: 'd290f1ee-6c54-4b01-90e6-d701748f0851' },
    },
  }),
  'templateConfigurations.list': documentsEndpoint({
    id: 'templateConfigurations.list',
    method: 'GET',
    path: CONFIGURATIONS,
    summary: 'List the versions of the tenant template configuration',
    query: pagedQuery,
    response: templateConfigurationList,
    status: 200,
    example: {
      query: { page: '0', pageSize: '1' },
      response: { totalResults: '100', currentPage: 0, configurations: [{ version: 1, changelog: 'TEXT', creationDate: '2022-08-21T17:32:28Z' }] },
    },
  }),
  'templateConfigurations.create': documentsEndpoint({
    id: 'templateConfigurations.create',
    method: 'POST',
    path: CONFIGURATIONS,
    summary: 'Create a new version of the tenant template configuration',
    body: createTemplateConfigurationBody,
    response: templateConfigurationCreated,
    status: 200,
    example: { body: { changelog: 'TEXT', defaultLanguage: 'ES', fieldValues: EXAMPLE_FIELD_VALUES }, response: { version: 1 } },
  }),
  'templateConfigurations.get': documentsEndpoint({
    id: 'templateConfigurations.get',
    method: 'GET',
    path: `${CONFIGURATIONS}/{version}`,
    summary: "One version of the tenant template configuration ('latest' for the newest)",
    params: versionParams,
    response: templateConfiguration,
    status: 200,
    example: { params: { version: '1' }, response: { defaultLanguage: 'ES', fieldValues: EXAMPLE_FIELD_VALUES } },
  }),
  'templateConfigurations.delete': documentsEndpoint({
    id: 'templateConfigurations.delete',
    method: 'DELETE',
    path: `${CONFIGURATIONS}/{version}`,
    summary: 'Delete a version of the tenant template configuration',
    params: versionParams,
    response: noBody,
    status: 204,
    example: { params: { version: '1' } },
  }),
} as const;

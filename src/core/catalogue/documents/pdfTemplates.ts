// The Documents API's PDF templates (Documents API, Templates), described once: sections
// concatenated in order, versioned (new version = new use contract, update = same contract),
// filled into a PDF or into a stored document.
import * as z from 'zod';
import {
  createPdfTemplateBody,
  fillPdfTemplateBody,
  fillPdfTemplateDocumentBody,
  filledPdfDocument,
  newPdfTemplateVersionBody,
  pdfTemplate,
  pdfTemplateChangelog,
  pdfTemplateList,
  pdfTemplateVersions,
  updatePdfTemplateVersionBody,
} from '../../models/documents/pdfTemplates';
import { FILE_RESPONSE_HEADERS, ORG, binaryFile, documentOwnerHeaders, documentsEndpoint, idSegment, noBody, pagedQuery, versionNumber } from './shared';

const TEMPLATES = `${ORG}/templates`;
const templateParams = z.object({ templateId: idSegment.describe('External id of the template') });
const versionParams = z.object({ templateId: idSegment.describe('External id of the template'), version: versionNumber.describe('Major version') });

const FILL_VERSION_HEADERS = {
  'x-tenant-config-version': 'Tenant configuration version used to fill.',
  'x-template-version': 'Template version used to fill.',
} as const;

const EXAMPLE_TEMPLATE = {
  externalId: 'contrato_convergente',
  version: '1.0',
  defaultLanguage: 'ES',
  languages: ['ES', 'EU', 'EN', 'DE', 'GL', 'CA'],
  orderedSectionNames: ['introduction', 'personal_data', 'anexo_gdpr'],
  fields: [{ key: 'NAME', type: 'FILLABLE' }],
  rules: [{ sectionExternalId: 'contract_gdpr', condition: 'GDPR:YES' }],
  creationDate: '2022-08-21T17:32:28Z',
};
const EXAMPLE_FILL = {
  language: 'ES',
  flagsConditions: ['GDPR:YES', 'PREVIEW:ALLOW'],
  fieldsValues: [{ name: 'string', value: 'string' }],
};
const salesVersion = { templateId: 'contract_sales', version: '1' } as const;
const convergenteVersion = { templateId: 'convergente_particulares', version: '1' } as const;

export const pdfTemplatesEndpoints = {
  'pdfTemplates.list': documentsEndpoint({
    id: 'pdfTemplates.list',
    method: 'GET',
    path: TEMPLATES,
    summary: 'List PDF templates, newest first (all in one page unless page or pageSize is given)',
    query: pagedQuery,
    response: pdfTemplateList,
    status: 200,
    example: { query: { page: '0', pageSize: '1' }, response: { totalResults: '100', currentPage: 0, templates: [EXAMPLE_TEMPLATE] } },
  }),
  'pdfTemplates.create': documentsEndpoint({
    id: 'pdfTemplates.create',
    method: 'POST',
    path: TEMPLATES,
    summary: 'Create a PDF template from ordered sections and fill rules',
    body: createPdfTemplateBody,
    response: pdfTemplate,
    status: 201,
    example: {
      body: {
        templateName: 'contracto_convergente',
        defaultLanguage: 'ES',
        orderedSectionNames: ['introduction', 'personal_data', 'anexo_gdpr'],
        rules: [
          { sectionExternalId: 'introduction', condition: 'PREVIEW:ALLOW' },
          { sectionExternalId: 'anexo_gdpr', condition: 'GDPR:YES' },
        ],
      },
      response: EXAMPLE_TEMPLATE,
    },
  }),
  'pdfTemplates.newVersion': documentsEndpoint({
    id: 'pdfTemplates.newVersion',
    method: 'POST',
    path: `${TEMPLATES}/{templateId}/versions`,
    summary: 'Create a new major version of a PDF template (a new use contract)',
    params: templateParams,
    body: newPdfTemplateVersionBody,
    response: pdfTemplate,
    status: 201,
    example: {
      params: { templateId: 'contract_sales' },
      body: {
        defaultLanguage: 'ES',
        orderedSectionNames: ['introduction', 'personal_data', 'contract_gdpr'],
        rules: [
          { sectionId: 'introduction', condition: 'PREVIEW:ALLOW' },
          { sectionId: 'contract_gdpr', condition: 'GDPR:YES' },
        ],
        changelog: 'Added new GDPR descriptive text and formatting changes to the contract.',
      },
      response: EXAMPLE_TEMPLATE,
    },
  }),
  'pdfTemplates.updateVersion': documentsEndpoint({
    id: 'pdfTemplates.updateVersion',
    method: 'PATCH',
    path: `${TEMPLATES}/{templateId}/versions/{version}`,
    summary: 'Update a version of a PDF template without changing its use contract (new minor)',
    params: versionParams,
    body: updatePdfTemplateVersionBody,
    response: pdfTemplate,
    status: 201,
    example: {
      params: convergenteVersion,
      body: {
        defaultLanguage: 'ES',
        orderedSectionNames: ['introduction', 'personal_data', 'anexo_gdpr'],
        rules: [{ sectionExternalId: 'contract_gdpr', condition: 'GDPR:YES' }],
        changelog: 'Template change reason description.',
      },
      response: EXAMPLE_TEMPLATE,
    },
  }),
  'pdfTemplates.deleteMajor': documentsEndpoint({
    id: 'pdfTemplates.deleteMajor',
    method: 'DELETE',
    path: `${TEMPLATES}/{templateId}/versions/{version}`,
    summary: 'Delete the latest major version of a PDF template (409 for any other)',
    params: versionParams,
    response: noBody,
    status: 204,
    // Repeating it deletes the next latest major: never retry blindly.
    idempotent: false,
    example: { params: convergenteVersion },
  }),
  'pdfTemplates.deleteMinor': documentsEndpoint({
    id: 'pdfTemplates.deleteMinor',
    method: 'DELETE',
    path: `${TEMPLATES}/{templateId}/versions/{version}/minor`,
    summary: 'Delete the latest minor version of a major of a PDF template',
    params: versionParams,
    response: noBody,
    status: 204,
    // Repeating it deletes the minor before.
    idempotent: false,
    example: { params: convergenteVersion },
  }),
  'pdfTemplates.fill': documentsEndpoint({
    id: 'pdfTemplates.fill',
    method: 'POST',
    path: `${TEMPLATES}/{templateId}/versions/{version}/fill`,
    summary: 'Fill a PDF template version and get the PDF',
    params: versionParams,
    body: fillPdfTemplateBody,
    response: binaryFile,
    responseKind: 'binary',
    responseHeaders: { ...FILE_RESPONSE_HEADERS, ...FILL_VERSION_HEADERS },
    status: 200,
    // Filling into a PDF stores nothing.
    idempotent: true,
    example: { params: salesVersion, body: { ...EXAMPLE_FILL, fillMode: 'default' } },
  }),
  'pdfTemplates.fillDocument': documentsEndpoint({
    id: 'pdfTemplates.fillDocument',
    method: 'POST',
    path: `${TEMPLATES}/{templateId}/versions/{version}/fill/documents`,
    summary: 'Fill a PDF template version into a stored document (documentId)',
    params: versionParams,
    headers: documentOwnerHeaders,
    body: fillPdfTemplateDocumentBody,
    response: filledPdfDocument,
    responseHeaders: FILL_VERSION_HEADERS,
    status: 200,
    example: {
      params: salesVersion,
      headers: { 'x-auth-owner': '2357893' },
      body: { ...EXAMPLE_FILL, name: 'personal_contract', tags: ['DRAFT'], fillMode: 'default', flatten: true },
      response: { documentId: 'd290f1ee-6c54-4b01-90e6-d701748f0851', renamedKeys: [{ currentName: 'SUBSCRIPTION_ID_212', originalName: 'SUBSCRIPTION_ID' }] },
    },
  }),
  'pdfTemplates.metadata': documentsEndpoint({
    id: 'pdfTemplates.metadata',
    method: 'GET',
    path: `${TEMPLATES}/{templateId}/versions/{version}/metadata`,
    summary: 'Metadata of a PDF template version (include=history adds the previous minors)',
    params: versionParams,
    query: z.object({ include: z.enum(['history']).optional().describe('history: every minor of the major') }),
    response: pdfTemplateVersions,
    status: 200,
    example: { params: { templateId: 'ifcc_template', version: '1' }, query: { include: 'history' }, response: { templates: [EXAMPLE_TEMPLATE] } },
  }),
  'pdfTemplates.changelog': documentsEndpoint({
    id: 'pdfTemplates.changelog',
    method: 'GET',
    path: `${TEMPLATES}/{templateId}/changelog`,
    summary: 'Changelog of a PDF template',
    params: templateParams,
    response: pdfTemplateChangelog,
    status: 200,
    example: {
      params: { templateId: 'ifcc_template' },
      response: {
        changelogHistory: [
          { fromVersion: '1.0', toVersion: '1.1', onDate: '2022-08-21T17:32:28Z', changelog: 'Added new GDPR descriptive text and formatting changes to the contract.' },
        ],
      },
    },
  }),
} as const;

// The Documents API's PDF forms (Documents API, Forms), described once. A form is named by its id
// or its external id; the document's examples join both ("<uuid>,form_name") and are kept as is.
import * as z from 'zod';
import { createFormBody, createFormFields, fillFormBody, form, formList } from '../../models/documents/forms';
import { FILE_RESPONSE_HEADERS, ORG, binaryFile, contentUpload, documentsEndpoint, idSegment, noBody, pagedQuery } from './shared';

const FORMS = `${ORG}/templates/forms`;
const formParams = z.object({ formId: idSegment.describe('Id or external id of the form') });

const EXAMPLE_FORM = {
  id: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
  externalId: 'contract_gdpr_es',
  fields: [{ key: 'NAME', type: 'FILLABLE' }],
  tags: ['DRAFT'],
  creationDate: '2022-08-21T17:32:28Z',
};
const example = { params: { formId: 'd290f1ee-6c54-4b01-90e6-d701748f0851,form_name' } } as const;

export const formsEndpoints = {
  'forms.list': documentsEndpoint({
    id: 'forms.list',
    method: 'GET',
    path: FORMS,
    summary: 'List the forms of the organization (paged)',
    query: pagedQuery,
    response: formList,
    status: 200,
    example: { query: { page: '0', pageSize: '1' }, response: { totalResults: '100', currentPage: 0, forms: [EXAMPLE_FORM] } },
  }),
  'forms.create': documentsEndpoint({
    id: 'forms.create',
    method: 'POST',
    path: FORMS,
    summary: 'Upload a PDF form; its fillable fields are extracted',
    body: createFormBody,
    bodyKind: 'multipart',
    multipart: contentUpload(createFormFields, { description: 'The PDF form', contentTypes: ['application/pdf', 'application/octet-stream'] }),
    response: form,
    status: 201,
    example: { body: { name: 'new_form', extension: 'pdf' }, response: EXAMPLE_FORM },
  }),
  'forms.fill': documentsEndpoint({
    id: 'forms.fill',
    method: 'POST',
    path: `${FORMS}/{formId}/fill`,
    summary: 'Fill a form and get the PDF',
    params: formParams,
    body: fillFormBody,
    response: binaryFile,
    responseKind: 'binary',
    responseHeaders: FILE_RESPONSE_HEADERS,
    status: 200,
    // Filling stores nothing: the same request gives the same PDF.
    idempotent: true,
    example: { ...example, body: { fieldsValues: [{ name: 'string', value: 'string' }], fillMode: 'default' } },
  }),
  'forms.metadata': documentsEndpoint({
    id: 'forms.metadata',
    method: 'GET',
    path: `${FORMS}/{formId}/metadata`,
    summary: 'Metadata of a form (fields, tags)',
    params: formParams,
    response: form,
    status: 200,
    example: { ...example, response: EXAMPLE_FORM },
  }),
  'forms.download': documentsEndpoint({
    id: 'forms.download',
    method: 'GET',
    path: `${FORMS}/{formId}`,
    summary: 'Download a form',
    params: formParams,
    response: binaryFile,
    responseKind: 'binary',
    responseHeaders: FILE_RESPONSE_HEADERS,
    status: 200,
    example,
  }),
  'forms.delete': documentsEndpoint({
    id: 'forms.delete',
    method: 'DELETE',
    path: `${FORMS}/{formId}`,
    summary: 'Delete a form (409 while a section uses it)',
    params: formParams,
    response: noBody,
    status: 204,
    example,
  }),
} as const;

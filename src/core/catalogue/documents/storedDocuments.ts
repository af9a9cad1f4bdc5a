// The Documents API's stored documents (Documents API, Documents), described once. The owner
// header is "mandatory when the document is not public": optional, except for the owner change,
// which only applies to private documents (auth `documentsOwner`).
import * as z from 'zod';
import {
  changeDocumentOwnerBody,
  createDocumentBody,
  createDocumentFields,
  documentCreated,
  documentDeleted,
  documentMetadata,
  ownerChanged,
  publicUrl,
  publicUrlBody,
} from '../../models/documents/storedDocuments';
import { FILE_RESPONSE_HEADERS, ORG, binaryFile, contentUpload, documentOwnerHeaders, documentsEndpoint, idSegment, requiredOwnerHeaders } from './shared';

const DOCS = `${ORG}/documents`;
const documentParams = z.object({ documentId: idSegment });

const EXAMPLE_ID = 'd290f1ee-6c54-4b01-90e6-d701748f0851';
const example = { params: { documentId: EXAMPLE_ID }, headers: { 'x-auth-owner': '2357893' } } as const;
const deleted = { deletedDocumentId: EXAMPLE_ID, deleteTS: '2023-04-20T11:43:13Z' };

export const storedDocumentsEndpoints = {
  'documents.create': documentsEndpoint({
    id: 'documents.create',
    method: 'POST',
    path: DOCS,
    summary: 'Upload a document (name, extension, tags and the file)',
    headers: documentOwnerHeaders,
    body: createDocumentBody,
    bodyKind: 'multipart',
    multipart: contentUpload(createDocumentFields, { description: 'The document to store', contentTypes: ['application/pdf', 'application/octet-stream', 'image/png', 'image/jpeg'] }),
    response: documentCreated,
    status: 201,
    example: {
      headers: example.headers,
      body: { name: 'New_document', extension: 'pdf', tags: ['DRAFT', 'CONFIDENTIAL', 'v1.0'] },
      response: { documentId: EXAMPLE_ID },
    },
  }),
  'documents.download': documentsEndpoint({
    id: 'documents.download',
    method: 'GET',
    path: `${DOCS}/{documentId}`,
    summary: 'Download the content of a document',
    params: documentParams,
    headers: documentOwnerHeaders,
    response: binaryFile,
    responseKind: 'binary',
    responseHeaders: FILE_RESPONSE_HEADERS,
    status: 200,
    example,
  }),
  'documents.delete': documentsEndpoint({
    id: 'documents.delete',
    method: 'DELETE',
    path: `${DOCS}/{documentId}`,
    summary: 'Delete a document (409 when already deleted)',
    params: documentParams,
    headers: documentOwnerHeaders,
    response: documentDeleted,
    status: 200,
    example: { ...example, response: deleted },
  }),
  'documents.deletePhysical': documentsEndpoint({
    id: 'documents.deletePhysical',
    method: 'DELETE',
    path: `${DOCS}/{documentId}/physical`,
    summary: 'Delete a document physically',
    params: documentParams,
    headers: documentOwnerHeaders,
    response: documentDeleted,
    status: 200,
    example: { ...example, response: deleted },
  }),
  'documents.metadata': documentsEndpoint({
    id: 'documents.metadata',
    method: 'GET',
    path: `${DOCS}/{documentId}/metadata`,
    summary: 'Metadata of a document (name, tags, extension, hash, size, public or not)',
    params: documentParams,
    headers: documentOwnerHeaders,
    response: documentMetadata,
    status: 200,
    example: {
      ...example,
      response: {
        documentId: EXAMPLE_ID,
        name: 'personal_contract',
        tags: ['Draft', 'Top_Secret', 'v1.0'],
        extension: 'pdf',
        archiveHash: '938c2cc0dcc05f2b68c4287040cfcf71',
        size: 400000000,
        isPublic: true,
      },
    },
  }),
  'documents.publicUrl': documentsEndpoint({
    id: 'documents.publicUrl',
    method: 'POST',
    path: `${DOCS}/{documentId}/public_url`,
    summary: 'A signed URL to download a document without credentials (at most 24 h)',
    params: documentParams,
    headers: documentOwnerHeaders,
    body: publicUrlBody,
    response: publicUrl,
    status: 200,
    // Another URL for the same document changes nothing stored.
    idempotent: true,
    example: {
      ...example,
      body: { expiresIn: 'PT24H', downloadDisposition: 'inline' },
      response: {
        expirationDate: '2023-01-27T03:44:52.000Z',
        publicUrl: 'https://storage.googleapis.com/mas-documents-prod/cbd2e693-d71a-4cee-8313-1972acc0394d',
        mediaType: 'application/pdf',
        name: 'my_doc_name',
      },
    },
  }),
  'documents.changeOwner': documentsEndpoint({
    id: 'documents.changeOwner',
    method: 'PUT',
    path: `${DOCS}/{documentId}/owner`,
    auth: 'documentsOwner',
    summary: 'Transfer a private document to a new owner',
    params: documentParams,
    headers: requiredOwnerHeaders,
    body: changeDocumentOwnerBody,
    response: ownerChanged,
    status: 200,
    example: { ...example, body: { newOwner: 'sUbScRiPtiOn_12123112a' }, response: { owner: 'subscription_12123112a' } },
  }),
} as const;

// What the Documents API's catalogue files share: the `/v1/orgs/{org}` prefix, the entry helper,
// path/query/header models the document repeats across resources, and the shapes of answers
// without a JSON body.
import * as z from 'zod';
import { msg } from '../../l10n';
import type { AuthKind, EndpointDef, MultipartDef, MultipartFilePart } from '../types';

/** Every Documents path starts here; the client fills `{org}` from the environment. */
export const ORG = '/v1/orgs/{org}';

type DocumentsEndpointInput = Omit<EndpointDef, 'api' | 'auth'> & { readonly auth?: Extract<AuthKind, 'documents' | 'documentsOwner'> };

/**
 * A Documents API entry: `api` is always `documents` and auth defaults to the Bearer JWT alone
 * (`documentsOwner` where the document makes `x-auth-owner` mandatory).
 */
export function documentsEndpoint<const D extends DocumentsEndpointInput>(def: D): D & { readonly api: 'documents'; readonly auth: AuthKind } {
  return { ...def, api: 'documents', auth: def.auth ?? 'documents' };
}

/** 204 answers: the client hands over `undefined`; `null` for servers that send a literal null. */
export const noBody = z.union([z.undefined(), z.null()]);

/** Downloads and PDF fills answer the file itself (`responseKind: 'binary'`). */
export const binaryFile = z.unknown().describe('the file (PDF or image) as sent, not JSON');

/** A path segment naming a resource by id or external id. */
export const idSegment = z.string().min(1);

/** Path segments that are numbers on the wire but strings in a URL. */
export const versionNumber = z.union([z.number().int().min(0), z.string().regex(/^\d+$/, msg('expected a whole number'))]);

const pageNumber = z.union([z.number().int().min(0), z.string().regex(/^\d+$/, msg('expected a page number ≥ 0'))]);
const pageSize = z.union([z.number().int().min(1), z.string().regex(/^[1-9]\d*$/, msg('expected a page size ≥ 1'))]);

/** The PDF-template family's paging: `page` (0-based, default 0) and `pageSize` (default 50). */
export const pagedQuery = z.object({ page: pageNumber.optional(), pageSize: pageSize.optional() });

/** Dynamic templates spell the page size `page_size`. */
export const snakePagedQuery = z.object({ page: pageNumber.optional(), page_size: pageSize.optional() });

const ownerHeader = z.string().min(1);

/** Stored documents: "mandatory when the document is not public". */
export const documentOwnerHeaders = z.object({
  'x-auth-owner': ownerHeader.optional().describe('Owner of the document; mandatory when the document is not public.'),
});

/** Operations whose document says the owner header "is mandatory" (auth `documentsOwner`). */
export const requiredOwnerHeaders = z.object({
  'x-auth-owner': ownerHeader.describe('Owner of the contract or document (mandatory).'),
});

const userAgent = { 'user-agent': z.string().min(1).optional().describe('Application, operating system, vendor and/or version of the requester.') };
const device = {
  'x-installation_id': z.string().min(1).optional().describe('Browser installation id (unique identifier).'),
  'x-fingerprint': z.string().min(1).optional().describe('Device fingerprint.'),
  'x-location': z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, msg('expected "latitude,longitude" like "88.52,-123.1"'))
    .optional()
    .describe('Device location, "latitude,longitude".'),
};
const forwardedFor = {
  'x-forwarded-for': z.string().min(1).optional().describe('Device IP; collected by the API, any value sent is ignored.'),
};

/** Signature preview and sign: the signing device. */
export const deviceHeaders = z.object(device);
/** Identification validations: the device and its user agent. */
export const deviceAgentHeaders = z.object({ ...device, ...userAgent });
/** Scoring images and chain validation: the device, its user agent and IP. */
export const deviceAgentIpHeaders = z.object({ ...device, ...userAgent, ...forwardedFor });
/** Chain identification calls: the user agent. */
export const userAgentHeaders = z.object(userAgent);

/** The device, user-agent and IP headers of the document's examples. */
export const EXAMPLE_HEADERS = {
  device: {
    'x-installation_id': '625fc44b-5b1c-451e-bcc7-276c911f0af8',
    'x-fingerprint': '33dd65c7fefc7078776965ca85cee243',
    'x-location': '88.52,-123.1',
  },
  userAgent: { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X x.y; rv:42.0) Gecko/20100101 Firefox/42.0' },
  forwardedFor: { 'x-forwarded-for': '88.88.88.88' },
} as const;

/** Response headers the document lists for downloads and fills. */
export const FILE_RESPONSE_HEADERS = {
  'content-type': 'Media type of the file.',
  'content-disposition': 'File name of the download.',
} as const;

/** Web-component token of validated identifications. */
export const ACCESS_TOKEN_RESPONSE_HEADERS = { 'x-access-token': 'Securized authn web_component token.' } as const;

/** A multipart file the user picks. */
export function filePart(name: string, description: string, contentTypes: readonly string[], options: { required?: boolean; multiple?: boolean } = {}): MultipartFilePart {
  return { name, description, contentTypes, required: options.required ?? true, multiple: options.multiple ?? false };
}

/** The uploads of the document's `-F` examples: one text part per field and the file as `content`. */
export function contentUpload(fields: z.ZodObject, file: { readonly description: string; readonly contentTypes: readonly string[]; readonly required?: boolean }): MultipartDef {
  return { fields: { encoding: 'text', model: fields }, files: [filePart('content', file.description, file.contentTypes, { required: file.required ?? true })] };
}


// The Documents API's dynamic templates and fill processes (seed 003), described once. Every path
// includes `{org}` (the client fills it from the environment); `params` lists the other
// placeholders. The seed shows no `x-auth-owner` header on any of these calls, so they all use
// plain `documents` auth. Examples are the seed's own requests (the fill example's
// `fill_priority: "string"` placeholder is replaced by the documented default "low").
//
// Bodyless answers: the deletes answer 204 without a body, which the client hands over as
// `undefined`; `null` is accepted for servers that send a literal `null`.
import * as z from 'zod';
import { endpoint } from './types';
import {
  createTemplateBody,
  fillAccepted,
  fillProcess,
  fillRequest,
  newMajorBody,
  newMinorBody,
  templateChangelog,
  templateListPage,
  templateSummary,
  templateVersionDetail,
  templateVersionList,
} from '../models/documents';

const DT = '/v1/orgs/{org}/dynamic_templates';

export const DEFAULT_TEMPLATES_PAGE_SIZE = 50;

const noBody = z.union([z.undefined(), z.null()]);

/** Path segments that are numbers on the wire but strings in a URL. */
const versionNumber = z.union([z.number().int().min(0), z.string().regex(/^\d+$/, 'expected a whole number')]);

const templateParams = z.object({ id: z.string().min(1) });
const majorParams = z.object({ id: z.string().min(1), major: versionNumber });
const minorParams = z.object({ id: z.string().min(1), major: versionNumber, minor: versionNumber });

const pageNumber = z.union([z.number().int().min(0), z.string().regex(/^\d+$/, 'expected a page number ≥ 0')]);
const pageSize = z.union([z.number().int().min(1), z.string().regex(/^[1-9]\d*$/, 'expected a page size ≥ 1')]);

export const templatesListQuery = z.object({
  external_id: z.string().min(1).optional(),
  /** 0-based. */
  page: pageNumber.optional(),
  page_size: pageSize.optional(),
});

export const fillHeaders = z.object({
  /** Identifies the calling system; the API defaults it to the token's audience. */
  'fill-process-origin': z.string().min(1).optional(),
});

/** Seed 003's example structure, verbatim (defects included), as its create/new-version examples send it. */
export const EXAMPLE_INVOICE_STRUCTURE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    CUSTOMER: {
      type: 'object',
      properties: {
        DNI: { type: 'string' },
        NAME: { type: 'string' },
        EMAIL: { type: 'string', format: 'email' },
        ADDRESS: {
          type: 'object',
          properties: {
            CITY: { type: 'string' },
            COORDINATES: { type: 'object', properties: { LATITUDE: { type: 'number' }, LONGITUDE: { type: 'number' } } },
          },
        },
      },
      required: ['dni', 'name'],
    },
    CONTRACT_DATE: { type: 'string', format: 'date-time' },
    TAGS: { type: 'array', items: { type: 'string' } },
    PRODUCTS: {
      type: 'array',
      items: {
        type: 'object',
        properties: { NAME: { type: 'string' }, PRICE: { type: 'number' }, QUANTITY: { type: 'integer' } },
        required: ['NAME', 'PRICE'],
      },
    },
    TOTAL_AMOUNT: { type: 'number' },
    HAS_DISCOUNT: { type: 'boolean' },
    DISCOUNT_AMOUNT: { type: 'number' },
    PAYMENT_METHOD: { type: 'string', enum: ['bank_transfer', 'card', 'mobile_payment'] },
    IBAN: { type: 'string' },
    CARD_LAST_DIGITS: { type: 'string' },
    MOBILE_PAYMENT_TYPE: { type: 'string' },
    MOBILE_PHONE: { type: 'string' },
    MOBILE_WALLET_ID: { type: 'string' },
  },
  required: ['CUSTOMER', 'PRODUCTS', 'TOTAL_AMOUNT', 'PAYMENT_METHOD'],
  additionalProperties: false,
  allOf: [
    { if: { properties: { HAS_DISCOUNT: { const: true } } }, then: { required: ['DISCOUNT_AMOUNT'] } },
    { if: { properties: { PAYMENT_METHOD: { const: 'BANK_TRANSFER' } } }, then: { required: ['IBAN'] } },
    { if: { properties: { PAYMENT_METHOD: { const: 'card' } } }, then: { required: ['CARD_LAST_DIGITS'] } },
    {
      if: { properties: { PAYMENT_METHOD: { const: 'mobile_payment' } } },
      then: {
        required: ['MOBILE_PAYMENT_TYPE'],
        oneOf: [
          { properties: { MOBILE_PAYMENT_TYPE: { const: 'bizum' } }, required: ['MOBILE_PHONE'] },
          { properties: { MOBILE_PAYMENT_TYPE: { const: 'wallet' } }, required: ['MOBILE_WALLET_ID'] },
        ],
      },
    },
  ],
};

const seedSource = { language: 'ES', template_part_name: 'string', editor_config_part_name: 'string', structure: EXAMPLE_INVOICE_STRUCTURE, engine_version: '3.12' };

export const documentsEndpoints = {
  'templates.list': endpoint({
    id: 'templates.list',
    api: 'documents',
    method: 'GET',
    path: DT,
    auth: 'documents',
    summary: 'List dynamic templates (latest minor of each major, newest first)',
    query: templatesListQuery,
    response: templateListPage,
    status: 200,
    example: { query: { external_id: 'factura_mensual', page: 0, page_size: 20 } },
  }),
  'templates.create': endpoint({
    id: 'templates.create',
    api: 'documents',
    method: 'POST',
    path: DT,
    auth: 'documents',
    summary: 'Create a dynamic template (version 1.0) from metadata and HBS/JSON sources',
    body: createTemplateBody,
    bodyKind: 'multipart',
    response: templateSummary,
    status: 201,
    example: {
      body: {
        metadata: {
          external_id: 'factura_bilingue_premium',
          description: 'Plantilla para facturas en Español e Inglés.',
          default_language: 'ES',
          tags: ['factura', 'multi-idioma'],
          sources: [seedSource],
        },
        files: ['string'],
      },
    },
  }),
  'templates.versions': endpoint({
    id: 'templates.versions',
    api: 'documents',
    method: 'GET',
    path: `${DT}/{id}/versions/{major}`,
    auth: 'documents',
    summary: 'List the minor versions of a major version, newest first, with their structure',
    params: majorParams,
    response: templateVersionList,
    status: 200,
    example: { params: { id: 'factura_mensual', major: 1 } },
  }),
  'templates.minor': endpoint({
    id: 'templates.minor',
    api: 'documents',
    method: 'GET',
    path: `${DT}/{id}/versions/{major}/minors/{minor}`,
    auth: 'documents',
    summary: 'Get one minor version: structure and source URLs',
    params: minorParams,
    response: templateVersionDetail,
    status: 200,
    example: { params: { id: 'factura_mensual', major: 1, minor: 1 } },
  }),
  'templates.newMinor': endpoint({
    id: 'templates.newMinor',
    api: 'documents',
    method: 'PATCH',
    path: `${DT}/{id}/versions/{major}`,
    auth: 'documents',
    summary: 'Create a new minor version (non-breaking: same structure, no removed languages)',
    params: majorParams,
    body: newMinorBody,
    bodyKind: 'multipart',
    response: templateSummary,
    status: 200,
    example: {
      params: { id: 'factura_mensual', major: 1 },
      body: {
        metadata: { description: 'Plantilla actualizada con soporte para Catalán.', sources: [seedSource], changelog: 'Added Catalan language support' },
        files: ['string'],
      },
    },
  }),
  'templates.newMajor': endpoint({
    id: 'templates.newMajor',
    api: 'documents',
    method: 'POST',
    path: `${DT}/{id}/versions`,
    auth: 'documents',
    summary: 'Create a new major version (breaking changes; everything must be provided again)',
    params: templateParams,
    body: newMajorBody,
    bodyKind: 'multipart',
    response: templateSummary,
    status: 201,
    example: {
      params: { id: 'factura_mensual' },
      body: {
        metadata: {
          description: 'Plantilla para facturas en Español e Inglés.',
          default_language: 'ES',
          tags: ['factura', 'multi-idioma'],
          sources: [seedSource],
          changelog: 'Added discount field and removed unused languages',
        },
        files: ['string'],
      },
    },
  }),
  'templates.deleteMajor': endpoint({
    id: 'templates.deleteMajor',
    api: 'documents',
    method: 'DELETE',
    path: `${DT}/{id}/versions/{major}`,
    auth: 'documents',
    summary: 'Delete a major version with all its minors (only the latest major)',
    params: majorParams,
    response: noBody,
    status: 204,
    // Deleting twice deletes two different majors: never retry blindly.
    idempotent: false,
    example: { params: { id: 'factura_mensual', major: 1 } },
  }),
  'templates.deleteMinor': endpoint({
    id: 'templates.deleteMinor',
    api: 'documents',
    method: 'DELETE',
    path: `${DT}/{id}/versions/{major}/minor`,
    auth: 'documents',
    summary: 'Delete the latest minor version of a major (never X.0)',
    params: majorParams,
    response: noBody,
    status: 204,
    // "Delete the latest minor" repeated deletes the one before it.
    idempotent: false,
    example: { params: { id: 'factura_mensual', major: 1 } },
  }),
  'templates.changelog': endpoint({
    id: 'templates.changelog',
    api: 'documents',
    method: 'GET',
    path: `${DT}/{id}/changelog`,
    auth: 'documents',
    summary: 'Changelog of a dynamic template, newest first',
    params: templateParams,
    response: templateChangelog,
    status: 200,
    example: { params: { id: 'factura_mensual' } },
  }),
  'templates.fill': endpoint({
    id: 'templates.fill',
    api: 'documents',
    method: 'POST',
    path: `${DT}/{id}/versions/{major}/fill`,
    auth: 'documents',
    summary: 'Fill a dynamic template asynchronously (202 with a fill_process_id)',
    params: majorParams,
    headers: fillHeaders,
    body: fillRequest,
    response: fillAccepted,
    status: 202,
    example: {
      params: { id: 'factura_mensual', major: 1 },
      body: {
        language: 'ES',
        document: { name: 'personal_contract_2025_001', tags: ['DRAFT', 'RETAIL'] },
        fields_values: {
          customer: { name: 'Juan Pérez', id: '12345678Z' },
          products: [
            { name: 'Fibra 1Gb', price: 20 },
            { name: 'Móvil Ilimitado', price: 15 },
          ],
          total_amount: 35,
        },
        fill_priority: 'low',
      },
    },
  }),
  'fillProcess.get': endpoint({
    id: 'fillProcess.get',
    api: 'documents',
    method: 'GET',
    path: '/v1/orgs/{org}/fill_process/{fill_process_id}',
    auth: 'documents',
    summary: 'Status of an asynchronous fill (CREATED, PROCESSING, COMPLETED, FAILED)',
    params: z.object({ fill_process_id: z.string().min(1) }),
    response: fillProcess,
    status: 200,
    example: { params: { fill_process_id: '11223344-aabb-ccdd-eeff-009988776655' } },
  }),
} as const;

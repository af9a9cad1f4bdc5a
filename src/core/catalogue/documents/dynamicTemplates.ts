// The Documents API's dynamic templates and fill processes (Documents API, DynamicTemplates),
// described once. The document shows no `x-auth-owner` header on any of these calls, so they all
// use plain `documents` auth. Examples are the document's own (the fill example's
// `fill_priority: "string"` placeholder is replaced by the documented default "low").
//
// Create, new minor and new major are multipart: a `metadata` JSON part and one part per HBS /
// editor-config file, named by the metadata's `*_part_name`s (docs/decisions.md).
import * as z from 'zod';
import {
  createTemplateBody,
  createTemplateMetadata,
  fillAccepted,
  fillProcess,
  fillRequest,
  newMajorBody,
  newMajorMetadata,
  newMinorBody,
  newMinorMetadata,
  templateChangelog,
  templateListPage,
  templateSummary,
  templateVersionDetail,
  templateVersionList,
} from '../../models/documents';
import type { MultipartDef } from '../types';
import { ORG, documentsEndpoint, noBody, snakePagedQuery, versionNumber } from './shared';

const DT = `${ORG}/dynamic_templates`;

export const DEFAULT_TEMPLATES_PAGE_SIZE = 50;

const templateParams = z.object({ id: z.string().min(1) });
const majorParams = z.object({ id: z.string().min(1), major: versionNumber });
const minorParams = z.object({ id: z.string().min(1), major: versionNumber, minor: versionNumber });

export const templatesListQuery = z.object({
  external_id: z.string().min(1).optional(),
  ...snakePagedQuery.shape,
});

export const fillHeaders = z.object({
  'fill-process-origin': z.string().min(1).optional().describe("The calling system; defaults to the token's audience."),
});

/** The example structure of the Documents API document (DynamicTemplates → Create), verbatim, defects included. */
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

const EXAMPLE_SUMMARY = {
  external_id: 'factura_bilingue_premium',
  description: 'Plantilla para facturas en Español e Inglés.',
  version: '1.0',
  default_language: 'ES',
  languages: ['ES', 'EN'],
  tags: ['factura', 'multi-idioma'],
  creation_date: '2025-08-29T08:50:00Z',
};
const EXAMPLE_MINOR = {
  ...EXAMPLE_SUMMARY,
  version: '1.1',
  creation_date: '2025-09-22T10:00:00Z',
  structure: EXAMPLE_INVOICE_STRUCTURE,
  sources: [
    {
      language: 'ES',
      template_url: 'https://storage.googleapis.com/.../v1.1_es.html',
      editor_config_url: 'https://storage.googleapis.com/.../v1.1_es.json',
      engine_version: '2.0',
    },
  ],
};

/** `metadata` as a JSON part, each source's HBS and editor config as a part named in it. */
function sourcesUpload(metadata: z.ZodObject): MultipartDef {
  return {
    fields: { encoding: 'json', part: 'metadata', model: metadata },
    files: [
      {
        name: 'files',
        multiple: true,
        required: false,
        contentTypes: ['text/x-handlebars-template', 'application/json'],
        description: 'The HBS template and the editor-config JSON of each language',
        partNameFrom: ['sources[].template_part_name', 'sources[].editor_config_part_name'],
      },
    ],
  };
}

export const dynamicTemplatesEndpoints = {
  'templates.list': documentsEndpoint({
    id: 'templates.list',
    method: 'GET',
    path: DT,
    summary: 'List dynamic templates (latest minor of each major, newest first)',
    query: templatesListQuery,
    response: templateListPage,
    status: 200,
    example: {
      query: { external_id: 'factura_mensual', page: 0, page_size: 20 },
      response: {
        page: 0,
        page_size: 20,
        templates: [
          {
            external_id: 'factura_bilingue_premium',
            description: 'Plantilla para facturas en Español e Inglés.',
            version: '2.7',
            default_language: 'ES',
            languages: ['ES'],
            creation_date: '2025-09-22T10:00:00Z',
          },
        ],
      },
    },
  }),
  'templates.create': documentsEndpoint({
    id: 'templates.create',
    method: 'POST',
    path: DT,
    summary: 'Create a dynamic template (version 1.0) from metadata and HBS/JSON sources',
    body: createTemplateBody,
    bodyKind: 'multipart',
    multipart: sourcesUpload(createTemplateMetadata),
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
      response: EXAMPLE_SUMMARY,
    },
  }),
  'templates.versions': documentsEndpoint({
    id: 'templates.versions',
    method: 'GET',
    path: `${DT}/{id}/versions/{major}`,
    summary: 'List the minor versions of a major version, newest first, with their structure',
    params: majorParams,
    response: templateVersionList,
    status: 200,
    example: { params: { id: 'factura_mensual', major: 1 }, response: { templates: [EXAMPLE_MINOR] } },
  }),
  'templates.minor': documentsEndpoint({
    id: 'templates.minor',
    method: 'GET',
    path: `${DT}/{id}/versions/{major}/minors/{minor}`,
    summary: 'Get one minor version: structure and source URLs',
    params: minorParams,
    response: templateVersionDetail,
    status: 200,
    example: { params: { id: 'factura_mensual', major: 1, minor: 1 }, response: EXAMPLE_MINOR },
  }),
  'templates.newMinor': documentsEndpoint({
    id: 'templates.newMinor',
    method: 'PATCH',
    path: `${DT}/{id}/versions/{major}`,
    summary: 'Create a new minor version (non-breaking: same structure, no removed languages)',
    params: majorParams,
    body: newMinorBody,
    bodyKind: 'multipart',
    multipart: sourcesUpload(newMinorMetadata),
    response: templateSummary,
    status: 200,
    example: {
      params: { id: 'factura_mensual', major: 1 },
      body: {
        metadata: { description: 'Plantilla actualizada con soporte para Catalán.', sources: [seedSource], changelog: 'Added Catalan language support' },
        files: ['string'],
      },
      response: EXAMPLE_SUMMARY,
    },
  }),
  'templates.newMajor': documentsEndpoint({
    id: 'templates.newMajor',
    method: 'POST',
    path: `${DT}/{id}/versions`,
    summary: 'Create a new major version (breaking changes; everything must be provided again)',
    params: templateParams,
    body: newMajorBody,
    bodyKind: 'multipart',
    multipart: sourcesUpload(newMajorMetadata),
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
      response: EXAMPLE_SUMMARY,
    },
  }),
  'templates.deleteMajor': documentsEndpoint({
    id: 'templates.deleteMajor',
    method: 'DELETE',
    path: `${DT}/{id}/versions/{major}`,
    summary: 'Delete a major version with all its minors (only the latest major)',
    params: majorParams,
    response: noBody,
    status: 204,
    // Deleting twice deletes two different majors: never retry blindly.
    idempotent: false,
    example: { params: { id: 'factura_mensual', major: 1 } },
  }),
  'templates.deleteMinor': documentsEndpoint({
    id: 'templates.deleteMinor',
    method: 'DELETE',
    path: `${DT}/{id}/versions/{major}/minor`,
    summary: 'Delete the latest minor version of a major (never X.0)',
    params: majorParams,
    response: noBody,
    status: 204,
    // "Delete the latest minor" repeated deletes the one before it.
    idempotent: false,
    example: { params: { id: 'factura_mensual', major: 1 } },
  }),
  'templates.changelog': documentsEndpoint({
    id: 'templates.changelog',
    method: 'GET',
    path: `${DT}/{id}/changelog`,
    summary: 'Changelog of a dynamic template, newest first',
    params: templateParams,
    response: templateChangelog,
    status: 200,
    example: {
      params: { id: 'factura_mensual' },
      response: {
        changelog_history: [
          {
            from_version: '1.1',
            to_version: '2.0',
            on_date: '2025-10-01T15:00:00Z',
            changelog: 'Versión Mayor: Añadido campo de descuento y se elimina el soporte para idiomas no usados.',
            subject: 'myuser@example',
          },
        ],
      },
    },
  }),
  'templates.fill': documentsEndpoint({
    id: 'templates.fill',
    method: 'POST',
    path: `${DT}/{id}/versions/{major}/fill`,
    summary: 'Fill a dynamic template asynchronously (202 with a fill_process_id)',
    params: majorParams,
    headers: fillHeaders,
    body: fillRequest,
    response: fillAccepted,
    responseHeaders: { 'fill-process-origin': 'The origin set for this fill process (sent or defaulted to the token audience).' },
    status: 202,
    example: {
      params: { id: 'factura_mensual', major: 1 },
      headers: { 'fill-process-origin': 'sales-platform' },
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
      response: { fill_process_id: '11223344-aabb-ccdd-eeff-009988776655' },
    },
  }),
  'fillProcess.get': documentsEndpoint({
    id: 'fillProcess.get',
    method: 'GET',
    path: `${ORG}/fill_process/{fill_process_id}`,
    summary: 'Status of an asynchronous fill (CREATED, PROCESSING, COMPLETED, FAILED)',
    params: z.object({ fill_process_id: z.string().min(1) }),
    response: fillProcess,
    status: 200,
    example: {
      params: { fill_process_id: '11223344-aabb-ccdd-eeff-009988776655' },
      response: {
        fill_process_id: '11223344-aabb-ccdd-eeff-009988776655',
        status: 'COMPLETED',
        filled_document_id: '4833979c-e045-46a9-9b1e-412d19294237',
        creation_date: '2025-11-18T09:35:00Z',
        finish_date: '2025-11-18T09:35:15Z',
        template: { external_id: 'telco_services', major_version: 1, minor_version: 2 },
        error: { message: "Template variable 'customerName' missing in payload." },
      },
    },
  }),
} as const;

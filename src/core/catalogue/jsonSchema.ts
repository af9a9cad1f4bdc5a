// JSON Schemas generated from the catalogue's zod models, for scaffolds, completion, hover and
// "validate JSON against…": any operation's body / response / params / query / headers, any named
// model (the customer API's schemas, the two APIs' error bodies), and the service-request
// scaffold schemas shipped in media/schemas (contributed through `jsonValidation`).
import * as z from 'zod';
import { mokErrorBody, SERVICE_REQUEST_STATUSES, serviceRequestCreateBody, serviceRequestUpdateBody } from '../models/mok';
import { mdocErrorBody } from '../models/documents';
import { customerModels } from '../models/customer/registry';
import { catalogue, isOperationId } from './catalogue';
import type { EndpointDef } from './types';
import { mokEndpoints } from './mok';

export type JsonSchema = Record<string, unknown>;
export type OperationSchemaPart = 'body' | 'response' | 'params' | 'query' | 'headers';

const DEPRECATED_PREFIX = 'deprecated: use ';

/**
 * zod → JSON Schema (draft-07, what VS Code's JSON language service reads best). Field
 * descriptions become hovers; fields marked with `deprecated()` get `deprecated` and a
 * `deprecationMessage`. `input` describes what a user writes (bodies, params), `output` what an
 * API answers. Shapes JSON cannot express (an absent body) become "anything".
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-7',
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema;
      if (typeof js.description === 'string' && js.description.startsWith(DEPRECATED_PREFIX)) {
        const replacement = js.description.slice(DEPRECATED_PREFIX.length);
        js.deprecated = true;
        js.deprecationMessage = `Deprecated by the API: use ${replacement} instead.`;
      }
    },
  });
}

/** The JSON Schema of one part of an operation; undefined when the operation has no such part. */
export function operationJsonSchema(operationId: string, part: OperationSchemaPart): JsonSchema | undefined {
  const def: EndpointDef | undefined = isOperationId(operationId) ? catalogue[operationId] : undefined;
  const schema = def?.[part];
  if (!def || !schema) return undefined;
  // The service-request bodies carry their field docs (as in the scaffold editor).
  const documented = part === 'body' && (def.id === 'serviceRequests.create' || def.id === 'serviceRequests.update') ? documentedServiceRequestSchema(def.id === 'serviceRequests.create' ? 'create' : 'update') : undefined;
  return {
    ...(documented ?? toJsonSchema(schema, part === 'response' ? 'output' : 'input')),
    title: `${def.id} ${part}`,
    description: `${def.method} ${def.path} — ${def.summary}`,
  };
}

const namedModels: Readonly<Record<string, z.ZodType>> = {
  ...customerModels,
  MokErrorResponse: mokErrorBody,
  DocumentsErrorResponse: mdocErrorBody,
};

/** Names `namedModelJsonSchema` knows: the customer API's schema names and the error bodies. */
export function namedModelNames(): string[] {
  return Object.keys(namedModels);
}

/** The zod model of a name `namedModelNames` lists. */
export function namedModel(name: string): z.ZodType | undefined {
  return Object.prototype.hasOwnProperty.call(namedModels, name) ? namedModels[name] : undefined;
}

export function namedModelJsonSchema(name: string): JsonSchema | undefined {
  const schema = namedModel(name);
  return schema ? { ...toJsonSchema(schema, 'input'), title: name } : undefined;
}

/** What each service-request field means, for hovers and completion in the scaffold editor. */
const SERVICE_REQUEST_FIELD_DOCS: Readonly<Record<string, string>> = {
  service_id: 'MOK id of the service. A service is required: service_id or service_external_id (the external id wins if both are set).',
  service_external_id: 'Your external id of the service, instead of service_id.',
  contract_id: 'MOK id of the contract. A contract is required: contract_id, or an access_identifier matching a contract.',
  access_identifier: 'Identifier of the customer (national id, mobile phone, email, phone or access code) matching a contract, instead of contract_id.',
  document_identifier: 'Deprecated: use access_identifier.',
  external_id: 'Your own unique id for this request (the API refuses one already used).',
  current_status: 'Status of the request, e.g. pending, assigned, in_progress, completed, cancelled.',
  requested_at: 'When the customer asked for the service (ISO 8601 date-time).',
  service_name: 'How you name the service in your own systems, shown next to it. It does not choose the service: service_id or service_external_id does.',
  origin_address: 'Where the service starts (street address).',
  origin_latitude: 'Latitude of the origin, as a decimal string like "40.416775".',
  origin_longitude: 'Longitude of the origin, as a decimal string like "-3.703790".',
  destination_address: 'Where the service ends (street address), e.g. the garage for a tow.',
  destination_latitude: 'Latitude of the destination, as a decimal string.',
  destination_longitude: 'Longitude of the destination, as a decimal string.',
  scheduled_date: 'Scheduled date (yyyy-mm-dd).',
  scheduled_end_date: 'Scheduled end date (yyyy-mm-dd), for services over several days.',
  scheduled_time: 'Scheduled time (HH:MM:SS).',
  provider_name: 'Name of the provider company doing the service.',
  provider_phone: 'Phone of the provider.',
  technician_name: 'Name of the technician.',
  user_phone: 'Phone of the customer.',
  source: 'Where the request came from (channel).',
  contact_center_phone: 'Phone of the contact center handling the request.',
};

/**
 * A service-request body's full JSON Schema with its field docs, the example's values and the
 * allowed statuses as `examples` (the operation schema "Validate JSON Against…" and request files use).
 */
export function documentedServiceRequestSchema(kind: 'create' | 'update'): JsonSchema {
  const schema = toJsonSchema(kind === 'create' ? serviceRequestCreateBody : serviceRequestUpdateBody, 'input');
  const examples: Readonly<Record<string, unknown>> = mokEndpoints['serviceRequests.create'].example.body.service_request;
  const root = isObject(schema.properties) ? schema.properties.service_request : undefined;
  if (isObject(root)) {
    root.description =
      kind === 'create'
        ? 'POST /api/v1/provider_networks/service_requests — only the fields the API accepts; unknown fields are flagged.'
        : 'PATCH /api/v1/provider_networks/service_requests/{id} — only the fields the API lets you change (service_id and contract_id cannot change).';
    for (const [key, prop] of Object.entries(isObject(root.properties) ? root.properties : {})) {
      if (!isObject(prop)) continue;
      const doc = SERVICE_REQUEST_FIELD_DOCS[key];
      if (doc) prop.description = doc;
      if (key === 'current_status') prop.examples = [...SERVICE_REQUEST_STATUSES];
      else if (examples[key] !== undefined && examples[key] !== null && examples[key] !== 'MyString') prop.examples = [examples[key]];
    }
  }
  return schema;
}

/**
 * The scaffold schemas of `*.mok-sr.json` (create) and `*.mok-sru.json` (update) in
 * media/schemas, for completion and hover only: the documented schema reduced to its annotations.
 * They carry no constraint (types, patterns, required or unknown keys) because VS Code's JSON
 * service would report it a second time, in its own words, next to MOK's diagnostics
 * (src/core/rules/serviceRequests.ts is the one voice that validates these files).
 */
export function serviceRequestJsonSchema(kind: 'create' | 'update'): JsonSchema {
  return {
    ...annotationsOnly(documentedServiceRequestSchema(kind)),
    title: kind === 'create' ? 'MOK service request (create)' : 'MOK service request (update)',
    description: 'Generated from the zod request bodies by test/unit/schemas.test.ts (UPDATE_SCHEMAS=1 npm run test:unit).',
  };
}

/** Keywords that only describe (hover, completion); every other keyword is a constraint. */
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'markdownDescription', 'default']);

/**
 * A schema reduced to its annotations: `properties` kept (completion proposes the keys), each
 * property reduced the same way; an `enum` or `const` becomes `examples` (still proposed as values);
 * the annotations of `anyOf`/`oneOf`/`allOf` branches are merged into the property.
 */
export function annotationsOnly(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  const values: unknown[] = [];
  const absorb = (s: JsonSchema): void => {
    for (const [k, v] of Object.entries(s)) {
      if ((k === 'examples' || k === 'enum') && Array.isArray(v)) values.push(...(v as unknown[]));
      else if (ANNOTATIONS.has(k) && out[k] === undefined) out[k] = v;
      if (k === 'const') values.push(v);
    }
    for (const k of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[k];
      if (Array.isArray(branches)) for (const b of branches) if (isObject(b)) absorb(b);
    }
  };
  absorb(schema);
  const distinct = [...new Set(values.filter((v) => v !== null))];
  if (distinct.length) out.examples = distinct;
  if (isObject(schema.properties)) {
    const props: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema.properties)) props[key] = isObject(prop) ? annotationsOnly(prop) : {};
    out.properties = props;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

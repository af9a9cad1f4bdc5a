// The catalogue as an OpenAPI 3.1 document, so the two APIs can be imported into other tools and
// clients generated from them: every operation with its path, params, query, the headers the API
// reads, its request body (JSON or multipart), its success answer, the documents' examples, and
// the security each auth kind needs (OAuth client credentials, the admin headers, the Documents
// bearer and x-auth-owner). Served by the sandbox at /openapi.json and written by `mok openapi`.
import * as z from 'zod';
import { mdocErrorBody } from '../models/documents';
import { mokErrorBody } from '../models/mok';
import { allEndpoints } from './catalogue';
import type { ApiName, AuthKind, EndpointDef } from './types';

type Json = Record<string, unknown>;

export interface OpenApiOptions {
  /** Only one API's operations (default both). */
  api?: ApiName;
  /** Origins for the `servers` (the sandbox passes its own URL for both). */
  mokBaseUrl?: string;
  documentsBaseUrl?: string;
  version?: string;
}

/** zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1), without its `$schema`. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const js = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete js.$schema;
  return js;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `(family)` an operation belongs to, for tags: `serviceRequests`, `identifications.otp`. */
export function operationFamily(id: string): string {
  return id.split('.').slice(0, -1).join('.') || id;
}

const SECURITY: Readonly<Record<AuthKind, Json[]>> = {
  none: [],
  oauth: [{ mokOAuth: ['provider_networks'] }],
  admin: [{ mokAdminEmail: [], mokAdminToken: [] }],
  documents: [{ documentsBearer: [] }],
  documentsOwner: [{ documentsBearer: [], documentsOwner: [] }],
};

function parameters(def: EndpointDef): Json[] {
  const out: Json[] = [];
  const add = (where: 'path' | 'query' | 'header', model: z.ZodType | undefined, example: Readonly<Record<string, unknown>> | undefined) => {
    if (!model) return;
    const js = schemaOf(model, 'input');
    const props = isObject(js.properties) ? js.properties : {};
    const required = Array.isArray(js.required) ? js.required : [];
    for (const [name, schema] of Object.entries(props)) {
      const p: Json = { name, in: where, required: where === 'path' || required.includes(name), schema };
      if (isObject(schema) && typeof schema.description === 'string') p.description = schema.description;
      if (example?.[name] !== undefined) p.example = example[name];
      out.push(p);
    }
  };
  if (def.path.includes('{org}')) out.push({ name: 'org', in: 'path', required: true, description: 'The organization (tenant), e.g. masmovil or yoigo.', schema: { type: 'string' }, example: 'masmovil' });
  add('path', def.params, def.example?.params);
  add('query', def.query, def.example?.query);
  add('header', def.headers, def.example?.headers);
  return out;
}

function requestBody(def: EndpointDef): Json | undefined {
  if (!def.body) return undefined;
  const example = def.example?.body;
  if (def.bodyKind === 'multipart' && def.multipart) {
    const properties: Json = {};
    const encoding: Json = {};
    const fields = def.multipart.fields;
    if (fields?.encoding === 'json') {
      properties[fields.part] = schemaOf(fields.model, 'input');
      encoding[fields.part] = { contentType: 'application/json' };
    } else if (fields?.encoding === 'text') {
      const js = schemaOf(fields.model, 'input');
      Object.assign(properties, isObject(js.properties) ? js.properties : {});
    }
    const required: string[] = [];
    for (const f of def.multipart.files) {
      const file: Json = { type: 'string', contentMediaType: f.contentTypes[0] ?? 'application/octet-stream', description: f.description };
      properties[f.name] = f.multiple ? { type: 'array', items: file, description: f.partNameFrom ? `${f.description}; each part named by ${f.partNameFrom.join(' or ')}` : f.description } : file;
      if (f.contentTypes.length) encoding[f.name] = { contentType: f.contentTypes.join(', ') };
      if (f.required) required.push(f.name);
    }
    return {
      required: true,
      content: {
        'multipart/form-data': { schema: { type: 'object', properties, ...(required.length ? { required } : {}) }, ...(Object.keys(encoding).length ? { encoding } : {}) },
        // The JSON form the documents' examples show; the sandbox accepts it too.
        'application/json': { schema: schemaOf(def.body, 'input'), ...(example !== undefined ? { example } : {}) },
      },
    };
  }
  return { required: true, content: { 'application/json': { schema: schemaOf(def.body, 'input'), ...(example !== undefined ? { example } : {}) } } };
}

function responses(def: EndpointDef): Json {
  const success: Json = { description: def.summary };
  if (def.responseKind === 'binary') {
    success.content = { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } };
  } else if (def.status !== 204) {
    const schema = schemaOf(def.response, 'output');
    success.content = { 'application/json': { schema, ...(def.example?.response !== undefined ? { example: def.example.response } : {}) } };
  }
  if (def.responseHeaders) success.headers = Object.fromEntries(Object.entries(def.responseHeaders).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }]));
  const error = def.api === 'documents' ? 'DocumentsError' : 'MokError';
  return { [String(def.status)]: success, default: { description: 'The API refused the request or failed', content: { 'application/json': { schema: { $ref: `#/components/schemas/${error}` } } } } };
}

function operation(def: EndpointDef): Json {
  const op: Json = { operationId: def.id, summary: def.summary, tags: [operationFamily(def.id)], parameters: parameters(def), responses: responses(def), security: SECURITY[def.auth] };
  const body = requestBody(def);
  if (body) op.requestBody = body;
  if (def.deprecated && Object.keys(def.deprecated).length) {
    op.description = `Deprecated fields: ${Object.entries(def.deprecated).map(([k, v]) => `${k} (use ${v})`).join(', ')}.`;
  }
  return op;
}

export function openApiDocument(options: OpenApiOptions = {}): Json {
  const defs = allEndpoints().filter((d) => !options.api || d.api === options.api);
  const mokServer = { url: options.mokBaseUrl ?? '{mokBaseUrl}', description: 'MOK Integration API', ...(options.mokBaseUrl ? {} : { variables: { mokBaseUrl: { default: 'https://api.example.com', description: 'Your deployment of the MOK Integration API' } } }) };
  const documentsServer = { url: options.documentsBaseUrl ?? 'https://documents.masstack.com', description: 'Documents API' };
  const paths: Json = {};
  for (const def of defs) {
    const item = (paths[def.path] ??= {}) as Json;
    item[def.method.toLowerCase()] = operation(def);
    // One document for both APIs: the Documents paths say where they live.
    if (!options.api && def.api === 'documents') item.servers = [documentsServer];
  }
  const title = options.api === 'mok' ? 'MOK Integration API' : options.api === 'documents' ? 'Documents API' : 'MOK Integration API and Documents API';
  return {
    openapi: '3.1.0',
    info: { title, version: options.version ?? '1', description: 'Generated by MOK DevTools from its endpoint catalogue (the API documents: endpoints, models, examples).' },
    servers: [options.api === 'documents' ? documentsServer : mokServer],
    tags: [...new Set(defs.map((d) => operationFamily(d.id)))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { MokError: schemaOf(mokErrorBody, 'output'), DocumentsError: schemaOf(mdocErrorBody, 'output') },
      securitySchemes: {
        mokOAuth: { type: 'oauth2', description: 'Provider Network API: client credentials.', flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: { provider_networks: 'The provider network API' } } } },
        mokAdminEmail: { type: 'apiKey', in: 'header', name: 'X-Admin-User-Email', description: 'Admin API: the admin user' },
        mokAdminToken: { type: 'apiKey', in: 'header', name: 'X-Admin-User-Token', description: 'Admin API: the admin token' },
        documentsBearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Documents API token' },
        documentsOwner: { type: 'apiKey', in: 'header', name: 'x-auth-owner', description: 'Owner of the documents (required where the API says so)' },
      },
    },
  };
}

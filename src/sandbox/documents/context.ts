// What the Documents sandbox's handler modules share: the store, the validator and the host, and
// the lookups every handler starts with (org → template → major) returning either the value or
// the API's refusal.
import { createHmac } from 'node:crypto';
import type * as z from 'zod';
import { sameSchema } from '../../core/json/canonical';
import type { TemplateFileInput, TemplateLanguage, TemplateSourceInput } from '../../core/models/documents';
import { zodProblems } from '../../core/problems/fromZod';
import type { SchemaValidator } from '../../core/validation/ajv';
import { mdocError, mdocProblemsResponse } from '../errors';
import type { SandboxHost, SandboxRequest, SandboxResponse } from '../types';
import { apiTimestamp } from './clock';
import { editorConfigFor, languagesOf, placeholderHbs, versionString, type DocumentsStore, type OrgState, type StoredSource, type StoredTemplate, type StoredVersion } from './store';

export interface DocumentsContext {
  readonly store: DocumentsStore;
  /** Compiled structures stay cached across fills of the same version. */
  readonly validator: SchemaValidator;
  readonly host: SandboxHost;
}

export type Result<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

const DEFAULT_SUBJECT = 'sandbox@documents.local';
export const SOURCES_PREFIX = '/__sandbox/documents/sources';

export function badRequest(details: string, code = 'MDOC-400-INVALID-REQUEST'): SandboxResponse {
  return mdocError(400, code, 'BAD_REQUEST', details);
}

/** 404 naming what is missing (`MDOC-404-<WHAT>`). */
export function notFound(what: string, details: string): SandboxResponse {
  return mdocError(404, `MDOC-404-${what}`, 'NOT_FOUND', details);
}

export function conflict(what: string, details: string): SandboxResponse {
  return mdocError(409, `MDOC-409-${what}`, 'CONFLICT', details);
}

/** A step the resource's current state does not allow: 409 naming the state and what would. */
export function wrongState(what: string, state: string, action: string, allowed: readonly string[]): SandboxResponse {
  return conflict('STATE', `${what} is ${state}; ${action} needs it ${allowed.join(' or ')}.`);
}

/** "resource is not longer available": deleted documents, expired links. */
export function gone(details: string): SandboxResponse {
  return mdocError(410, 'MDOC-410', 'GONE', details);
}

/** A record of the org a request names, by the path parameter `param`, or the API's 404. */
export function recordOf<T>(
  ctx: DocumentsContext,
  req: SandboxRequest,
  param: string,
  pick: (org: OrgState) => ReadonlyMap<string, T>,
  missing: (id: string) => SandboxResponse,
): Result<{ org: OrgState; record: T; id: string }> {
  const org = orgOf(ctx, req);
  if (!org.ok) return org;
  const id = req.params[param] ?? '';
  const record = pick(org.value).get(id);
  if (record === undefined) return { ok: false, response: missing(id) };
  return { ok: true, value: { org: org.value, record, id } };
}

/** The request's `x-auth-owner`, normalised as the API stores owners. */
export function ownerOf(req: SandboxRequest): string | undefined {
  const owner = header(req, 'x-auth-owner');
  return owner === undefined ? undefined : owner.toLowerCase();
}

/**
 * A page of a PDF-template family list (`page` from 0, `pageSize` default 50), newest first. With
 * neither parameter the whole list is one page, as the document says of sections and templates.
 */
export function pageOf<T extends { creationDate: string }>(req: SandboxRequest, items: Iterable<T>): Result<{ totalResults: number; currentPage: number; items: T[] }> {
  // The router has checked page and pageSize against the catalogue's query model.
  const pageRaw = req.query.get('page');
  const sizeRaw = req.query.get('pageSize');
  const all = [...items].sort((a, b) => b.creationDate.localeCompare(a.creationDate));
  if (pageRaw === null && sizeRaw === null) return { ok: true, value: { totalResults: all.length, currentPage: 0, items: all } };
  const page = Number(pageRaw ?? 0);
  const size = Number(sizeRaw ?? 50);
  return { ok: true, value: { totalResults: all.length, currentPage: page, items: all.slice(page * size, page * size + size) } };
}

/** Changelog entries by their target version, newest first ("2.0" before "1.10" before "1.9"). */
export function newestFirst<T extends { to: string }>(entries: readonly T[]): T[] {
  const order = (v: string) => v.split('.').map(Number);
  return [...entries].sort((a, b) => {
    const [am = 0, an = 0] = order(a.to);
    const [bm = 0, bn = 0] = order(b.to);
    return bm - am || bn - an;
  });
}

/**
 * A short-lived token the sandbox signs (HS256 with its URL key): the `x-access-token` of validated
 * identifications and securize's `web_component_token`.
 */
export function sandboxJwt(ctx: DocumentsContext, claims: Record<string, unknown>, ttlSeconds: number): string {
  const iat = Math.floor(ctx.host.now().getTime() / 1000);
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'mok-sandbox', iat, exp: iat + ttlSeconds, ...claims })}`;
  return `${unsigned}.${createHmac('sha256', ctx.store.urlKey).update(unsigned).digest('base64url')}`;
}

/** Now, and as the API writes timestamps. */
export function clockOf(ctx: DocumentsContext): { now: Date; ms: number; stamp: string } {
  const now = ctx.host.now();
  return { now, ms: now.getTime(), stamp: apiTimestamp(now) };
}

/** A body its model refuses: one MDOC error per problem, `details` = `<pointer>: <message>`. */
export function invalidBody(error: z.ZodError, req: SandboxRequest): SandboxResponse {
  return mdocProblemsResponse(400, zodProblems(error, uploadBody(req)), () => 'MDOC-400-INVALID-REQUEST');
}

export function header(req: SandboxRequest, name: string): string | undefined {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s?.trim() || undefined;
}

export function wholeNumber(raw: string | undefined, what: string): Result<number> {
  if (raw === undefined || !/^\d+$/.test(raw)) return { ok: false, response: badRequest(`${what} must be a whole number, got ${JSON.stringify(raw ?? '')}`) };
  return { ok: true, value: Number(raw) };
}

export function orgOf(ctx: DocumentsContext, req: SandboxRequest): Result<OrgState> {
  const name = req.params['org'];
  const org = ctx.store.org(name);
  if (!org) return { ok: false, response: mdocError(404, 'MDOC-404-ORG', 'NOT_FOUND', `Organization ${JSON.stringify(name ?? '')} does not exist. Use masmovil or yoigo.`) };
  return { ok: true, value: org };
}

export function templateOf(org: OrgState, req: SandboxRequest): Result<StoredTemplate> {
  const id = req.params['id'] ?? '';
  const t = org.templates.get(id);
  if (!t) return { ok: false, response: mdocError(404, 'MDOC-404-TEMPLATE', 'NOT_FOUND', `Dynamic template "${id}" not found.`) };
  return { ok: true, value: t };
}

export function majorOf(t: StoredTemplate, req: SandboxRequest): Result<number> {
  const m = wholeNumber(req.params['major'], 'major');
  if (!m.ok) return m;
  if (!t.versions.some((v) => v.major === m.value)) {
    return { ok: false, response: mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.externalId}" has no major version ${m.value}.`) };
  }
  return m;
}

/** The org and dynamic template a request names (`{org}`, `{id}`). */
export function templateTarget(ctx: DocumentsContext, req: SandboxRequest): Result<{ org: OrgState; template: StoredTemplate }> {
  const org = orgOf(ctx, req);
  if (!org.ok) return org;
  const template = templateOf(org.value, req);
  if (!template.ok) return template;
  return { ok: true, value: { org: org.value, template: template.value } };
}

/** The org, dynamic template and existing major a request names (`{org}`, `{id}`, `{major}`). */
export function majorTarget(ctx: DocumentsContext, req: SandboxRequest): Result<{ org: OrgState; template: StoredTemplate; major: number }> {
  const target = templateTarget(ctx, req);
  if (!target.ok) return target;
  const major = majorOf(target.value.template, req);
  if (!major.ok) return major;
  return { ok: true, value: { ...target.value, major: major.value } };
}

/**
 * A body read with its model (JSON or the multipart parse), or the 400 listing every problem.
 * `optional`: an empty body reads as `{}` (operations whose body fields are all optional).
 */
export function parseUpload<T>(schema: z.ZodType<T>, req: SandboxRequest, optional = false): Result<T> {
  const body = uploadBody(req) ?? (optional ? {} : undefined);
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: invalidBody(parsed.error, req) };
}

/** What a lookup found (its refusal first) and the request's body read with `schema`. */
export function withBody<R, T>(found: Result<R>, schema: z.ZodType<T>, req: SandboxRequest, optional = false): Result<{ target: R; body: T }> {
  if (!found.ok) return found;
  const body = parseUpload(schema, req, optional);
  return body.ok ? { ok: true, value: { target: found.value, body: body.value } } : body;
}

/** Where a source is served, named as the document shows it: `…/v1.1_es.html` and `…/v1.1_es.json`. */
function sourceUrl(ctx: DocumentsContext, org: string, t: StoredTemplate, v: StoredVersion, language: string, ext: 'html' | 'json'): string {
  const base = ctx.host.baseUrl().replace(/\/+$/, '');
  return `${base}${SOURCES_PREFIX}/${encodeURIComponent(org)}/${encodeURIComponent(t.externalId)}/v${v.major}.${v.minor}_${language.toLowerCase()}.${ext}`;
}

export function summary(t: StoredTemplate, v: StoredVersion): Record<string, unknown> {
  return {
    external_id: t.externalId,
    description: v.description,
    version: versionString(v),
    default_language: v.defaultLanguage,
    languages: languagesOf(v),
    tags: [...v.tags],
    creation_date: v.creationDate,
  };
}

export function detail(ctx: DocumentsContext, org: string, t: StoredTemplate, v: StoredVersion): Record<string, unknown> {
  return {
    ...summary(t, v),
    structure: structuredClone(v.structure),
    sources: v.sources.map((s) => ({
      language: s.language,
      template_url: sourceUrl(ctx, org, t, v, s.language, 'html'),
      editor_config_url: sourceUrl(ctx, org, t, v, s.language, 'json'),
      engine_version: s.engineVersion,
    })),
  };
}

type Built = { structure: Record<string, unknown>; sources: StoredSource[] };
type FirstVersionMetadata = { description: string; default_language: TemplateLanguage; tags?: string[] | undefined; sources: TemplateSourceInput[] };

/**
 * The upload of a template's first version or of a new major: its model, sources that agree on one
 * valid structure, and a source in the default language.
 */
export function parseFirstVersion<M extends FirstVersionMetadata>(
  ctx: DocumentsContext,
  schema: z.ZodType<{ metadata: M; files?: TemplateFileInput[] | undefined }>,
  req: SandboxRequest,
): Result<{ metadata: M; built: Built }> {
  const parsed = parseUpload(schema, req);
  if (!parsed.ok) return parsed;
  const { metadata, files } = parsed.value;
  const built = buildSources(ctx, metadata.sources, files);
  if (!built.ok) return built;
  if (!metadata.sources.some((s) => s.language === metadata.default_language)) {
    return { ok: false, response: badRequest(`metadata.default_language ${metadata.default_language} has no source; sources: ${metadata.sources.map((s) => s.language).join(', ')}`) };
  }
  return { ok: true, value: { metadata, built: built.value } };
}

/** A first version of a template or of a new major, from its metadata and checked sources. */
export function versionFrom(
  major: number,
  metadata: { description: string; default_language: TemplateLanguage; tags?: readonly string[] | undefined },
  built: Built,
  now: Date,
): StoredVersion {
  return {
    major,
    minor: 0,
    description: metadata.description,
    defaultLanguage: metadata.default_language,
    tags: [...(metadata.tags ?? [])],
    creationDate: apiTimestamp(now),
    structure: built.structure,
    sources: built.sources,
  };
}

/** Who made a change, for the changelog's `subject`. */
export function subject(req: SandboxRequest): string {
  return header(req, 'x-auth-owner') ?? DEFAULT_SUBJECT;
}

/** Metadata + files from a JSON body or the server's multipart parse (`{metadata, files}`). */
export function uploadBody(req: SandboxRequest): unknown {
  if (req.body !== undefined) return req.body;
  const text = req.rawBody.toString('utf8').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fileContents(files: readonly TemplateFileInput[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files ?? []) if (typeof f !== 'string') out.set(f.name, f.content);
  return out;
}


/** Checks sources agree on one valid structure and turns them into stored sources. */
export function buildSources(ctx: DocumentsContext, sources: readonly TemplateSourceInput[], files: readonly TemplateFileInput[] | undefined): Result<{ structure: Record<string, unknown>; sources: StoredSource[] }> {
  const first = sources[0];
  if (!first) return { ok: false, response: badRequest('metadata.sources: at least one source is required') };
  const langs = sources.map((s) => s.language);
  const dup = langs.find((l, i) => langs.indexOf(l) !== i);
  if (dup) return { ok: false, response: badRequest(`metadata.sources: language ${dup} appears more than once`) };
  const odd = sources.find((s) => !sameSchema(s.structure, first.structure));
  if (odd) {
    return { ok: false, response: badRequest(`metadata.sources: the structure of ${odd.language} differs from ${first.language}; all sources of a version share one structure`, 'MDOC-400-INVALID-STRUCTURE') };
  }
  const compiled = ctx.validator.compile(first.structure);
  if (!compiled.ok) return { ok: false, response: badRequest(`metadata.sources[].structure is not a valid JSON Schema 2020-12: ${compiled.message}`, 'MDOC-400-INVALID-STRUCTURE') };
  const contents = fileContents(files);
  const structure = structuredClone(first.structure);
  const stored = sources.map((s): StoredSource => {
    // Kept as sent, byte for byte: the real API stores the files opaquely.
    const editorConfig = contents.get(s.editor_config_part_name) ?? editorConfigFor(structure, s.language, s.engine_version);
    return { language: s.language, engineVersion: s.engine_version, hbs: contents.get(s.template_part_name) ?? placeholderHbs(structure, s.language), editorConfig };
  });
  return { ok: true, value: { structure, sources: stored } };
}



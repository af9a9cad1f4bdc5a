// The Documents API fake: one handler per catalogue operation (dynamic templates + fill process)
// over DocumentsStore, plus raw routes that serve the HBS sources and editor configs the
// `template_url`s point at, and the filled documents. Behaviour follows seed 003; where it is
// silent the choices are documented next to the code (see also api-notes.md).
//
// MDOC codes used here (the seed only shows "MDOC-XXX"):
//   MDOC-400-INVALID-REQUEST   body/query/path does not match the API contract
//   MDOC-400-INVALID-STRUCTURE the template structure is not a valid JSON Schema / sources disagree
//   MDOC-400-LANGUAGE          fill language not available in the template version
//   MDOC-400-SCHEMA-*          fields_values do not match the structure (core/validation/mdoc.ts)
//   MDOC-404-ORG | MDOC-404-TEMPLATE | MDOC-404-VERSION | MDOC-404-FILL-PROCESS
//   MDOC-409-EXTERNAL-ID       external_id already exists
//   MDOC-409-BREAKING-CHANGE   a new minor changes the structure, the default language or drops a language
//   MDOC-409-NOT-LATEST-MAJOR  only the latest major can be deleted
//   MDOC-409-BASE-VERSION      X.0 can't be deleted as a minor
//
// Fill outcome: FAILED when `document.name` is "FAIL" or starts with "FAIL_" (case-insensitive);
// COMPLETED otherwise. Timing: CREATED → PROCESSING after 200 ms → final after 1 s (high priority:
// 100 ms / 600 ms), computed from host.now() when read.
import type { z } from 'zod';
import type { Handler, SandboxHost, SandboxRequest, SandboxResponse } from '../types';
import { mdocError } from '../types';
import {
  createTemplateBody,
  fillRequest,
  newMajorBody,
  newMinorBody,
  templateDocumentTag,
  type TemplateFileInput,
  type TemplateLanguage,
  type TemplateSourceInput,
} from '../../core/models/documents';
import { DEFAULT_TEMPLATES_PAGE_SIZE } from '../../core/catalogue/documents';
import { SchemaValidator, sameSchema } from '../../core/validation/ajv';
import { MDOC_ERROR_REF, toMdocErrors } from '../../core/validation/mdoc';
import {
  DocumentsStore,
  apiTimestamp,
  editorConfigFor,
  fillState,
  languagesOf,
  latestOfMajor,
  latestVersion,
  majorsOf,
  minorsOf,
  placeholderHbs,
  versionString,
  type OrgState,
  type StoredFill,
  type StoredSource,
  type StoredTemplate,
  type StoredVersion,
} from './store';

export interface DocumentsSandboxOptions {
  /** A store to share (tests); a fresh seeded one otherwise. */
  store?: DocumentsStore;
}

export interface DocumentsSandbox {
  handlers: Record<string, Handler>;
  reset(): void;
  rawRoutes: Array<{ method: string; path: string; handle: Handler }>;
  store: DocumentsStore;
}

const SOURCES_PREFIX = '/__sandbox/documents/sources';
const FILLED_PREFIX = '/__sandbox/documents/filled';
const DEFAULT_SUBJECT = 'sandbox@documents.local';
const DEFAULT_ORIGIN = 'sandbox';

type Result<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

function badRequest(details: string, code = 'MDOC-400-INVALID-REQUEST'): SandboxResponse {
  return mdocError(400, code, 'BAD_REQUEST', details);
}

function mdocErrors(status: number, errors: Array<{ code: string; title: string; details: string }>): SandboxResponse {
  return { status, body: { errors: errors.map((e) => ({ ...e, ref: MDOC_ERROR_REF })) } };
}

function zodErrors(prefix: string, error: z.ZodError): SandboxResponse {
  return mdocErrors(
    400,
    error.issues.map((i) => ({
      code: 'MDOC-400-INVALID-REQUEST',
      title: 'BAD_REQUEST',
      details: `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || 'body'}: ${i.message}`,
    })),
  );
}

function header(req: SandboxRequest, name: string): string | undefined {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s?.trim() || undefined;
}

function wholeNumber(raw: string | undefined, what: string): Result<number> {
  if (raw === undefined || !/^\d+$/.test(raw)) return { ok: false, response: badRequest(`${what} must be a whole number, got ${JSON.stringify(raw ?? '')}`) };
  return { ok: true, value: Number(raw) };
}

export function createDocumentsSandbox(host: SandboxHost, options: DocumentsSandboxOptions = {}): DocumentsSandbox {
  const store = options.store ?? new DocumentsStore();
  // The sandbox's own validator: compiled structures stay cached across fills of the same version.
  const validator = new SchemaValidator();

  const now = (): Date => host.now();
  const base = (): string => host.baseUrl().replace(/\/+$/, '');

  function orgOf(req: SandboxRequest): Result<OrgState> {
    const name = req.params['org'];
    const org = store.org(name);
    if (!org) return { ok: false, response: mdocError(404, 'MDOC-404-ORG', 'NOT_FOUND', `Organization ${JSON.stringify(name ?? '')} does not exist. Use masmovil or yoigo.`) };
    return { ok: true, value: org };
  }

  function templateOf(org: OrgState, req: SandboxRequest): Result<StoredTemplate> {
    const id = req.params['id'] ?? '';
    const t = org.templates.get(id);
    if (!t) return { ok: false, response: mdocError(404, 'MDOC-404-TEMPLATE', 'NOT_FOUND', `Dynamic template "${id}" not found.`) };
    return { ok: true, value: t };
  }

  function majorOf(t: StoredTemplate, req: SandboxRequest): Result<number> {
    const m = wholeNumber(req.params['major'], 'major');
    if (!m.ok) return m;
    if (!t.versions.some((v) => v.major === m.value)) {
      return { ok: false, response: mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.externalId}" has no major version ${m.value}.`) };
    }
    return m;
  }

  function sourceUrl(org: string, t: StoredTemplate, v: StoredVersion, language: string, ext: 'hbs' | 'json'): string {
    return `${base()}${SOURCES_PREFIX}/${encodeURIComponent(org)}/${encodeURIComponent(t.externalId)}/${v.major}/${v.minor}/${language}.${ext}`;
  }

  function summary(t: StoredTemplate, v: StoredVersion): Record<string, unknown> {
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

  function detail(org: string, t: StoredTemplate, v: StoredVersion): Record<string, unknown> {
    return {
      ...summary(t, v),
      structure: structuredClone(v.structure),
      sources: v.sources.map((s) => ({
        language: s.language,
        template_url: sourceUrl(org, t, v, s.language, 'hbs'),
        editor_config_url: sourceUrl(org, t, v, s.language, 'json'),
        engine_version: s.engineVersion,
      })),
    };
  }

  function subject(req: SandboxRequest): string {
    return header(req, 'x-auth-owner') ?? DEFAULT_SUBJECT;
  }

  /** Metadata + files from a JSON body or the server's multipart parse (`{metadata, files}`). */
  function uploadBody(req: SandboxRequest): unknown {
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
  function buildSources(sources: readonly TemplateSourceInput[], files: readonly TemplateFileInput[] | undefined): Result<{ structure: Record<string, unknown>; sources: StoredSource[] }> {
    const first = sources[0];
    if (!first) return { ok: false, response: badRequest('metadata.sources: at least one source is required') };
    const langs = sources.map((s) => s.language);
    const dup = langs.find((l, i) => langs.indexOf(l) !== i);
    if (dup) return { ok: false, response: badRequest(`metadata.sources: language ${dup} appears more than once`) };
    const odd = sources.find((s) => !sameSchema(s.structure, first.structure));
    if (odd) {
      return { ok: false, response: badRequest(`metadata.sources: the structure of ${odd.language} differs from ${first.language}; all sources of a version share one structure`, 'MDOC-400-INVALID-STRUCTURE') };
    }
    const compiled = validator.compile(first.structure);
    if (!compiled.ok) return { ok: false, response: badRequest(`metadata.sources[].structure is not a valid JSON Schema 2020-12: ${compiled.message}`, 'MDOC-400-INVALID-STRUCTURE') };
    const contents = fileContents(files);
    const structure = structuredClone(first.structure);
    const stored = sources.map((s): StoredSource => {
      let editorConfig = editorConfigFor(structure, s.language, s.engine_version);
      const cfg = contents.get(s.editor_config_part_name);
      if (cfg !== undefined) {
        try {
          const parsed: unknown = JSON.parse(cfg);
          if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) editorConfig = { ...parsed };
        } catch {
          // An unreadable editor config is kept as generated: the real API stores files opaquely.
        }
      }
      return { language: s.language, engineVersion: s.engine_version, hbs: contents.get(s.template_part_name) ?? placeholderHbs(structure, s.language), editorConfig };
    });
    return { ok: true, value: { structure, sources: stored } };
  }

  // ---- handlers ---------------------------------------------------------------------------

  const list: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const pageRaw = req.query.get('page');
    const sizeRaw = req.query.get('page_size');
    if (pageRaw !== null && !/^\d+$/.test(pageRaw)) return badRequest(`page must be a whole number ≥ 0, got ${JSON.stringify(pageRaw)}`);
    if (sizeRaw !== null && !/^[1-9]\d*$/.test(sizeRaw)) return badRequest(`page_size must be a whole number ≥ 1, got ${JSON.stringify(sizeRaw)}`);
    const page = pageRaw === null ? 0 : Number(pageRaw);
    const pageSize = sizeRaw === null ? DEFAULT_TEMPLATES_PAGE_SIZE : Number(sizeRaw);
    const externalId = req.query.get('external_id');
    const rows: Array<{ t: StoredTemplate; v: StoredVersion }> = [];
    for (const t of org.value.templates.values()) {
      if (externalId !== null && externalId !== '' && t.externalId !== externalId) continue;
      for (const major of majorsOf(t)) {
        const v = latestOfMajor(t, major);
        if (v) rows.push({ t, v });
      }
    }
    rows.sort((a, b) => b.v.creationDate.localeCompare(a.v.creationDate) || a.t.externalId.localeCompare(b.t.externalId) || b.v.major - a.v.major);
    const slice = rows.slice(page * pageSize, page * pageSize + pageSize);
    return { status: 200, body: { page, page_size: pageSize, templates: slice.map((r) => summary(r.t, r.v)) } };
  };

  /** Create and new major must ship a source in their default language. */
  const defaultLanguageProblem = (metadata: { default_language: string; sources: readonly { language: string }[] }): SandboxResponse | undefined =>
    metadata.sources.some((s) => s.language === metadata.default_language)
      ? undefined
      : badRequest(`metadata.default_language ${metadata.default_language} has no source; sources: ${metadata.sources.map((s) => s.language).join(', ')}`);

  const create: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const parsed = createTemplateBody.safeParse(uploadBody(req));
    if (!parsed.success) return zodErrors('', parsed.error);
    const { metadata, files } = parsed.data;
    const built = buildSources(metadata.sources, files);
    if (!built.ok) return built.response;
    const noDefault = defaultLanguageProblem(metadata);
    if (noDefault) return noDefault;
    if (org.value.templates.has(metadata.external_id)) {
      return mdocError(409, 'MDOC-409-EXTERNAL-ID', 'CONFLICT', `A dynamic template with external_id "${metadata.external_id}" already exists. Create a new version instead.`);
    }
    const created = apiTimestamp(now());
    const v: StoredVersion = {
      major: 1,
      minor: 0,
      description: metadata.description,
      defaultLanguage: metadata.default_language,
      tags: [...(metadata.tags ?? [])],
      creationDate: created,
      structure: built.value.structure,
      sources: built.value.sources,
    };
    const t: StoredTemplate = { externalId: metadata.external_id, versions: [v], changelog: [{ from: null, to: '1.0', onDate: created, changelog: 'Initial version', subject: subject(req) }] };
    org.value.templates.set(t.externalId, t);
    return { status: 201, body: summary(t, v) };
  };

  const versions: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    return { status: 200, body: { templates: minorsOf(t.value, major.value).map((v) => detail(req.params['org'] ?? '', t.value, v)) } };
  };

  const minor: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const mi = wholeNumber(req.params['minor'], 'minor');
    if (!mi.ok) return mi.response;
    const v = t.value.versions.find((x) => x.major === major.value && x.minor === mi.value);
    if (!v) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.value.externalId}" has no version ${major.value}.${mi.value}.`);
    return { status: 200, body: detail(req.params['org'] ?? '', t.value, v) };
  };

  const newMinor: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const parsed = newMinorBody.safeParse(uploadBody(req));
    if (!parsed.success) return zodErrors('', parsed.error);
    const { metadata, files } = parsed.data;
    const current = latestOfMajor(t.value, major.value);
    if (!current) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.value.externalId}" has no major version ${major.value}.`);
    const built = buildSources(metadata.sources, files);
    if (!built.ok) return built.response;
    const breaking = (why: string): SandboxResponse =>
      mdocError(409, 'MDOC-409-BREAKING-CHANGE', 'CONFLICT', `Breaking changes detected (${why}). Use POST /dynamic_templates/${t.value.externalId}/versions to create a new major version instead.`);
    if (!sameSchema(built.value.structure, current.structure)) return breaking(`the structure differs from version ${versionString(current)}`);
    if (metadata.default_language !== undefined && metadata.default_language !== current.defaultLanguage) {
      return breaking(`default_language changes from ${current.defaultLanguage} to ${metadata.default_language}`);
    }
    // Sources not sent are kept: a minor adds or updates languages, it never removes one.
    const byLang = new Map<TemplateLanguage, StoredSource>(current.sources.map((s) => [s.language, s]));
    for (const s of built.value.sources) byLang.set(s.language, s);
    const v: StoredVersion = {
      major: current.major,
      minor: Math.max(...minorsOf(t.value, current.major).map((x) => x.minor)) + 1,
      description: metadata.description ?? current.description,
      defaultLanguage: current.defaultLanguage,
      tags: metadata.tags ? [...metadata.tags] : [...current.tags],
      creationDate: apiTimestamp(now()),
      structure: structuredClone(current.structure),
      sources: [...byLang.values()],
    };
    t.value.versions.push(v);
    t.value.changelog.push({ from: versionString(current), to: versionString(v), onDate: v.creationDate, changelog: metadata.changelog, subject: subject(req) });
    return { status: 200, body: summary(t.value, v) };
  };

  const newMajor: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const parsed = newMajorBody.safeParse(uploadBody(req));
    if (!parsed.success) return zodErrors('', parsed.error);
    const { metadata, files } = parsed.data;
    const built = buildSources(metadata.sources, files);
    if (!built.ok) return built.response;
    const noDefault = defaultLanguageProblem(metadata);
    if (noDefault) return noDefault;
    const previous = latestVersion(t.value);
    const v: StoredVersion = {
      major: Math.max(0, ...t.value.versions.map((x) => x.major)) + 1,
      minor: 0,
      description: metadata.description,
      defaultLanguage: metadata.default_language,
      tags: [...(metadata.tags ?? [])],
      creationDate: apiTimestamp(now()),
      structure: built.value.structure,
      sources: built.value.sources,
    };
    t.value.versions.push(v);
    t.value.changelog.push({ from: previous ? versionString(previous) : null, to: versionString(v), onDate: v.creationDate, changelog: metadata.changelog, subject: subject(req) });
    return { status: 201, body: summary(t.value, v) };
  };

  const deleteMajor: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const highest = majorsOf(t.value)[0];
    if (major.value !== highest) {
      return mdocError(409, 'MDOC-409-NOT-LATEST-MAJOR', 'CONFLICT', `Cannot delete major ${major.value}: only the latest major version (${highest ?? '?'}) can be deleted.`);
    }
    const removed = new Set(minorsOf(t.value, major.value).map(versionString));
    t.value.versions = t.value.versions.filter((v) => v.major !== major.value);
    t.value.changelog = t.value.changelog.filter((c) => !removed.has(c.to));
    // Deleting the only major leaves nothing to serve: the template (and its external_id) goes.
    if (!t.value.versions.length) org.value.templates.delete(t.value.externalId);
    return { status: 204 };
  };

  const deleteMinor: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const latest = latestOfMajor(t.value, major.value);
    if (!latest || latest.minor === 0) {
      return mdocError(409, 'MDOC-409-BASE-VERSION', 'CONFLICT', `Cannot delete base version ${major.value}.0 (or the only minor version of major ${major.value}); delete the major instead.`);
    }
    t.value.versions = t.value.versions.filter((v) => v !== latest);
    t.value.changelog = t.value.changelog.filter((c) => c.to !== versionString(latest));
    return { status: 204 };
  };

  const changelog: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const order = (s: string): number[] => s.split('.').map(Number);
    const entries = [...t.value.changelog].sort((a, b) => {
      const [am = 0, an = 0] = order(a.to);
      const [bm = 0, bn = 0] = order(b.to);
      return bm - am || bn - an;
    });
    return {
      status: 200,
      body: { changelog_history: entries.map((c) => ({ from_version: c.from, to_version: c.to, on_date: c.onDate, changelog: c.changelog, subject: c.subject })) },
    };
  };

  const fill: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const v = latestOfMajor(t.value, major.value);
    if (!v) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.value.externalId}" has no major version ${major.value}.`);
    const parsed = fillRequest.safeParse(req.body);
    if (!parsed.success) return zodErrors('', parsed.error);
    const body = parsed.data;
    if (!languagesOf(v).includes(body.language)) {
      return badRequest(`language ${body.language} is not available in ${t.value.externalId} ${versionString(v)} (available: ${languagesOf(v).join(', ')})`, 'MDOC-400-LANGUAGE');
    }
    const result = validator.validate(v.structure, body.fields_values);
    if (!result.valid) return mdocErrors(400, toMdocErrors(result));
    const created = now();
    const version = versionString(v);
    const tag = templateDocumentTag(t.value.externalId, version);
    const tags = [...new Set([...(body.document.tags ?? []), tag])];
    const fails = /^fail(_|$)/i.test(body.document.name);
    const origin = header(req, 'fill-process-origin') ?? DEFAULT_ORIGIN;
    const record: StoredFill = {
      id: store.newId(),
      createdAtMs: created.getTime(),
      template: { externalId: t.value.externalId, major: v.major, minor: v.minor },
      language: body.language,
      documentName: body.document.name,
      documentTags: tags,
      fieldsValues: structuredClone(body.fields_values),
      priority: body.fill_priority ?? 'low',
      origin,
      outcome: fails ? 'FAILED' : 'COMPLETED',
      ...(fails ? { errorMessage: `Rendering of "${body.document.name}" failed: simulated failure (document.name "FAIL" triggers it in the sandbox).` } : {}),
      filledDocumentId: store.newId(),
    };
    org.value.fills.set(record.id, record);
    return { status: 202, headers: { 'fill-process-origin': origin }, body: { fill_process_id: record.id } };
  };

  function fillBody(f: StoredFill): Record<string, unknown> {
    const state = fillState(f, now());
    return {
      fill_process_id: f.id,
      status: state.status,
      ...(state.status === 'COMPLETED' ? { filled_document_id: f.filledDocumentId } : {}),
      creation_date: apiTimestamp(new Date(f.createdAtMs)),
      ...(state.finishDate ? { finish_date: apiTimestamp(state.finishDate) } : {}),
      template: { external_id: f.template.externalId, major_version: f.template.major, minor_version: f.template.minor },
      ...(state.status === 'FAILED' ? { error: { message: f.errorMessage ?? 'Fill failed.' } } : {}),
    };
  }

  const fillGet: Handler = (req) => {
    const org = orgOf(req);
    if (!org.ok) return org.response;
    const id = req.params['fill_process_id'] ?? '';
    const f = org.value.fills.get(id);
    if (!f) return mdocError(404, 'MDOC-404-FILL-PROCESS', 'NOT_FOUND', `Fill process "${id}" not found.`);
    return { status: 200, body: fillBody(f) };
  };

  // ---- raw routes ---------------------------------------------------------------------------

  function sourceOf(req: SandboxRequest): Result<StoredSource> {
    const org = orgOf(req);
    if (!org.ok) return org;
    const t = templateOf(org.value, req);
    if (!t.ok) return t;
    const major = wholeNumber(req.params['major'], 'major');
    if (!major.ok) return major;
    const mi = wholeNumber(req.params['minor'], 'minor');
    if (!mi.ok) return mi;
    const v = t.value.versions.find((x) => x.major === major.value && x.minor === mi.value);
    const s = v?.sources.find((x) => x.language === req.params['language']);
    if (!s) return { ok: false, response: mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `No ${req.params['language'] ?? ''} source for ${t.value.externalId} ${major.value}.${mi.value}.`) };
    return { ok: true, value: s };
  }

  const rawRoutes: DocumentsSandbox['rawRoutes'] = [
    {
      method: 'GET',
      path: `${SOURCES_PREFIX}/{org}/{id}/{major}/{minor}/{language}.hbs`,
      handle: (req) => {
        const s = sourceOf(req);
        if (!s.ok) return s.response;
        return { status: 200, headers: { 'content-type': 'text/x-handlebars-template; charset=utf-8' }, text: s.value.hbs };
      },
    },
    {
      method: 'GET',
      path: `${SOURCES_PREFIX}/{org}/{id}/{major}/{minor}/{language}.json`,
      handle: (req) => {
        const s = sourceOf(req);
        if (!s.ok) return s.response;
        return { status: 200, body: s.value.editorConfig };
      },
    },
    {
      method: 'GET',
      path: `${FILLED_PREFIX}/{org}/{document_id}`,
      handle: (req) => {
        const org = orgOf(req);
        if (!org.ok) return org.response;
        const id = req.params['document_id'];
        const f = [...org.value.fills.values()].find((x) => x.filledDocumentId === id && fillState(x, now()).status === 'COMPLETED');
        if (!f) return mdocError(404, 'MDOC-404-DOCUMENT', 'NOT_FOUND', `Filled document "${id ?? ''}" not found (or its fill has not completed yet).`);
        return {
          status: 200,
          body: {
            id: f.filledDocumentId,
            name: f.documentName,
            tags: [...f.documentTags],
            language: f.language,
            fill_process_id: f.id,
            origin: f.origin,
            template: { external_id: f.template.externalId, major_version: f.template.major, minor_version: f.template.minor },
            fields_values: structuredClone(f.fieldsValues),
          },
        };
      },
    },
  ];

  return {
    handlers: {
      'templates.list': list,
      'templates.create': create,
      'templates.versions': versions,
      'templates.minor': minor,
      'templates.newMinor': newMinor,
      'templates.newMajor': newMajor,
      'templates.deleteMajor': deleteMajor,
      'templates.deleteMinor': deleteMinor,
      'templates.changelog': changelog,
      'templates.fill': fill,
      'fillProcess.get': fillGet,
    },
    reset: () => store.reset(),
    rawRoutes,
    store,
  };
}


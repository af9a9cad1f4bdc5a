// Filling a dynamic template and reading the fill process (Documents API document, "Fill
// process"): fields_values checked against the version's structure (400 with MDOC errors, each
// `details` being `/fields_values/<pointer>: <message>`), then CREATED → PROCESSING → COMPLETED or
// FAILED, computed from the clock when read. A completed fill's document is a stored document
// (a PDF of the values) from the moment the process completes. `fill-process-origin` defaults to
// the token's audience, as the document says.
import { fillRequest, templateDocumentTag } from '../../core/models/documents';
import { schemaProblems } from '../../core/problems/fromAjv';
import type { Problem } from '../../core/problems/problem';
import { documentsAudience } from '../auth';
import { mdocError, mdocProblemsResponse } from '../errors';
import type { Handler } from '../types';
import { pdfDocument } from './binary';
import { badRequest, header, orgOf, ownerOf, type DocumentsContext, majorTarget, parseUpload } from './context';
import { putDocument } from './state/documents';
import { apiTimestamp, FILL_TIMING, fillState, languagesOf, latestOfMajor, versionString, type StoredFill } from './store';

/** `KEY: value` lines of nested fields_values, for the filled document. */
function valueLines(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => valueLines(v, `${prefix}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => valueLines(v, prefix ? `${prefix}.${k}` : k));
  return [`${prefix}: ${String(value)}`];
}

/**
 * MDOC codes of a fill refused for its data (the document only shows "MDOC-XXX", so these are
 * ours, stable and listed in docs/decisions.md).
 */
export function mdocSchemaCode(p: Problem): string {
  switch (p.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'MDOC-400-SCHEMA-REQUIRED';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'MDOC-400-SCHEMA-UNKNOWN-FIELD';
    case 'type':
      return 'MDOC-400-SCHEMA-TYPE';
    case 'enum':
    case 'const':
      return 'MDOC-400-SCHEMA-VALUE';
    case 'format':
      return 'MDOC-400-SCHEMA-FORMAT';
    case 'oneOf':
    case 'anyOf':
      return 'MDOC-400-SCHEMA-ALTERNATIVE';
    case 'schema':
      return 'MDOC-400-SCHEMA-INVALID';
    default:
      return 'MDOC-400-SCHEMA';
  }
}

export function fillHandlers(ctx: DocumentsContext) {
  const fill: Handler = (req) => {
    const target = majorTarget(ctx, req);
    if (!target.ok) return target.response;
    const { org, template, major } = target.value;
    const v = latestOfMajor(template, major);
    if (!v) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${template.externalId}" has no major version ${major}.`);
    const parsed = parseUpload(fillRequest, req);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    if (!languagesOf(v).includes(body.language)) {
      return badRequest(`language ${body.language} is not available in ${template.externalId} ${versionString(v)} (available: ${languagesOf(v).join(', ')})`, 'MDOC-400-LANGUAGE');
    }
    const result = ctx.validator.validate(v.structure, body.fields_values);
    if (!result.valid) return mdocProblemsResponse(400, schemaProblems(result.errors, '/fields_values'), mdocSchemaCode, 'INVALID_FIELDS_VALUES');
    const created = ctx.host.now();
    const version = versionString(v);
    const tag = templateDocumentTag(template.externalId, version);
    const tags = [...new Set([...(body.document.tags ?? []), tag])];
    const fails = /^fail(_|$)/i.test(body.document.name);
    const origin = header(req, 'fill-process-origin') ?? documentsAudience(req.headers);
    const record: StoredFill = {
      id: ctx.store.newId(),
      createdAtMs: created.getTime(),
      template: { externalId: template.externalId, major: v.major, minor: v.minor },
      language: body.language,
      documentName: body.document.name,
      documentTags: tags,
      fieldsValues: structuredClone(body.fields_values),
      priority: body.fill_priority ?? 'low',
      origin,
      outcome: fails ? 'FAILED' : 'COMPLETED',
      ...(fails ? { errorMessage: `Rendering of "${body.document.name}" failed: simulated failure (document.name "FAIL" triggers it in the sandbox).` } : {}),
      filledDocumentId: ctx.store.newId(),
    };
    org.fills.set(record.id, record);
    if (!fails) {
      putDocument(org, {
        id: record.filledDocumentId,
        name: body.document.name,
        extension: 'pdf',
        tags,
        owner: ownerOf(req) ?? null,
        content: pdfDocument({ title: `${body.document.name} (${template.externalId} v${version}, ${body.language})`, lines: valueLines(body.fields_values) }),
        createdAt: created,
        availableAtMs: created.getTime() + FILL_TIMING[record.priority].finishedAfterMs,
        source: `fill:${record.id}`,
      });
    }
    return { status: 202, headers: { 'fill-process-origin': origin }, body: { fill_process_id: record.id } };
  };

  function fillBody(f: StoredFill): Record<string, unknown> {
    const state = fillState(f, ctx.host.now());
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
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const id = req.params['fill_process_id'] ?? '';
    const f = org.value.fills.get(id);
    if (!f) return mdocError(404, 'MDOC-404-FILL-PROCESS', 'NOT_FOUND', `Fill process "${id}" not found.`);
    return { status: 200, body: fillBody(f) };
  };

  return { 'templates.fill': fill, 'fillProcess.get': fillGet } satisfies Record<string, Handler>;
}

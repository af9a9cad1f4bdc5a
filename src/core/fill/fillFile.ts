// Fill files (`*.mok-fill.json`): one fill request in a file, with the template version it is for.
//
//   {
//     "template": { "external_id": "factura_mensual", "major": 1, "minor": 1, "org": "masmovil" },
//     "language": "ES",
//     "document": { "name": "factura_2025_11_0001", "tags": ["DRAFT"] },
//     "fill_priority": "low",
//     "fields_values": { … }
//   }
//
// Everything but `template` is the fill endpoint's body, so the API document's fill example pastes
// in as it is. `minor` is optional: the fill endpoint takes the major and fills with its latest
// minor; a pinned minor is validated against that minor, with a warning when it is not the latest.
// `org` defaults to the environment's. This module checks the request part: the body's contract
// (errors), and the tag rules the API document gives for documents (warnings: the fill body does
// not state them).
import * as z from 'zod';
import { isJsonObject } from '../json/canonical';
import { english, msg, type Localizer } from '../l10n';
import { EXTERNAL_ID_PATTERN, MAX_TEMPLATE_TAGS, fillPriority, templateLanguage } from '../models/documents';
import { zodProblems } from '../problems/fromZod';
import type { Problem } from '../problems/problem';
import { quote } from '../wording/values';

export const FILL_FILE_SUFFIX = '.mok-fill.json';

export interface TemplateRef {
  externalId: string;
  major: number;
  /** Pinned minor; undefined = the latest minor of the major (what the fill endpoint uses). */
  minor?: number;
  org?: string;
}

const templateBinding = z
  .object({
    external_id: z.string().regex(EXTERNAL_ID_PATTERN, msg('external_id may only contain lowercase letters, digits and underscores')),
    major: z.number().int().min(1),
    minor: z.number().int().min(0).optional(),
    org: z.string().regex(/^[a-z0-9_-]+$/, msg('org is the tenant id, like "masmovil"')).optional(),
  })
  .strict();

/** The fill file as a model: the fill body plus `template`. */
export const fillFileModel = z
  .object({
    template: templateBinding.optional(),
    language: templateLanguage,
    document: z.object({ name: z.string().min(1, msg('document.name must not be empty')), tags: z.array(z.string()).optional() }).strict(),
    fields_values: z.record(z.string(), z.unknown()),
    fill_priority: fillPriority.optional(),
  })
  .strict();

/** The members of a fill file, in the order scaffolds write them. */
export const FILL_FILE_KEYS = ['template', 'language', 'document', 'fill_priority', 'fields_values'] as const;

/** A fill file by name, or a JSON object shaped like a fill request (`fields_values` plus request members). */
export function isFillDocument(value: unknown, fileName = ''): boolean {
  if (fileName.endsWith(FILL_FILE_SUFFIX)) return true;
  return isJsonObject(value) && 'fields_values' in value && ('template' in value || 'language' in value || 'document' in value);
}

/** The template a fill file names (undefined when `template` is missing or malformed). */
export function templateRefOf(value: unknown): TemplateRef | undefined {
  if (!isJsonObject(value)) return undefined;
  const parsed = templateBinding.safeParse(value['template']);
  if (!parsed.success) return undefined;
  const t = parsed.data;
  return { externalId: t.external_id, major: t.major, ...(t.minor !== undefined ? { minor: t.minor } : {}), ...(t.org !== undefined ? { org: t.org } : {}) };
}

/** `factura_mensual@1` or `factura_mensual@1.2` (a CLI argument) → a reference; undefined if malformed. */
export function parseTemplateRef(text: string): TemplateRef | undefined {
  const m = /^([a-z0-9_]+)@(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { externalId: m[1], major: Number(m[2]), ...(m[3] !== undefined ? { minor: Number(m[3]) } : {}) };
}

/** "factura_mensual v1" / "factura_mensual v1.2". */
export function templateRefWords(ref: TemplateRef): string {
  return `${ref.externalId} v${ref.major}${ref.minor !== undefined ? `.${ref.minor}` : ''}`;
}

const RESERVED_TAGS = ['null', 'undefined', 'nan'];

/** The API document's rules for document tags, as warnings on each tag. */
export function tagProblems(tags: unknown, l10n: Localizer = english): Problem[] {
  if (!Array.isArray(tags)) return [];
  const out: Problem[] = [];
  const warn = (pointer: string, code: string, message: string, data: Record<string, unknown> = {}) => out.push({ pointer, message, code, severity: 'warning', origin: 'schema', data });
  const seen = new Map<string, number>();
  tags.forEach((tag, i) => {
    if (typeof tag !== 'string') return;
    const pointer = `/document/tags/${i}`;
    const normalized = tag.replace(/\s+/g, '').toUpperCase();
    if (!normalized) return warn(pointer, 'fill/tag-blank', l10n.t('empty or blank tags are not allowed'));
    if (RESERVED_TAGS.includes(normalized.toLowerCase())) return warn(pointer, 'fill/tag-reserved', l10n.t('{0} is a reserved word; tags null, undefined and nan are not allowed', quote(tag)));
    if (/\s/.test(tag)) warn(pointer, 'fill/tag-whitespace', l10n.t('whitespace is removed from tags: {0} is stored as {1}', quote(tag), quote(normalized)), { suggestion: normalized });
    else if (tag !== normalized) warn(pointer, 'fill/tag-case', l10n.t('tags are stored in UPPERCASE: {0} becomes {1}', quote(tag), quote(normalized)), { suggestion: normalized });
    const first = seen.get(normalized);
    if (first !== undefined) warn(pointer, 'fill/tag-duplicate', l10n.t('{0} repeats tag #{1} once normalized ({2})', quote(tag), first + 1, quote(normalized)));
    else seen.set(normalized, i);
  });
  if (tags.length > MAX_TEMPLATE_TAGS) warn('/document/tags', 'fill/tag-count', l10n.t('{0} tags: documents take at most {1}', tags.length, MAX_TEMPLATE_TAGS));
  return out;
}

/** Problems of the request part of a fill file (everything but `fields_values`' content). */
export function requestProblems(value: unknown, l10n: Localizer = english): Problem[] {
  if (!isJsonObject(value)) return [{ pointer: '', message: l10n.t('a fill file is a JSON object with language, document and fields_values'), code: 'fill/not-object', severity: 'error', origin: 'schema' }];
  const parsed = fillFileModel.safeParse(value);
  const problems = parsed.success ? [] : zodProblems(parsed.error, value, { l10n, schema: fillFileModel });
  const document = value['document'];
  return [...problems, ...(isJsonObject(document) ? tagProblems(document['tags'], l10n) : [])];
}

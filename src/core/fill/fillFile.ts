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
import { MAX_TEMPLATE_TAGS, fillPriority, templateLanguage } from '../models/documents';
import { zodProblems } from '../problems/fromZod';
import type { Problem } from '../problems/problem';
import { quote } from '../wording/values';
import { templateBinding } from './templateRef';

export { FILL_FILE_KEYS, FILL_FILE_SUFFIX, isFillDocument, parseTemplateRef, templateRefOf, templateRefWords, type TemplateRef } from './templateRef';

/** The fill file as a model: the fill body plus `template`. */
export const fillFileModel = z
  .object({
    template: z.optional(templateBinding),
    language: templateLanguage,
    document: z.object({ name: z.string().min(1, msg('document.name must not be empty')), tags: z.array(z.string()).optional() }).strict(),
    fields_values: z.record(z.string(), z.unknown()),
    fill_priority: fillPriority.optional(),
  })
  .strict();

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

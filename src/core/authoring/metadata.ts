// template.json checked: the metadata the Documents API takes on create / new minor / new major
// (external_id: lowercase letters, digits and underscores; default_language one of the API's
// languages and one the folder has a source for; at most 5 unique tags), plus what the folder adds
// (the version it was pulled from, the org, the engine version its sources are uploaded with).
// Each finding at its member in template.json.
import * as z from 'zod';
import { isJsonObject } from '../json/canonical';
import { english, msg, type Localizer } from '../l10n';
import { EXTERNAL_ID_PATTERN, MAX_TEMPLATE_TAGS, templateLanguages } from '../models/documents';
import { parseJsonText } from '../problems/fromSyntax';
import { zodProblems } from '../problems/fromZod';
import type { Problem } from '../problems/problem';
import { limitProblem } from '../validation/limits';
import { closest } from '../wording/suggest';
import { quote } from '../wording/values';

/** template.json as a model. */
export const templateFileModel = z
  .object({
    external_id: z.string().min(1, msg('external_id must not be empty')).regex(EXTERNAL_ID_PATTERN, msg('external_id may only contain lowercase letters, digits and underscores')),
    org: z.string().regex(/^[a-z0-9_-]+$/, msg('org is the tenant id, like "masmovil"')).optional(),
    version: z.string().regex(/^\d+\.\d+$/, msg('version is the version this folder was pulled from or last published as, like "1.1"')).optional(),
    description: z.string(),
    default_language: z.enum(templateLanguages),
    tags: z.array(z.string()).optional(),
    engine_version: z.string().min(1, msg('engine_version must not be empty')),
    engine_versions: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();

/** A valid external id close to what was written (`Factura-Mensual` → `factura_mensual`). */
export function externalIdSuggestion(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function problem(pointer: string, code: string, severity: Problem['severity'], message: string, data: Record<string, unknown> = {}): Problem {
  return { pointer, code, severity, origin: 'lint', message, data };
}

/** Problems of template.json's text, given the languages the folder has sources for. */
export function metadataProblems(text: string, languages: readonly string[], l10n: Localizer = english): Problem[] {
  const limit = limitProblem(text, l10n);
  if (limit) return [limit];
  const parsed = parseJsonText(text, l10n);
  if (parsed.problems.length) return parsed.problems;
  const value = parsed.value;
  if (!isJsonObject(value)) return [problem('', 'template/not-object', 'error', l10n.t('template.json is a JSON object with external_id, description, default_language, tags and engine_version'))];
  const out: Problem[] = [];
  const model = templateFileModel.safeParse(value);
  if (!model.success) out.push(...zodProblems(model.error, value, { l10n, schema: templateFileModel }));
  const id = value['external_id'];
  if (typeof id === 'string' && id && !EXTERNAL_ID_PATTERN.test(id)) {
    const suggestion = externalIdSuggestion(id);
    // The model's message says what is allowed; the suggestion is what a quick fix writes.
    const p = out.find((x) => x.pointer === '/external_id');
    if (p && suggestion) p.data = { ...p.data, suggestion };
  }
  const lang = value['default_language'];
  if (typeof lang === 'string' && (templateLanguages as readonly string[]).includes(lang) && languages.length && !languages.includes(lang)) {
    out.push(problem('/default_language', 'template/default-language-source', 'error', l10n.t('default_language is {0}, but sources/ has no {0}.hbs (it has {1}): the API refuses a default language without a source', lang, languages.join(', ')), { allowed: languages }));
  }
  const tags = value['tags'];
  if (Array.isArray(tags)) {
    if (tags.length > MAX_TEMPLATE_TAGS) out.push(problem('/tags', 'template/tag-count', 'error', l10n.t('{0} tags: a dynamic template takes at most {1}', tags.length, MAX_TEMPLATE_TAGS)));
    const seen = new Map<string, number>();
    tags.forEach((t, i) => {
      if (typeof t !== 'string') return;
      if (!t.trim()) out.push(problem(`/tags/${i}`, 'template/tag-blank', 'error', l10n.t('empty or blank tags are not allowed')));
      const first = seen.get(t);
      if (first !== undefined) out.push(problem(`/tags/${i}`, 'template/tag-duplicate', 'error', l10n.t('{0} repeats tag #{1}: tags must be unique', quote(t), first + 1)));
      else seen.set(t, i);
    });
  }
  const perLanguage = value['engine_versions'];
  if (isJsonObject(perLanguage)) {
    for (const key of Object.keys(perLanguage)) {
      if (languages.includes(key)) continue;
      const near = closest(key, languages);
      out.push({ ...problem(`/engine_versions/${key}`, 'template/engine-language', 'warning', l10n.t('sources/ has no {0} source: this engine version is never used{1}', key, near ? l10n.t(' (did you mean {0}?)', near) : ''), near ? { suggestion: near } : {}), target: 'key' });
    }
  }
  return out;
}

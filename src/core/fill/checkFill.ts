// Every problem of a fill file, the same for the editor (as you type) and `mok validate`:
// size limits and syntax first; then the request part (language, document, tags, priority,
// template binding); then the template version it names (or the schema/template given on the
// command line) and `fields_values` against its structure, each finding at its exact place.
import { isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { parseJsonText } from '../problems/fromSyntax';
import { schemaProblems } from '../problems/fromAjv';
import type { Problem } from '../problems/problem';
import { DRAFT_2020_12, type SchemaValidator } from '../validation/ajv';
import { limitProblem } from '../validation/limits';
import { createLocator, type Locator } from '../validation/locate';
import { requestProblems, templateRefOf, type TemplateRef } from './fillFile';
import { resolveTemplate, type ResolvedTemplate, type TemplateSource } from './templates';

export type CheckTarget =
  /** Validate against this structure (`--schema`). */
  | { kind: 'schema'; schema: unknown }
  /** Validate against this template version (`--template`), whatever the file names. */
  | { kind: 'template'; ref: TemplateRef }
  /** Validate against the template the fill file names. */
  | { kind: 'binding' };

export interface FillCheckOptions {
  validator: SchemaValidator;
  l10n?: Localizer;
  target?: CheckTarget;
  /** Needed for `template` and `binding` targets. */
  source?: TemplateSource;
  signal?: AbortSignal;
  /** Whether the text is a fill file (request part checked) or plain data validated as a whole. */
  fill?: boolean;
}

export interface FillCheck {
  problems: Problem[];
  /** The parsed document (undefined when it is not JSON). */
  value?: unknown;
  /** The template reference the file names. */
  binding?: TemplateRef;
  /** The template version checked against, when one was found. */
  template?: ResolvedTemplate;
  /** The structure `fields_values` was validated against. */
  schema?: unknown;
  /** Set when the template version could not be found or loaded. */
  unresolved?: 'missing' | 'unavailable';
}

function lineOfFor(text: string, prefix: string): (pointer: string) => number | undefined {
  let locator: Locator | undefined;
  return (pointer) => (locator ??= createLocator(text)).locate(prefix + pointer).line;
}

/** Checks a fill file (or, with `fill: false`, a plain JSON document against a schema). */
export async function checkFillText(text: string, options: FillCheckOptions): Promise<FillCheck> {
  const l10n = options.l10n ?? english;
  const limit = limitProblem(text, l10n);
  if (limit) return { problems: [limit] };
  const parsed = parseJsonText(text, l10n);
  if (parsed.problems.length) return { problems: parsed.problems, value: parsed.value };
  const value = parsed.value;
  const fill = options.fill ?? true;
  const target = options.target ?? { kind: 'binding' };
  const problems: Problem[] = fill ? requestProblems(value, l10n) : [];
  const binding = fill ? templateRefOf(value) : undefined;
  const out: FillCheck = { problems, value, ...(binding ? { binding } : {}) };

  let schema: unknown;
  if (target.kind === 'schema') schema = target.schema;
  else {
    const ref = target.kind === 'template' ? target.ref : binding;
    if (!ref) {
      if (fill && isJsonObject(value) && !('template' in value)) {
        problems.push({ pointer: '', message: l10n.t('this fill file does not say which template it is for: add "template": {"external_id": …, "major": …}'), code: 'fill/template-missing', severity: 'error', origin: 'schema', target: 'value' });
      }
      return out;
    }
    if (!options.source) return out;
    const resolved = await resolveTemplate(options.source, ref, { l10n, ...(options.signal ? { signal: options.signal } : {}), pointerBase: target.kind === 'binding' ? '/template' : '' });
    problems.push(...resolved.problems);
    if (!resolved.ok) {
      out.unresolved = resolved.reason;
      return out;
    }
    out.template = resolved.template;
    schema = resolved.template.detail.structure;
    const language = isJsonObject(value) ? value['language'] : undefined;
    const languages = resolved.template.detail.languages;
    if (fill && typeof language === 'string' && languages.length && !languages.includes(language) && /^[A-Z]+$/.test(language)) {
      problems.push({
        pointer: '/language',
        message: l10n.t('{0} v{1} has no {2} source (it has {3}): the fill will be refused', resolved.template.detail.external_id, resolved.template.detail.version, language, languages.join(', ')),
        code: 'fill/language-unavailable',
        severity: 'warning',
        origin: 'schema',
        data: { allowed: languages, suggestion: resolved.template.detail.default_language },
      });
    }
  }
  out.schema = schema;
  const dialect = isJsonObject(schema) ? schema['$schema'] : undefined;
  if (typeof dialect === 'string' && dialect.replace(/#$/, '') !== DRAFT_2020_12) {
    // Never fetched: whatever it names, the structure is validated as 2020-12 (what the API uses).
    problems.push({ pointer: fill ? '/template' : '', message: l10n.t('the structure declares "$schema": {0}; MOK DevTools does not download meta-schemas and validates it as JSON Schema draft 2020-12, as the Documents API does', JSON.stringify(dialect)), code: 'schema/dialect', severity: 'info', origin: 'schema' });
  }
  const data = fill ? (isJsonObject(value) ? value['fields_values'] : undefined) : value;
  if (fill && !isJsonObject(data)) return out;
  const prefix = fill ? '/fields_values' : '';
  const result = options.validator.prepare(schema).validate(data, { l10n, lineOf: lineOfFor(text, prefix) });
  if (result.compileFailure) {
    problems.push({ pointer: fill ? '/template' : '', message: l10n.t('the template structure is not a usable JSON Schema, so nothing can be checked: {0}', result.compileFailure.message), code: 'schema/invalid-structure', severity: 'error', origin: 'schema', schemaPath: `#${result.compileFailure.pointer}`, keyword: 'schema' });
  } else problems.push(...schemaProblems(result.errors, prefix));
  return out;
}

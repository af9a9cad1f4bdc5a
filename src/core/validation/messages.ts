// Turns raw ajv errors into problems a person can act on: one entry per real mistake, on the
// offending key or value, in words ("because PAYMENT_METHOD is "card" (line 12), CARD_LAST_DIGITS
// is required"), with the facts quick fixes need (the key to insert, the closest spelling, the
// allowed values). The steps: drop ajv's `if` noise, collapse oneOf/anyOf to the closest branch
// (alternatives.ts), word each keyword (here), then remove what repeats another finding
// (redundancy.ts). Runs only when validation failed: valid data never pays for it.
import type { ErrorObject } from 'ajv';
import { isJsonObject } from '../json/canonical';
import { escapePointerSegment, parentPointer, valueAt } from '../json/pointer';
import { english, type Localizer } from '../l10n';
import type { ProblemData, ProblemTarget, RelatedPlace } from '../problems/problem';
import { declaredProperties, followSchemaPath, schemaAtPointer, schemasAt } from '../schema/navigate';
import { closest, sameLoosely } from '../wording/suggest';
import { fieldName, listWords, quote, wrongTypeMessage } from '../wording/values';
import { collapseAlternatives, type Entry } from './alternatives';
import { conditionOf, conditionRelated, conditionalRequiredMessage, conditionalSuffix, schemaPathSegments, segmentsPointer } from './conditions';
import { formatExample, formatWords } from './formats';
import { patternExample } from './patternExample';
import { removeRedundant } from './redundancy';

export interface FieldError {
  /** JSON pointer into the validated data. For a missing property: where it should be. */
  pointer: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  /** Ajv's schema path (`#/allOf/1/then/required`), for "show the rule". */
  schemaPath: string;
  /** Where the mark goes: the key (unknown members), the parent (missing ones) or the value. */
  target?: ProblemTarget;
  /** Places that explain this one (the data an if/then condition tested). */
  related?: RelatedPlace[];
  /** Facts for quick fixes: key, suggestion, allowed values, expected types, an example. */
  data?: ProblemData;
}

export interface HumanizeOptions {
  l10n?: Localizer;
  /** The 1-based line of a data pointer, when the caller has the text ("(line 12)"). */
  lineOf?: (pointer: string) => number | undefined;
  /** At most this many findings (default 1,000); the rest are counted in a last one. */
  maxErrors?: number;
}

interface Ctx {
  readonly schema: unknown;
  readonly data: unknown;
  readonly l10n: Localizer;
  readonly lineOf?: (pointer: string) => number | undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function declaredAt(ctx: Ctx, e: ErrorObject): string[] {
  // The schema object the keyword sits in (ajv's `parentSchema`, which needs its slower verbose mode).
  const parent = schemaAtPointer(ctx.schema, followSchemaPath(ctx.schema, parentPointer(segmentsPointer(schemaPathSegments(e.schemaPath)))));
  const own = isJsonObject(parent) && isJsonObject(parent['properties']) ? Object.keys(parent['properties']) : [];
  const all = declaredProperties(schemasAt(ctx.schema, e.instancePath));
  return [...new Set([...own, ...all])];
}

function requiredError(e: ErrorObject, ctx: Ctx, base: Omit<FieldError, 'message' | 'pointer'>): FieldError {
  const { l10n } = ctx;
  const missing = str(e.params['missingProperty']) ?? '?';
  const pointer = `${e.instancePath}/${escapePointerSegment(missing)}`;
  const obj = valueAt(ctx.data, e.instancePath);
  const data: ProblemData = { key: missing };
  const hints: string[] = [];
  if (isJsonObject(obj)) {
    const near = closest(missing, Object.keys(obj));
    if (near !== undefined) {
      data['present'] = near;
      hints.push(sameLoosely(near, missing) ? l10n.t('the data has {0}: names are case-sensitive', fieldName(near)) : l10n.t('the data has {0}', fieldName(near)));
    }
  }
  const declared = declaredAt(ctx, e);
  if (declared.length && !declared.includes(missing)) {
    const near = closest(missing, declared);
    if (near !== undefined) {
      data['declaredAs'] = near;
      hints.push(l10n.t('the template declares {0} but requires {1}: a defect of its structure', fieldName(near), fieldName(missing)));
    }
  }
  const tail = hints.length ? ` (${hints.join('; ')})` : '';
  let message: string;
  let related: RelatedPlace[] | undefined;
  if (e.keyword === 'dependentRequired') {
    const trigger = str(e.params['property']) ?? '?';
    const triggerPointer = `${e.instancePath}/${escapePointerSegment(trigger)}`;
    const line = ctx.lineOf?.(triggerPointer);
    message = l10n.t('because {0} is present{1}, {2} is required', fieldName(trigger), line !== undefined ? l10n.t(' (line {0})', line) : '', fieldName(missing)) + tail;
    related = [{ pointer: triggerPointer, message: l10n.t('{0} is here', fieldName(trigger)) }];
  } else {
    const cond = conditionOf(ctx.schema, ctx.data, e.schemaPath, e.instancePath, l10n);
    if (cond) {
      message = conditionalRequiredMessage(missing, cond, ctx.lineOf, l10n) + tail;
      related = conditionRelated(cond, l10n);
      if (cond.vacuousKey !== undefined) Object.assign(data, { vacuousKey: cond.vacuousKey, vacuousPointer: cond.vacuousPointer });
      data['ifPointer'] = cond.ifPointer;
    } else {
      message = l10n.t('{0} is required', fieldName(missing)) + tail;
    }
  }
  return { ...base, pointer, message, target: 'parent', data, ...(related?.length ? { related } : {}) };
}

function unknownKeyError(e: ErrorObject, ctx: Ctx, base: Omit<FieldError, 'message' | 'pointer'>): FieldError {
  const { l10n } = ctx;
  const key = str(e.params['additionalProperty']) ?? str(e.params['unevaluatedProperty']) ?? '?';
  const declared = declaredAt(ctx, e);
  const suggestion = closest(key, declared);
  let message: string;
  if (suggestion !== undefined) message = l10n.t('{0} is not a field here (did you mean {1}?)', fieldName(key), fieldName(suggestion));
  else if (declared.length) message = l10n.t('{0} is not a field here; the fields are {1}', fieldName(key), listWords(declared.map(fieldName), l10n).replace(/"/g, ''));
  else message = l10n.t('{0} is not allowed here', fieldName(key));
  return { ...base, pointer: `${e.instancePath}/${escapePointerSegment(key)}`, message, target: 'key', data: { key, allowed: declared, ...(suggestion !== undefined ? { suggestion } : {}) } };
}

function enumMessage(allowed: readonly unknown[], value: unknown, l10n: Localizer): { message: string; suggestion?: string } {
  if (allowed.length === 1) return { message: l10n.t('must be {0} (got {1})', quote(allowed[0]), quote(value)), ...(typeof allowed[0] === 'string' ? { suggestion: allowed[0] } : {}) };
  const suggestion = typeof value === 'string' ? closest(value, allowed.filter((a): a is string => typeof a === 'string')) : undefined;
  if (suggestion !== undefined) return { message: l10n.t('must be one of {0} (got {1}; did you mean {2}?)', listWords(allowed, l10n), quote(value), quote(suggestion)), suggestion };
  return { message: l10n.t('must be one of {0} (got {1})', listWords(allowed, l10n), quote(value)) };
}

function sizeWords(e: ErrorObject, limit: number, l10n: Localizer): string {
  switch (e.keyword) {
    case 'minLength':
      return limit === 1 ? l10n.t('must not be empty') : l10n.t('must have at least {0} characters', limit);
    case 'maxLength':
      return limit === 1 ? l10n.t('must have at most 1 character') : l10n.t('must have at most {0} characters', limit);
    case 'minItems':
      return limit === 1 ? l10n.t('must have at least one item') : l10n.t('must have at least {0} items', limit);
    case 'maxItems':
      return limit === 1 ? l10n.t('must have at most 1 item') : l10n.t('must have at most {0} items', limit);
    case 'minProperties':
      return limit === 1 ? l10n.t('must have at least one member') : l10n.t('must have at least {0} members', limit);
    default:
      return limit === 1 ? l10n.t('must have at most 1 member') : l10n.t('must have at most {0} members', limit);
  }
}

function valueMessage(e: ErrorObject, ctx: Ctx, value: unknown): { message: string; data?: ProblemData } {
  const { l10n } = ctx;
  const p = e.params as Record<string, unknown>;
  const limit = Number(p['limit']);
  switch (e.keyword) {
    case 'enum': {
      const allowed = Array.isArray(p['allowedValues']) ? p['allowedValues'] : [];
      const m = enumMessage(allowed, value, l10n);
      return { message: m.message, data: { allowed, ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}) } };
    }
    case 'const': {
      const m = enumMessage([p['allowedValue']], value, l10n);
      return { message: m.message, data: { allowed: [p['allowedValue']], example: p['allowedValue'], ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}) } };
    }
    case 'type': {
      const raw = p['type'];
      const types = Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : (str(raw)?.split(',') ?? []);
      return { message: wrongTypeMessage(types, value, l10n), data: { expectedTypes: types } };
    }
    case 'format': {
      const fmt = str(p['format']) ?? '?';
      const example = formatExample(fmt);
      return { message: l10n.t('must be {0} (got {1})', formatWords(fmt, l10n), quote(value)), data: { format: fmt, ...(example !== undefined ? { example } : {}) } };
    }
    case 'pattern': {
      const pattern = str(p['pattern']) ?? '';
      const example = patternExample(pattern);
      return {
        message: example !== undefined ? l10n.t('must match the pattern {0}, like {1} (got {2})', `/${pattern}/`, quote(example), quote(value)) : l10n.t('must match the pattern {0} (got {1})', `/${pattern}/`, quote(value)),
        data: { pattern, ...(example !== undefined ? { example } : {}) },
      };
    }
    case 'minimum':
      return { message: `${l10n.t('must be at least {0}', limit)} ${l10n.t('(got {0})', quote(value))}` };
    case 'maximum':
      return { message: `${l10n.t('must be at most {0}', limit)} ${l10n.t('(got {0})', quote(value))}` };
    case 'exclusiveMinimum':
      return { message: `${l10n.t('must be greater than {0}', limit)} ${l10n.t('(got {0})', quote(value))}` };
    case 'exclusiveMaximum':
      return { message: `${l10n.t('must be less than {0}', limit)} ${l10n.t('(got {0})', quote(value))}` };
    case 'multipleOf':
      return { message: `${l10n.t('must be a multiple of {0}', String(p['multipleOf']))} ${l10n.t('(got {0})', quote(value))}` };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return { message: sizeWords(e, limit, l10n) };
    case 'uniqueItems':
      return { message: l10n.t('must not repeat items (items {0} and {1} are equal)', Number(p['j']), Number(p['i'])) };
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return { message: Number.isFinite(Number(p['maxContains'])) && e.keyword === 'maxContains' ? l10n.t('must have at most {0} items of the required kind', Number(p['maxContains'])) : l10n.t('must have at least {0} items of the required kind', Number(p['minContains'] ?? 1)) };
    case 'not':
      return { message: l10n.t('must not match the forbidden form (got {0})', quote(value)) };
    case 'false schema':
      return { message: l10n.t('is not allowed here (the template forbids any value)') };
    case 'propertyNames':
      return { message: l10n.t('property name {0} is not valid here', quote(p['propertyName'])) };
    case 'oneOf':
    case 'anyOf':
      return { message: l10n.t('does not match any allowed form (got {0})', quote(value)) };
    default:
      return { message: l10n.t('does not meet the "{0}" rule of the template', e.keyword) };
  }
}

function formatOne(x: Entry, ctx: Ctx): FieldError {
  const { e } = x;
  const base = { keyword: e.keyword, params: { ...(e.params as object) } as Record<string, unknown>, schemaPath: e.schemaPath };
  let out: FieldError;
  if (e.keyword === 'required' || e.keyword === 'dependentRequired') out = requiredError(e, ctx, base);
  else if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') out = unknownKeyError(e, ctx, base);
  else {
    const value = valueAt(ctx.data, e.instancePath);
    const m = valueMessage(e, ctx, value);
    out = { ...base, pointer: e.instancePath, message: x.message ?? m.message, target: 'value', ...(m.data ? { data: m.data } : {}) };
    const cond = conditionOf(ctx.schema, ctx.data, e.schemaPath, e.instancePath, ctx.l10n);
    if (cond) {
      out.message += conditionalSuffix(cond, ctx.lineOf, ctx.l10n);
      const related = conditionRelated(cond, ctx.l10n);
      if (related.length) out.related = related;
      if (cond.vacuousPointer !== undefined) out.data = { ...out.data, vacuousKey: cond.vacuousKey, vacuousPointer: cond.vacuousPointer };
    }
  }
  if (x.data) out.data = { ...out.data, ...x.data };
  if (x.note) out.message += x.note;
  return out;
}

/** Raw ajv errors (allErrors) → deduplicated, readable findings. */
export function humanizeErrors(raw: readonly ErrorObject[], schema: unknown, data: unknown, options: HumanizeOptions = {}): FieldError[] {
  const l10n = options.l10n ?? english;
  const ctx: Ctx = { schema, data, l10n, ...(options.lineOf ? { lineOf: options.lineOf } : {}) };
  // `if` errors only say "must match then schema"; the branch's own errors say what is wrong.
  const entries: Entry[] = raw.filter((e) => e.keyword !== 'if').map((e) => ({ e }));
  const collapsed = collapseAlternatives(entries, schema, l10n);
  const out = removeRedundant(collapsed.map((x) => formatOne(x, ctx)), l10n);
  const max = options.maxErrors ?? 1000;
  if (out.length <= max) return out;
  const shown = out.slice(0, max);
  const more = out.length - max;
  shown.push({ pointer: '', keyword: 'limit', params: { more }, schemaPath: '#', message: more === 1 ? l10n.t('…and 1 more problem') : l10n.t('…and {0} more problems', more) });
  return shown;
}

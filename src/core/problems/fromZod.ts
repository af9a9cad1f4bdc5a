// zod issues as problems: one per mistake, at the field's pointer, in words a person reads
// ("must be a string, but is a number (123456789)", `"servce_name" is not an accepted field here
// (did you mean "service_name"?)`) — never the library's own wording. The same adapter serves the
// client's local check, the editor's diagnostics and the sandbox's error bodies, so all three say
// the same thing about the same mistake.
import type * as z from 'zod';
import { english, type Localizer } from '../l10n';
import { toPointer, valueAt } from '../json/pointer';
import { closest } from '../wording/suggest';
import { listWords, quote, wrongTypeMessage } from '../wording/values';
import type { Problem } from './problem';

export interface ZodProblemOptions {
  l10n?: Localizer;
  /** The model that produced the error: lets unknown keys and enum values get "did you mean". */
  schema?: z.core.$ZodType;
  /** Keys that exist but may not be sent here (e.g. `service_id` on update). */
  immutable?: ReadonlySet<string>;
  /** Prepended to every pointer (a body checked inside a larger document). */
  pointerPrefix?: string;
}

/** zod's own messages start like this; ours (written in the models) never do. */
const LIBRARY_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/;

type Issue = z.core.$ZodIssue;

export function zodProblems(error: z.core.$ZodError, input: unknown, options: ZodProblemOptions = {}): Problem[] {
  const l10n = options.l10n ?? english;
  const prefix = options.pointerPrefix ?? '';
  const out: Problem[] = [];
  for (const issue of error.issues) out.push(...issueProblems(issue, input, options, l10n, prefix));
  return out;
}

function pathOf(issue: { path: readonly PropertyKey[] }): (string | number)[] {
  return issue.path.filter((p): p is string | number => typeof p !== 'symbol');
}

function issueProblems(issue: Issue, input: unknown, options: ZodProblemOptions, l10n: Localizer, prefix: string, base: (string | number)[] = []): Problem[] {
  const path = [...base, ...pathOf(issue)];
  const pointer = prefix + toPointer(path);
  const value = valueAt(input, toPointer(path));
  const problem = (code: string, message: string, extra: Partial<Problem> = {}): Problem => ({ pointer, message, code, severity: 'error', origin: 'schema', ...extra });
  switch (issue.code) {
    case 'unrecognized_keys':
      return ownKeys(issue.keys, value).map((key) => {
        const keyPointer = prefix + toPointer([...path, key]);
        if (options.immutable?.has(key)) {
          return { pointer: keyPointer, target: 'key', code: 'field/immutable', severity: 'error', origin: 'schema', data: { key }, message: l10n.t('"{0}" cannot change after creation: remove it.', key) } satisfies Problem;
        }
        const known = options.schema ? objectKeysAt(options.schema, path) : [];
        const suggestion = closest(key, known);
        return {
          pointer: keyPointer,
          target: 'key',
          code: 'field/unknown',
          severity: 'error',
          origin: 'schema',
          data: { key, ...(suggestion ? { suggestion } : {}), allowed: known },
          message: suggestion ? l10n.t('"{0}" is not an accepted field here (did you mean "{1}"?)', key, suggestion) : l10n.t('"{0}" is not an accepted field here', key),
        } satisfies Problem;
      });
    case 'invalid_type': {
      if (value === undefined) {
        const key = String(path[path.length - 1] ?? '');
        return [problem('field/missing', key ? l10n.t('"{0}" is required', key) : l10n.t('a value is required'), { target: 'parent', data: { key, expectedTypes: [issue.expected] } })];
      }
      return [problem('field/type', wrongTypeMessage([issue.expected], value, l10n), { data: { expectedTypes: [issue.expected] } })];
    }
    case 'invalid_value': {
      const allowed = issue.values;
      if (value === undefined) {
        // A missing enum/literal member is missing, not a wrong value (found by the fuzz suite).
        const key = String(path[path.length - 1] ?? '');
        const which = allowed.length === 1 ? quote(allowed[0]) : l10n.t('one of {0}', listWords(allowed, l10n));
        return [problem('field/missing', key ? l10n.t('"{0}" is required ({1})', key, which) : l10n.t('a value is required ({0})', which), { target: 'parent', data: { key, allowed } })];
      }
      const suggestion = typeof value === 'string' ? closest(value, allowed.filter((a): a is string => typeof a === 'string')) : undefined;
      const message =
        allowed.length === 1
          ? l10n.t('must be {0} (got {1})', quote(allowed[0]), quote(value))
          : suggestion
            ? l10n.t('must be one of {0} (got {1}; did you mean {2}?)', listWords(allowed, l10n), quote(value), quote(suggestion))
            : l10n.t('must be one of {0} (got {1})', listWords(allowed, l10n), quote(value));
      return [problem('field/value', message, { data: { allowed, ...(suggestion ? { suggestion } : {}) } })];
    }
    case 'invalid_format':
      return [problem('field/format', custom(issue.message, l10n) ?? formatWords(issue.format, value, l10n))];
    case 'too_small':
    case 'too_big':
      return [problem('field/range', custom(issue.message, l10n) ?? rangeWords(issue, l10n))];
    case 'invalid_union': {
      // The branch whose type fits the value says what is really wrong ("expected a whole number").
      const branches = issue.errors;
      const fitting = branches.find((b) => b.length > 0 && b.every((i) => !(i.code === 'invalid_type' && i.path.length === 0)));
      if (fitting) return fitting.flatMap((i) => issueProblems(i, input, options, l10n, prefix, path));
      if (value === undefined) return [problem('field/missing', l10n.t('"{0}" is required', String(path[path.length - 1] ?? '')), { target: 'parent' })];
      const expected = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i.code === 'invalid_type' ? i.expected : ''))))].filter(Boolean);
      return [problem('field/type', expected.length ? wrongTypeMessage(expected, value, l10n) : l10n.t('does not match any allowed form (got {0})', quote(value)), { data: { expectedTypes: expected } })];
    }
    case 'not_multiple_of':
      return [problem('field/range', custom(issue.message, l10n) ?? l10n.t('must be a multiple of {0}', String(issue.divisor)))];
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((i) => issueProblems(i, input, options, l10n, prefix, path));
    case 'custom':
      return [problem('field/rule', custom(issue.message, l10n) ?? l10n.t('is not valid here'))];
    default:
      return [problem('field/invalid', l10n.t('is not valid here'))];
  }
}

/**
 * The unknown keys as the document has them. A JSON `"__proto__"` member becomes the prototype of
 * the copy zod checks, which then reports the prototype's keys ("0", "1"…) as unknown: report the
 * `__proto__` member itself instead (found by the fuzz suite).
 */
function ownKeys(reported: readonly string[], value: unknown): string[] {
  if (!value || typeof value !== 'object') return [...reported];
  const own = new Set(Object.keys(value));
  const keys = reported.filter((k) => own.has(k));
  if (keys.length < reported.length && own.has('__proto__') && !keys.includes('__proto__')) keys.push('__proto__');
  return keys;
}

/** A message written in our models (translated through the bundle), or undefined for zod's own. */
function custom(message: string, l10n: Localizer): string | undefined {
  return message && !LIBRARY_WORDING.test(message) ? l10n.t(message) : undefined;
}

function formatWords(format: string, value: unknown, l10n: Localizer): string {
  switch (format) {
    case 'email':
      return l10n.t('must be an email address (got {0})', quote(value));
    case 'url':
      return l10n.t('must be an absolute URL, like "https://example.com" (got {0})', quote(value));
    case 'uuid':
    case 'guid':
      return l10n.t('must be a UUID (got {0})', quote(value));
    case 'datetime':
      return l10n.t('must be an ISO 8601 date-time, like "2026-01-31T10:00:00Z" (got {0})', quote(value));
    case 'date':
      return l10n.t('must be a date as yyyy-mm-dd (got {0})', quote(value));
    default:
      return l10n.t('is not in the expected format (got {0})', quote(value));
  }
}

function rangeWords(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, l10n: Localizer): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string':
      if (small && bound === 1) return l10n.t('must not be empty');
      return small ? l10n.t('must have at least {0} characters', bound) : l10n.t('must have at most {0} characters', bound);
    case 'array':
    case 'set':
      if (small && bound === 1) return l10n.t('must have at least one item');
      return small ? l10n.t('must have at least {0} items', bound) : l10n.t('must have at most {0} items', bound);
    default:
      if (small) return issue.inclusive ? l10n.t('must be at least {0}', bound) : l10n.t('must be greater than {0}', bound);
      return issue.inclusive ? l10n.t('must be at most {0}', bound) : l10n.t('must be less than {0}', bound);
  }
}

// ── Reading the model ────────────────────────────────────────────────────────────────────────

interface DefLike {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  in?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  valueType?: z.core.$ZodType;
}

function defOf(schema: z.core.$ZodType): DefLike {
  return (schema as unknown as { _zod: { def: DefLike } })._zod.def;
}

/** Unwraps optional/nullable/default/pipe/lazy wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    const d = defOf(s);
    const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined) ?? (d.type === 'lazy' ? d.getter?.() : undefined);
    if (!next) return s;
    s = next;
  }
  return s;
}

/** The sub-schema at a path (object keys, array indexes; unions: the first branch that has it). */
export function schemaAt(schema: z.core.$ZodType, path: readonly (string | number)[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!s) return undefined;
    const d = defOf(s);
    if (d.type === 'object' && d.shape) s = d.shape[String(seg)];
    else if (d.type === 'array' && d.element) s = d.element;
    else if (d.type === 'record' && d.valueType) s = d.valueType;
    else if (d.type === 'union' && d.options) s = d.options.map((o) => schemaAt(o, [seg])).find((x) => x !== undefined);
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

/** Keys an object model declares at a path (empty when it is not an object). */
export function objectKeysAt(schema: z.core.$ZodType, path: readonly (string | number)[]): string[] {
  const s = schemaAt(schema, path);
  if (!s) return [];
  const d = defOf(s);
  if (d.type === 'object' && d.shape) return Object.keys(d.shape);
  if (d.type === 'union' && d.options) return [...new Set(d.options.flatMap((o) => objectKeysAt(o, [])))];
  return [];
}


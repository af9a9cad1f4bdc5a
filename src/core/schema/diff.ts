// What changed between two versions' structures, field by field, and whether each change breaks
// fill data written for the older one. Both structures are read the way validation applies them
// (local $refs, allOf, if/then/else and alternatives gathered per field: navigate.ts), so a field
// moved into an allOf is not "removed". Breaking = data valid for the old structure may fail the
// new one:
//   added       a new field: breaking when it is required (existing data lacks it)
//   removed     a field gone: breaking when the object no longer allows other fields
//   required    an optional field became required: breaking; the reverse is not
//   type        types narrowed: breaking; widened: not
//   enum/const  values removed or a different const: breaking; values added: not
//   format / pattern   added or changed: breaking; removed: not
//   bounds      a limit tightened (minimum, maxLength, minItems…): breaking; loosened: not
//   closed / opened    additionalProperties:false added (breaking) or removed (not)
//   rules       conditional rules (if/then/else, oneOf, anyOf, dependentRequired) differ: breaking,
//               since data may meet a new condition (check a fill file against the new version)
import { canonicalJson, isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { alwaysRequired, childSchemas, declaredProperties, declaredTypes, inPlace, type AppliedSchema } from './navigate';

export type ChangeKind = 'added' | 'removed' | 'required' | 'optional' | 'type' | 'enum' | 'const' | 'format' | 'pattern' | 'bounds' | 'closed' | 'opened' | 'rules';

export interface StructureChange {
  /** Data path: `CUSTOMER.EMAIL`, `PRODUCTS[].NAME`, `(root)`. */
  path: string;
  /** JSON pointer into fill data (`/PRODUCTS/0/NAME` uses 0 for "each item"). */
  pointer: string;
  kind: ChangeKind;
  breaking: boolean;
  message: string;
  before?: unknown;
  after?: unknown;
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const MAX_DEPTH = 32;

function firstAlways(applied: readonly AppliedSchema[], key: string): unknown {
  for (const a of applied) if (a.applies === 'always' && key in a.schema) return a.schema[key];
  return undefined;
}

function enumValues(applied: readonly AppliedSchema[]): unknown[] | undefined {
  const e = firstAlways(applied, 'enum');
  return Array.isArray(e) ? e : undefined;
}

function closed(applied: readonly AppliedSchema[]): boolean {
  return applied.some((a) => a.applies === 'always' && (a.schema['additionalProperties'] === false || a.schema['unevaluatedProperties'] === false));
}

/** The conditional rules of an object, canonical, to compare. */
function rules(applied: readonly AppliedSchema[]): string {
  const parts = applied
    .filter((a) => a.applies === 'always')
    .map((a) => ({ if: a.schema['if'], then: a.schema['then'], else: a.schema['else'], oneOf: a.schema['oneOf'], anyOf: a.schema['anyOf'], dependentRequired: a.schema['dependentRequired'], dependentSchemas: a.schema['dependentSchemas'], not: a.schema['not'] }))
    .filter((r) => Object.values(r).some((v) => v !== undefined));
  return canonicalJson(parts);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

interface Ctx {
  a: unknown;
  b: unknown;
  out: StructureChange[];
  l10n: Localizer;
}

function push(ctx: Ctx, path: string[], kind: ChangeKind, breaking: boolean, message: string, before?: unknown, after?: unknown): void {
  ctx.out.push({
    path: path.length ? path.join('.').replace(/\.\[\]/g, '[]') : '(root)',
    pointer: path.map((p) => `/${p === '[]' ? '0' : p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
    kind,
    breaking,
    message,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  });
}

function compareValue(ctx: Ctx, path: string[], a: readonly AppliedSchema[], b: readonly AppliedSchema[], depth: number): void {
  const { l10n } = ctx;
  const ta = declaredTypes(a);
  const tb = declaredTypes(b);
  const norm = (t: string[]) => (t.includes('number') ? [...t, 'integer'] : t);
  if (canonicalJson([...ta].sort()) !== canonicalJson([...tb].sort())) {
    const narrowed = tb.length > 0 && (ta.length === 0 || ta.some((t) => !norm(tb).includes(t)));
    push(ctx, path, 'type', narrowed, narrowed ? l10n.t('type changed from {0} to {1}: values of the old type no longer pass', ta.join(' | ') || l10n.t('any'), tb.join(' | ')) : l10n.t('type widened from {0} to {1}', ta.join(' | '), tb.join(' | ') || l10n.t('any')), ta, tb);
  }
  const ca = firstAlways(a, 'const');
  const cb = firstAlways(b, 'const');
  if (canonicalJson(ca) !== canonicalJson(cb)) push(ctx, path, 'const', cb !== undefined, cb !== undefined ? l10n.t('must now be {0}', show(cb)) : l10n.t('no longer has to be {0}', show(ca)), ca, cb);
  const ea = enumValues(a);
  const eb = enumValues(b);
  if (canonicalJson(ea) !== canonicalJson(eb)) {
    const removed = eb ? (ea ?? []).filter((v) => !eb.some((w) => canonicalJson(w) === canonicalJson(v))) : [];
    const added = ea ? (eb ?? []).filter((v) => !ea.some((w) => canonicalJson(w) === canonicalJson(v))) : [];
    const breaking = eb !== undefined && (ea === undefined || removed.length > 0);
    const parts = [removed.length ? l10n.t('removed {0}', removed.map(show).join(', ')) : '', added.length ? l10n.t('added {0}', added.map(show).join(', ')) : '', !ea ? l10n.t('now limited to {0}', (eb ?? []).map(show).join(', ')) : '', !eb ? l10n.t('no longer limited') : ''].filter(Boolean);
    push(ctx, path, 'enum', breaking, l10n.t('allowed values changed: {0}', parts.join('; ')), ea, eb);
  }
  for (const key of ['format', 'pattern'] as const) {
    const va = firstAlways(a, key);
    const vb = firstAlways(b, key);
    if (va === vb) continue;
    const message = vb === undefined ? l10n.t('{0} {1} removed', key, show(va)) : va === undefined ? l10n.t('{0} {1} added: existing values may not match', key, show(vb)) : l10n.t('{0} changed from {1} to {2}', key, show(va), show(vb));
    push(ctx, path, key, vb !== undefined, message, va, vb);
  }
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const va = firstAlways(a, key);
    const vb = firstAlways(b, key);
    if (va === vb || (typeof va !== 'number' && typeof vb !== 'number')) continue;
    const lower = (LOWER_BOUNDS as readonly string[]).includes(key);
    const tighter = typeof vb === 'number' && (typeof va !== 'number' || (lower ? vb > va : vb < va));
    push(ctx, path, 'bounds', tighter, tighter ? l10n.t('{0} tightened from {1} to {2}', key, va === undefined ? l10n.t('none') : show(va), show(vb)) : l10n.t('{0} loosened from {1} to {2}', key, show(va), vb === undefined ? l10n.t('none') : show(vb)), va, vb);
  }
  if (depth >= MAX_DEPTH) return;
  compareObject(ctx, path, a, b, depth);
  const ia = childSchemas(ctx.a, a, '0');
  const ib = childSchemas(ctx.b, b, '0');
  const arrays = ta.includes('array') || tb.includes('array') || a.some((x) => 'items' in x.schema) || b.some((x) => 'items' in x.schema);
  if (arrays && (ia.length || ib.length)) compareValue(ctx, [...path, '[]'], ia, ib, depth + 1);
}

function compareObject(ctx: Ctx, path: string[], a: readonly AppliedSchema[], b: readonly AppliedSchema[], depth: number): void {
  const { l10n } = ctx;
  const pa = declaredProperties(a);
  const pb = declaredProperties(b);
  const ra = alwaysRequired(a);
  const rb = alwaysRequired(b);
  const closedB = closed(b);
  if (!closed(a) && closedB) push(ctx, path, 'closed', true, l10n.t('no longer accepts undeclared fields (additionalProperties: false)'));
  if (closed(a) && !closedB && (pa.length || pb.length)) push(ctx, path, 'opened', false, l10n.t('now accepts undeclared fields'));
  if (rules(a) !== rules(b)) push(ctx, path, 'rules', true, l10n.t('conditional rules changed (if/then/else, oneOf, anyOf, dependentRequired): data may now meet a different rule'));
  for (const key of pb) {
    if (pa.includes(key)) continue;
    const req = rb.includes(key);
    push(ctx, [...path, key], 'added', req, req ? l10n.t('new required field: existing fill data lacks it') : l10n.t('new optional field'));
  }
  for (const key of pa) {
    if (pb.includes(key)) continue;
    push(ctx, [...path, key], 'removed', closedB, closedB ? l10n.t('field removed, and undeclared fields are refused: data that has it no longer passes') : l10n.t('field removed (data that has it still passes, unchecked)'));
  }
  for (const key of pa) {
    if (!pb.includes(key)) continue;
    if (!ra.includes(key) && rb.includes(key)) push(ctx, [...path, key], 'required', true, l10n.t('now required: data without it no longer passes'));
    if (ra.includes(key) && !rb.includes(key)) push(ctx, [...path, key], 'optional', false, l10n.t('no longer required'));
    compareValue(ctx, [...path, key], childSchemas(ctx.a, a, key), childSchemas(ctx.b, b, key), depth + 1);
  }
  // A key required but never declared (the seed's `dni` vs `DNI`) is a required field too.
  for (const key of rb) if (!ra.includes(key) && !pb.includes(key) && !pa.includes(key)) push(ctx, [...path, key], 'required', true, l10n.t('now required: data without it no longer passes'));
  for (const key of ra) if (!rb.includes(key) && !pa.includes(key) && !pb.includes(key)) push(ctx, [...path, key], 'optional', false, l10n.t('no longer required'));
}

/** The changes from structure `a` (older) to `b` (newer), in field order. */
export function diffStructures(a: unknown, b: unknown, l10n: Localizer = english): StructureChange[] {
  const ctx: Ctx = { a, b, out: [], l10n };
  if (!isJsonObject(a) || !isJsonObject(b)) return ctx.out;
  compareValue(ctx, [], inPlace(a, a, ''), inPlace(b, b, ''), 0);
  return ctx.out;
}

// Quick fixes for fill files, planned from the facts each problem carries and the template's
// structure: rename an unknown key to the declared one, insert a missing required key with a
// valid example value (or, for a rule that fired only because a key is missing, add that key with
// a value that keeps the rule off), fix an enum value's case or typo, convert a value to the
// declared type, re-bind or un-pin the template — and, for every schema finding, "Show rule in
// structure". Plans are JSON changes (core/json/edits.ts) or commands; the editor applies them.
import { isJsonObject } from '../json/canonical';
import type { JsonChange } from '../json/edits';
import { escapePointerSegment, lastSegment, parentPointer, valueAt } from '../json/pointer';
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';
import { fieldName } from '../wording/values';
import { exampleAt, valueAvoidingCondition } from './example';

export interface FixPlan {
  title: string;
  change?: JsonChange;
  /** A command instead of a change: choose the template, or show the rule in the structure. */
  command?: 'changeTemplate' | 'showRule';
  preferred?: boolean;
}

export interface FixContext {
  /** The fill file's parsed value (now). */
  value: unknown;
  /** The structure fields_values is checked against, when known. */
  structure?: unknown;
  /** The default language of the bound version. */
  defaultLanguage?: string;
  /** The latest minor of the bound major ("1.2"), when known. */
  latestVersion?: string;
  l10n?: Localizer;
}

const FIELDS = '/fields_values';
const MAX_VALUE_CHOICES = 7;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A value as the title of a fix shows it (shortened). */
export function shownValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** Values the problem lists as allowed: the suggestion first (preferred), then the others. */
function valueChoices(p: Problem, preferFirst: boolean, l10n: Localizer): FixPlan[] {
  const suggestion = p.data?.suggestion;
  const allowed: readonly unknown[] = Array.isArray(p.data?.allowed) ? p.data.allowed : [];
  const ordered = suggestion !== undefined ? [suggestion, ...allowed.filter((a) => JSON.stringify(a) !== JSON.stringify(suggestion))] : allowed;
  return ordered.slice(0, MAX_VALUE_CHOICES).map((v, i) => ({ title: l10n.t('Change to {0}', shownValue(v)), change: { kind: 'set', pointer: p.pointer, value: v }, preferred: i === 0 && (suggestion !== undefined || preferFirst) }));
}

/** "35" → 35, 35 → "35", "true" → true: the declared type, when the value converts cleanly. */
function conversion(p: Problem, current: unknown, l10n: Localizer): FixPlan | undefined {
  const types: readonly unknown[] = Array.isArray(p.data?.expectedTypes) ? p.data.expectedTypes : [];
  let value: unknown;
  if ((types.includes('number') || types.includes('integer')) && typeof current === 'string' && /^-?\d+(\.\d+)?$/.test(current.trim())) {
    value = Number(current.trim());
    if (types.includes('integer') && !types.includes('number') && !Number.isInteger(value)) return undefined;
  } else if (types.includes('string') && (typeof current === 'number' || typeof current === 'boolean')) value = String(current);
  else if (types.includes('boolean') && (current === 'true' || current === 'false')) value = current === 'true';
  else return undefined;
  return { title: l10n.t('Convert to {0}', shownValue(value)), change: { kind: 'set', pointer: p.pointer, value }, preferred: true };
}

function missingKeyFixes(p: Problem, ctx: FixContext, l10n: Localizer): FixPlan[] {
  const out: FixPlan[] = [];
  const key = str(p.data?.key) ?? lastSegment(p.pointer);
  const objectPointer = parentPointer(p.pointer);
  const obj = valueAt(ctx.value, objectPointer);
  // The data spells it differently: renaming is the fix — unless the data's spelling is the one
  // the template declares (a defective `required`): then both are needed, see below.
  const present = str(p.data?.present);
  const declaredAs = str(p.data?.declaredAs);
  if (present !== undefined && present !== declaredAs && isJsonObject(obj) && !(key in obj) && present in obj) {
    out.push({ title: l10n.t('Rename {0} to {1}', fieldName(present), fieldName(key)), change: { kind: 'rename', pointer: `${objectPointer}/${escapePointerSegment(present)}`, key }, preferred: true });
  }
  // A rule that fired only because a key is missing: give that key a value that keeps it off.
  const vacuous = str(p.data?.vacuousKey);
  const ifPointer = str(p.data?.ifPointer);
  if (vacuous !== undefined && ifPointer !== undefined && ctx.structure !== undefined && p.pointer.startsWith(FIELDS)) {
    const avoid = valueAvoidingCondition(ctx.structure, ifPointer, objectPointer.slice(FIELDS.length), vacuous);
    if (avoid !== undefined) {
      out.push({ title: l10n.t('Add {0}: {1} (the rule then does not apply)', fieldName(vacuous), shownValue(avoid)), change: { kind: 'set', pointer: `${objectPointer}/${escapePointerSegment(vacuous)}`, value: avoid }, preferred: !out.length });
    }
  }
  // The template requires `dni` but declares `DNI`: the value of DNI under the required spelling.
  if (declaredAs !== undefined && isJsonObject(obj) && obj[declaredAs] !== undefined) {
    out.push({ title: l10n.t('Add {0} with the value of {1}', fieldName(key), fieldName(declaredAs)), change: { kind: 'set', pointer: p.pointer, value: obj[declaredAs] }, preferred: !out.length });
  }
  let example: unknown;
  if (p.pointer.startsWith(`${FIELDS}/`) && ctx.structure !== undefined) example = exampleAt(ctx.structure, p.pointer.slice(FIELDS.length));
  else if (p.pointer === FIELDS) example = {};
  else if (p.pointer === '/document') example = { name: 'documento_1', tags: [] };
  else if (p.pointer === '/language') example = ctx.defaultLanguage ?? 'ES';
  else if (p.pointer === '/document/name') example = 'documento_1';
  if (example !== undefined) out.push({ title: l10n.t('Add {0} with an example value: {1}', fieldName(key), shownValue(example)), change: { kind: 'set', pointer: p.pointer, value: example }, preferred: !out.length });
  return out;
}

function unknownKeyFixes(p: Problem, ctx: FixContext, l10n: Localizer): FixPlan[] {
  const out: FixPlan[] = [];
  const key = str(p.data?.key) ?? lastSegment(p.pointer);
  const suggestion = str(p.data?.suggestion);
  const obj = valueAt(ctx.value, parentPointer(p.pointer));
  if (suggestion !== undefined && !(isJsonObject(obj) && suggestion in obj)) {
    out.push({ title: l10n.t('Rename {0} to {1}', fieldName(key), fieldName(suggestion)), change: { kind: 'rename', pointer: p.pointer, key: suggestion }, preferred: true });
  }
  out.push({ title: l10n.t('Remove {0}', fieldName(key)), change: { kind: 'remove', pointer: p.pointer }, preferred: !out.length && suggestion === undefined });
  return out;
}

function bindingFixes(p: Problem, ctx: FixContext, l10n: Localizer): FixPlan[] {
  const choose: FixPlan = { title: l10n.t('Choose the template…'), command: 'changeTemplate' };
  switch (p.code) {
    case 'fill/minor-not-latest':
      return [
        { title: l10n.t('Check against the latest minor (remove the pin)'), change: { kind: 'remove', pointer: '/template/minor' }, preferred: true },
        ...(typeof p.data?.latest === 'number' && ctx.latestVersion ? [{ title: l10n.t('Pin {0}', ctx.latestVersion), change: { kind: 'set', pointer: '/template/minor', value: p.data.latest } as JsonChange }] : []),
      ];
    case 'fill/template-not-found':
      return [...(str(p.data?.suggestion) !== undefined ? [{ title: l10n.t('Change to {0}', shownValue(p.data?.suggestion)), change: { kind: 'set', pointer: p.pointer, value: p.data?.suggestion } as JsonChange, preferred: true }] : []), choose];
    case 'fill/template-missing':
    case 'fill/major-not-found':
    case 'fill/minor-not-found':
    case 'fill/template-unavailable':
      return [{ ...choose, preferred: p.code === 'fill/template-missing' }];
    default:
      return [];
  }
}

/** The fixes of one problem of a fill file, preferred first where there is one. */
export function fillFixPlans(p: Problem, ctx: FixContext): FixPlan[] {
  const l10n = ctx.l10n ?? english;
  const out: FixPlan[] = [];
  switch (p.code) {
    case 'schema/required':
    case 'schema/dependentRequired':
    case 'field/missing':
      out.push(...missingKeyFixes(p, ctx, l10n));
      break;
    case 'schema/additionalProperties':
    case 'schema/unevaluatedProperties':
    case 'field/unknown':
      out.push(...unknownKeyFixes(p, ctx, l10n));
      break;
    case 'schema/enum':
    case 'schema/const':
      out.push(...valueChoices(p, false, l10n));
      break;
    case 'field/value':
    case 'fill/language-unavailable':
      // Request members: the first allowed value is the documented default (fill_priority "low").
      out.push(...valueChoices(p, true, l10n));
      break;
    case 'fill/tag-case':
    case 'fill/tag-whitespace':
      if (p.data?.suggestion !== undefined) out.push({ title: l10n.t('Change to {0}', shownValue(p.data.suggestion)), change: { kind: 'set', pointer: p.pointer, value: p.data.suggestion }, preferred: true });
      break;
    case 'schema/type':
    case 'field/type': {
      const fix = conversion(p, valueAt(ctx.value, p.pointer), l10n);
      if (fix) out.push(fix);
      break;
    }
    case 'schema/format':
    case 'schema/pattern':
      if (p.data?.example !== undefined) out.push({ title: l10n.t('Replace with an example: {0}', shownValue(p.data.example)), change: { kind: 'set', pointer: p.pointer, value: p.data.example } });
      break;
    default:
      out.push(...bindingFixes(p, ctx, l10n));
  }
  if (p.origin === 'schema' && p.schemaPath !== undefined) out.push({ title: l10n.t('Show rule in structure'), command: 'showRule' });
  return out;
}

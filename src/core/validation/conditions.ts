// Why a conditional rule applies. ajv only says `must match "then" schema`; people need the
// condition that fired and where it is in their data: "because PAYMENT_METHOD is "card" (line 12),
// CARD_LAST_DIGITS is required". This module finds the `if` behind a then/else error, describes it
// against the data (including the classic defect: a condition on a property without `required`
// also holds when the property is missing) and names the data place it points at.
import { isJsonObject } from '../json/canonical';
import { escapePointerSegment, parsePointer, toPointer, valueAt } from '../json/pointer';
import type { Localizer } from '../l10n';
import type { RelatedPlace } from '../problems/problem';
import { schemaAtPointer } from '../schema/navigate';
import { fieldName, quote } from '../wording/values';

export interface Condition {
  /** "PAYMENT_METHOD is "card"" (then) or "PAYMENT_METHOD is not "card"" (else). */
  text: string;
  /** The data member the condition tested (for related information and "line N"). */
  pointer?: string;
  /**
   * Set when the `if` matched only because the property it tests is missing (a condition on
   * `properties` without `required`): the name of that property.
   */
  vacuousKey?: string;
  /** Data pointer of that missing property. */
  vacuousPointer?: string;
  /** "HAS_DISCOUNT is true": the condition as the template author meant it. */
  intended?: string;
  /** Pointer of the `if` in the structure. */
  ifPointer: string;
  branch: 'then' | 'else';
}

/** Schema keywords whose subschemas describe a member of the instance (one data level down). */
const DESCENDS: Readonly<Record<string, number>> = { properties: 2, patternProperties: 2, prefixItems: 2, additionalProperties: 1, items: 1, contains: 1, unevaluatedProperties: 1, unevaluatedItems: 1, propertyNames: 1 };

/** Ajv schema paths are URI fragments whose segments are percent-encoded pointer segments. */
export function schemaPathSegments(schemaPath: string): string[] {
  return parsePointer(schemaPath).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

export function segmentsPointer(segs: readonly string[]): string {
  return segs.map((s) => `/${escapePointerSegment(s)}`).join('');
}

/** How many data levels a run of schema path segments descends. */
function dataHops(segs: readonly string[]): number {
  let hops = 0;
  for (let i = 0; i < segs.length; i++) {
    const step = DESCENDS[segs[i] ?? ''];
    if (step === undefined) continue;
    hops++;
    i += step - 1;
  }
  return hops;
}

function describeTest(key: string, test: unknown, value: unknown, present: boolean, positive: boolean, l10n: Localizer): string {
  const name = fieldName(key);
  if (!present) return l10n.t('{0} is absent', name);
  if (isJsonObject(test) && 'const' in test) {
    return positive ? l10n.t('{0} is {1}', name, quote(test['const'])) : l10n.t('{0} is not {1} (it is {2})', name, quote(test['const']), quote(value));
  }
  if (isJsonObject(test) && Array.isArray(test['enum']) && !positive) return l10n.t('{0} is not one of {1} (it is {2})', name, test['enum'].map((v) => quote(v)).join(', '), quote(value));
  return l10n.t('{0} is {1}', name, quote(value));
}

/** The condition as written: "HAS_DISCOUNT is true". */
function intendedTest(key: string, test: unknown, l10n: Localizer): string {
  if (isJsonObject(test) && 'const' in test) return l10n.t('{0} is {1}', fieldName(key), quote(test['const']));
  if (isJsonObject(test) && Array.isArray(test['enum'])) return l10n.t('{0} is one of {1}', fieldName(key), test['enum'].map((v) => quote(v)).join(', '));
  return l10n.t('{0} matches its condition', fieldName(key));
}

/**
 * The condition behind an error raised inside a `then`/`else` (undefined for other errors).
 * `schemaPath` and `instancePath` are the ajv error's.
 */
export function conditionOf(schema: unknown, data: unknown, schemaPath: string, instancePath: string, l10n: Localizer): Condition | undefined {
  const segs = schemaPathSegments(schemaPath);
  let idx = -1;
  for (let i = segs.length - 1; i >= 0; i--) {
    if ((segs[i] === 'then' || segs[i] === 'else') && segs[i - 1] !== 'properties') {
      idx = i;
      break;
    }
  }
  if (idx < 0) return undefined;
  const branch = segs[idx] === 'then' ? 'then' : 'else';
  const ifSegs = [...segs.slice(0, idx), 'if'];
  const ifPointer = segmentsPointer(ifSegs);
  const ifSchema = schemaAtPointer(schema, ifPointer);
  // The object the `if` ran on: the error's instance, minus the levels the branch descended.
  const below = segs.slice(idx + 1, -1);
  const objSegs = parsePointer(instancePath);
  const objPointer = toPointer(objSegs.slice(0, Math.max(0, objSegs.length - dataHops(below))));
  const obj = valueAt(data, objPointer);
  if (!isJsonObject(ifSchema)) return { text: l10n.t('the condition at {0} holds', ifPointer || '/'), ifPointer, branch };

  const parts: string[] = [];
  let pointer: string | undefined;
  let vacuousKey: string | undefined;
  let intended: string | undefined;
  const props = isJsonObject(ifSchema['properties']) ? ifSchema['properties'] : {};
  const required = Array.isArray(ifSchema['required']) ? ifSchema['required'].filter((r): r is string => typeof r === 'string') : [];
  const has = (k: string) => isJsonObject(obj) && Object.prototype.hasOwnProperty.call(obj, k);
  for (const [key, test] of Object.entries(props)) {
    const present = has(key);
    if (!present && !required.includes(key) && branch === 'then') {
      vacuousKey ??= key;
      intended ??= intendedTest(key, test, l10n);
    }
    parts.push(describeTest(key, test, present && isJsonObject(obj) ? obj[key] : undefined, present, branch === 'then', l10n));
    if (present) pointer ??= `${objPointer}/${escapePointerSegment(key)}`;
  }
  for (const key of required) {
    if (key in props) continue;
    parts.push(has(key) ? l10n.t('{0} is present', fieldName(key)) : l10n.t('{0} is absent', fieldName(key)));
    if (has(key)) pointer ??= `${objPointer}/${escapePointerSegment(key)}`;
  }
  const text = parts.length ? parts.join(l10n.t(' and ')) : l10n.t('the condition at {0} holds', ifPointer);
  return { text, ifPointer, branch, ...(pointer !== undefined ? { pointer } : {}), ...(vacuousKey !== undefined ? { vacuousKey, intended, vacuousPointer: `${objPointer}/${escapePointerSegment(vacuousKey)}` } : {}) };
}

/** "(line 12)" when the caller can place the condition in the text. */
export function lineNote(cond: Condition, lineOf: ((pointer: string) => number | undefined) | undefined, l10n: Localizer): string {
  const line = cond.pointer !== undefined ? lineOf?.(cond.pointer) : undefined;
  return line !== undefined ? l10n.t(' (line {0})', line) : '';
}

/** Related information pointing at the data the condition tested. */
export function conditionRelated(cond: Condition, l10n: Localizer): RelatedPlace[] {
  return cond.pointer !== undefined ? [{ pointer: cond.pointer, message: l10n.t('the condition: {0}', cond.text) }] : [];
}

/** "because PAYMENT_METHOD is "card" (line 12), CARD_LAST_DIGITS is required". */
export function conditionalRequiredMessage(key: string, cond: Condition, lineOf: ((pointer: string) => number | undefined) | undefined, l10n: Localizer): string {
  if (cond.vacuousKey !== undefined) {
    return l10n.t('{0} is required: the template requires it when {1}, and that rule also applies when {2} is missing (its "if" has no "required")', fieldName(key), cond.intended ?? cond.text, fieldName(cond.vacuousKey));
  }
  return l10n.t('because {0}{1}, {2} is required', cond.text, lineNote(cond, lineOf, l10n), fieldName(key));
}

/** A suffix for other errors of a then/else branch: " (this rule applies because …)". */
export function conditionalSuffix(cond: Condition, lineOf: ((pointer: string) => number | undefined) | undefined, l10n: Localizer): string {
  if (cond.vacuousKey !== undefined) return l10n.t(' (this rule applies because {0} is missing and the template\'s "if" on it has no "required")', fieldName(cond.vacuousKey));
  return l10n.t(' (this rule applies because {0}{1})', cond.text, lineNote(cond, lineOf, l10n));
}

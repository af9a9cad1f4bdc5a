// Lint rules about required keys.
//  required-not-declared  a `required` key no `properties` declares. A spelling that differs only
//                         in case (`dni` vs `DNI`) or an object that forbids undeclared keys makes
//                         it an error: no data written with the declared fields satisfies it.
//  required-forbidden     a key required by a then/else, a oneOf/anyOf branch, an allOf member or
//                         dependentRequired, while the object's `additionalProperties: false`
//                         (which only sees the object's own `properties`) forbids it.
import { isJsonObject } from '../json/canonical';
import { escapePointerSegment } from '../json/pointer';
import { declaredProperties } from '../schema/navigate';
import { closest, sameLoosely } from '../wording/suggest';
import { fieldName } from '../wording/values';
import { isAssertive, placeWords, siblingAllows, stringList, type InstanceContext, type LintContext } from './context';

interface RequiredEntry {
  key: string;
  /** Pointer of the entry in the structure (`…/required/0`, `…/dependentRequired/A/0`). */
  pointer: string;
  /** Pointer of the subschema holding it. */
  holder: string;
  always: boolean;
}

function requiredEntries(inst: InstanceContext): RequiredEntry[] {
  const out: RequiredEntry[] = [];
  for (const a of inst.applied) {
    stringList(a.schema['required']).forEach((key, i) => out.push({ key, pointer: `${a.pointer}/required/${i}`, holder: a.pointer, always: a.applies === 'always' }));
    const dep = a.schema['dependentRequired'];
    if (isJsonObject(dep)) {
      for (const [trigger, keys] of Object.entries(dep)) {
        stringList(keys).forEach((key, i) => out.push({ key, pointer: `${a.pointer}/dependentRequired/${escapePointerSegment(trigger)}/${i}`, holder: a.pointer, always: false }));
      }
    }
  }
  return out;
}

function patternAllows(inst: InstanceContext, key: string): boolean {
  return inst.applied.some((a) => {
    const patterns = a.schema['patternProperties'];
    return isJsonObject(patterns) && Object.keys(patterns).some((p) => {
      try {
        return new RegExp(p, 'u').test(key);
      } catch {
        return false;
      }
    });
  });
}

export function lintRequired(ctx: LintContext): void {
  const { l10n } = ctx;
  for (const inst of ctx.instances) {
    if (!isAssertive(inst.pointer)) continue;
    const declared = declaredProperties(inst.applied);
    const closed = inst.schema['additionalProperties'] === false;
    const unevaluatedClosed = inst.schema['unevaluatedProperties'] === false;
    for (const entry of requiredEntries(inst)) {
      if (!isAssertive(entry.holder)) continue;
      const own = entry.holder === inst.pointer;
      // required-forbidden: additionalProperties only sees the object's own properties.
      if (closed && !own && !siblingAllows(inst.schema, entry.key)) {
        ctx.report(
          'required-forbidden',
          'error',
          entry.pointer,
          l10n.t('{0} is required by {1}, but "additionalProperties": false at {2} forbids it (it only allows the keys of its own "properties"): data that needs this rule can never be valid', fieldName(entry.key), placeWords(entry.holder, l10n), inst.pointer || '/'),
          { data: { key: entry.key } },
        );
        continue;
      }
      if (!declared.length || declared.includes(entry.key) || patternAllows(inst, entry.key)) continue;
      const near = closest(entry.key, declared);
      const caseOnly = near !== undefined && sameLoosely(near, entry.key);
      const severity = caseOnly || closed || unevaluatedClosed ? 'error' : 'warning';
      let message: string;
      if (caseOnly) message = l10n.t('{0} is required but the properties spell it {1} (names are case-sensitive): data written with the declared {1} never satisfies it', fieldName(entry.key), fieldName(near));
      else if (near !== undefined) message = l10n.t('{0} is required but not declared in "properties" (did you mean {1}?)', fieldName(entry.key), fieldName(near));
      else if (closed || unevaluatedClosed) message = l10n.t('{0} is required but not declared, and this object forbids undeclared keys: no data can be valid', fieldName(entry.key));
      else message = l10n.t('{0} is required but not declared in "properties": it has no type, description or example', fieldName(entry.key));
      ctx.report('required-not-declared', severity, entry.pointer, message, { data: { key: entry.key, ...(near !== undefined ? { suggestion: near } : {}) } });
    }
  }
}

// Quick fixes for lint findings in a template structure file: the declared spelling for a
// required key, the allowed value for an if-const, the known format, the closest JSON Schema type,
// and `"required": [KEY]` for an `if` that must not match when KEY is missing.
import { parentPointer, valueAt } from '../json/pointer';
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';
import { shownValue, type FixPlan } from '../fill/fixes';

export function lintFixPlans(p: Problem, structure: unknown, l10n: Localizer = english): FixPlan[] {
  const suggestion = p.data?.suggestion;
  switch (p.code) {
    case 'required-not-declared':
    case 'if-const-outside-enum':
    case 'unknown-format':
    case 'meta-schema':
      return suggestion === undefined ? [] : [{ title: l10n.t('Change to {0}', shownValue(suggestion)), change: { kind: 'set', pointer: p.pointer, value: suggestion }, preferred: true }];
    case 'if-without-required': {
      const key = typeof p.data?.key === 'string' ? p.data.key : undefined;
      const ifPointer = typeof p.data?.ifPointer === 'string' ? p.data.ifPointer : parentPointer(parentPointer(p.pointer));
      if (key === undefined) return [];
      const current = valueAt(structure, `${ifPointer}/required`);
      const required = Array.isArray(current) ? [...(current as unknown[]), key] : [key];
      return [{ title: l10n.t('Add "required": [{0}] to the "if"', JSON.stringify(key)), change: { kind: 'set', pointer: `${ifPointer}/required`, value: required }, preferred: true }];
    }
    default:
      return [];
  }
}

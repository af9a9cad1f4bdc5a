// One mistake, one finding. After wording, some findings repeat another one:
//  - an unknown key whose closest declared spelling is also missing ("customer" vs required
//    "CUSTOMER"): one finding on the key, saying the right spelling is required (renaming fixes both);
//  - a value of the wrong type also failing its enum, format, pattern or range: the type says it;
//  - a key reported by both additionalProperties and unevaluatedProperties;
//  - the same requirement reached through several paths (allOf repeating a rule).
import type { Localizer } from '../l10n';
import { fieldName } from '../wording/values';
import type { FieldError } from './messages';

const STRUCTURAL = new Set(['required', 'dependentRequired', 'additionalProperties', 'unevaluatedProperties']);

function parentOf(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer of the required key an unknown key's suggestion names, when that key is missing. */
function foldTarget(e: FieldError, missing: ReadonlySet<string>): string | undefined {
  if (e.keyword !== 'additionalProperties' && e.keyword !== 'unevaluatedProperties') return undefined;
  const suggestion = typeof e.data?.suggestion === 'string' ? e.data.suggestion : undefined;
  const target = suggestion !== undefined ? `${parentOf(e.pointer)}/${escapeSegment(suggestion)}` : undefined;
  return target !== undefined && missing.has(target) ? target : undefined;
}

export function removeRedundant(errors: readonly FieldError[], l10n: Localizer): FieldError[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.pointer));
  const missing = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.pointer));
  const folded = new Map<FieldError, string>();
  const foldedTargets = new Set<string>();
  for (const e of errors) {
    const target = foldTarget(e, missing);
    if (target !== undefined && !foldedTargets.has(target)) {
      folded.set(e, target);
      foldedTargets.add(target);
    }
  }
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const keep = (e: FieldError, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  for (const e of errors) {
    if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
      const suggestion = String(e.data?.suggestion ?? '');
      const merged = folded.has(e) ? { ...e, message: l10n.t('{0} is not a field here (did you mean {1}? {1} is required)', fieldName(String(e.data?.key ?? '')), fieldName(suggestion)), data: { ...e.data, required: true } } : e;
      keep(merged, `unknown\u0000${e.pointer}`);
      continue;
    }
    if (e.keyword === 'required' && foldedTargets.has(e.pointer)) continue;
    // A rule that fired only because a key is missing, when that key is itself required and
    // reported: adding the key settles both.
    const vacuous = typeof e.data?.vacuousPointer === 'string' ? e.data.vacuousPointer : undefined;
    if (vacuous !== undefined && missing.has(vacuous)) continue;
    if (!STRUCTURAL.has(e.keyword) && e.keyword !== 'type' && typed.has(e.pointer)) continue;
    if (e.keyword === 'required' || e.keyword === 'dependentRequired') keep(e, `required\u0000${e.pointer}`);
    else if (e.keyword === 'enum' || e.keyword === 'const') keep(e, `value\u0000${e.pointer}`);
    else keep(e, `${e.keyword}\u0000${e.pointer}\u0000${e.message}`);
  }
  return out;
}

// A template structure checked against the draft 2020-12 meta-schema, with each violation at its
// place in the structure and in words: `"type": "strin"` → `"strin" is not a JSON Schema type
// (did you mean "string"?); the types are "string", …` — allowed values closest first. ajv reports
// a bad `type` three times (enum, array, anyOf); one finding per place is kept.
import type { ErrorObject } from 'ajv';
import { valueAt } from '../json/pointer';
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';
import { closest, editDistance } from '../wording/suggest';
import { listWords, quote } from '../wording/values';
import { humanizeErrors } from './messages';

function keywordOf(pointer: string): string {
  return pointer.split('/').pop() ?? '';
}

/** One error per place: an enum beats the `type`/anyOf noise of the same place. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPlace = new Map<string, ErrorObject[]>();
  for (const e of errors) byPlace.set(e.instancePath, [...(byPlace.get(e.instancePath) ?? []), e]);
  const out: ErrorObject[] = [];
  for (const group of byPlace.values()) {
    const specific = group.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== '$dynamicRef');
    const pool = specific.length ? specific : group;
    const enumError = pool.find((e) => e.keyword === 'enum');
    out.push(...(enumError ? [enumError] : pool));
  }
  return out;
}

/** Violations of the meta-schema as problems (rule `meta-schema`) in the structure document. */
export function metaSchemaProblems(errors: readonly ErrorObject[], structure: unknown, l10n: Localizer = english): Problem[] {
  const out: Problem[] = [];
  for (const e of mostSpecific(errors)) {
    const value = valueAt(structure, e.instancePath);
    const keyword = keywordOf(e.instancePath);
    let message: string;
    const data: Record<string, unknown> = { keyword };
    const allowed = (e.params as { allowedValues?: unknown }).allowedValues;
    if (e.keyword === 'enum' && Array.isArray(allowed) && typeof value === 'string') {
      const words = allowed.filter((a): a is string => typeof a === 'string');
      const sorted = [...words].sort((a, b) => editDistance(value, a) - editDistance(value, b));
      const suggestion = closest(value, words) ?? sorted[0];
      if (suggestion !== undefined) data['suggestion'] = suggestion;
      data['allowed'] = sorted;
      message =
        keyword === 'type' || /\/type\/\d+$/.test(e.instancePath)
          ? l10n.t('{0} is not a JSON Schema type (did you mean {1}?); the types are {2}', quote(value), quote(suggestion), listWords(sorted, l10n))
          : l10n.t('must be one of {0} (got {1}; did you mean {2}?)', listWords(sorted, l10n), quote(value), quote(suggestion));
    } else {
      const [worded] = humanizeErrors([e], undefined, structure, { l10n });
      message = worded?.message ?? e.message ?? e.keyword;
    }
    out.push({
      pointer: e.instancePath,
      message: keyword ? l10n.t('"{0}": {1}', keyword, message) : message,
      code: 'meta-schema',
      severity: 'error',
      origin: 'lint',
      target: 'value',
      keyword: e.keyword,
      data,
    });
  }
  return out;
}

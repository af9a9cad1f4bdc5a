// JSON Schema (ajv) findings as problems. The words come from core/validation/messages.ts
// (`humanizeErrors`: one entry per real mistake, conditions named, oneOf collapsed); this adapter
// only gives them the common shape, with every pointer (related places too) moved under
// `pointerPrefix` when the data sits inside a larger document (a fill file's `fields_values`).
import type { FieldError } from '../validation/messages';
import type { Problem } from './problem';

function defaultTarget(keyword: string): Problem['target'] {
  if (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') return 'key';
  if (keyword === 'required' || keyword === 'dependentRequired') return 'parent';
  return 'value';
}

export function schemaProblems(errors: readonly FieldError[], pointerPrefix = ''): Problem[] {
  return errors.map((e) => ({
    pointer: pointerPrefix + e.pointer,
    message: e.message,
    code: `schema/${e.keyword}`,
    severity: e.keyword === 'limit' ? 'info' : 'error',
    origin: 'schema',
    keyword: e.keyword,
    schemaPath: e.schemaPath,
    target: e.target ?? defaultTarget(e.keyword),
    data: { ...e.params, ...e.data },
    ...(e.related?.length ? { related: e.related.map((r) => ({ ...r, pointer: pointerPrefix + r.pointer })) } : {}),
  }));
}

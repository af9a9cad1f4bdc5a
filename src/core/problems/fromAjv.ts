// JSON Schema (ajv) findings as problems. The words come from core/validation/messages.ts
// (`humanizeErrors`: one entry per real mistake, conditions named, oneOf collapsed); this adapter
// only gives them the common shape.
import type { FieldError } from '../validation/messages';
import type { Problem } from './problem';

export function schemaProblems(errors: readonly FieldError[], pointerPrefix = ''): Problem[] {
  return errors.map((e) => ({
    pointer: pointerPrefix + e.pointer,
    message: e.message,
    code: `schema/${e.keyword}`,
    severity: 'error',
    origin: 'schema',
    keyword: e.keyword,
    schemaPath: e.schemaPath,
    target: e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties' ? 'key' : e.keyword === 'required' || e.keyword === 'dependentRequired' ? 'parent' : 'value',
    data: { ...e.params },
  }));
}

// Validation results in the Documents API's error format (`{errors:[{code,title,ref,details}]}`),
// used by the sandbox's fill endpoint and wherever we mimic the API's 400. The seed only shows
// "MDOC-XXX", so the codes below are ours, stable, and documented here:
//
//   MDOC-400-SCHEMA-REQUIRED      a required property is missing (incl. if/then requirements)
//   MDOC-400-SCHEMA-UNKNOWN-FIELD a property the structure does not allow (additionalProperties)
//   MDOC-400-SCHEMA-TYPE          wrong JSON type
//   MDOC-400-SCHEMA-VALUE         value not in enum / not the const
//   MDOC-400-SCHEMA-FORMAT        string not in the declared format (email, date-time, …)
//   MDOC-400-SCHEMA-ALTERNATIVE   oneOf/anyOf not satisfied
//   MDOC-400-SCHEMA-INVALID       the template structure itself is not a valid JSON Schema
//   MDOC-400-SCHEMA               any other JSON Schema keyword
//
// `details` is `<pointer>: <message>`, the pointer being relative to the request body (by default
// prefixed with /fields_values) so a client can map it back to its own file.
import type { FieldError, ValidationResult } from './ajv';

export const MDOC_ERROR_REF = 'https://developers.masstack.com/en/docs/apis_documents_doc_swagger/1/schemas/#schemaerror';
export const MDOC_SCHEMA_TITLE = 'INVALID_FIELDS_VALUES';

export interface MdocError {
  code: string;
  title: string;
  ref: string;
  details: string;
}

export function mdocCodeFor(keyword: string): string {
  switch (keyword) {
    case 'required':
    case 'dependentRequired':
      return 'MDOC-400-SCHEMA-REQUIRED';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'MDOC-400-SCHEMA-UNKNOWN-FIELD';
    case 'type':
      return 'MDOC-400-SCHEMA-TYPE';
    case 'enum':
    case 'const':
      return 'MDOC-400-SCHEMA-VALUE';
    case 'format':
      return 'MDOC-400-SCHEMA-FORMAT';
    case 'oneOf':
    case 'anyOf':
      return 'MDOC-400-SCHEMA-ALTERNATIVE';
    case 'schema':
      return 'MDOC-400-SCHEMA-INVALID';
    default:
      return 'MDOC-400-SCHEMA';
  }
}

export function toMdocError(error: FieldError, pointerPrefix = '/fields_values'): MdocError {
  return {
    code: mdocCodeFor(error.keyword),
    title: error.keyword === 'schema' ? 'INVALID_TEMPLATE_STRUCTURE' : MDOC_SCHEMA_TITLE,
    ref: MDOC_ERROR_REF,
    details: `${pointerPrefix}${error.pointer || (pointerPrefix ? '' : '/')}: ${error.message}`,
  };
}

/** One MDOC error per problem; empty for a valid result. */
export function toMdocErrors(result: ValidationResult, options: { pointerPrefix?: string } = {}): MdocError[] {
  return result.errors.map((e) => toMdocError(e, options.pointerPrefix ?? '/fields_values'));
}

/** Reads back the pointer (relative to the prefix) and message from a `details` string. */
export function parseMdocDetails(details: string, pointerPrefix = '/fields_values'): { pointer: string; message: string } | undefined {
  const m = /^(\/.*?|): (.*)$/s.exec(details);
  if (!m) return undefined;
  const full = m[1] ?? '';
  if (!full.startsWith(pointerPrefix)) return undefined;
  return { pointer: full.slice(pointerPrefix.length), message: m[2] ?? '' };
}

// The one problem model. Whatever finds a mistake — the JSON parser, a zod model, a template's
// JSON Schema (ajv), the API's error body, the schema linter, a webhook check — reports it as a
// Problem: where (a JSON pointer, or an exact text span), what (a message for people, already in
// the display language), which rule (a stable `code`) and how bad. The editor turns problems into
// diagnostics, the CLI into `file:line:col  /pointer  message` lines and JSON, the sandbox into
// the API's error bodies. Adapters per source live next to this file (fromSyntax, fromZod,
// fromAjv, fromApi).
import { fieldPathOf } from '../json/pointer';

export type ProblemOrigin = 'syntax' | 'schema' | 'api' | 'lint';
export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Where in the member a pointer names the mark goes: its key (unknown keys), its value, or its parent (missing keys). */
export type ProblemTarget = 'key' | 'value' | 'parent';

export interface RelatedPlace {
  pointer: string;
  message: string;
}

export interface Problem {
  /** JSON pointer into the checked document; '' is the whole document. */
  pointer: string;
  message: string;
  /**
   * Stable id of the rule: `json/comma-expected`, `field/unknown`, `field/missing`, `schema/required`,
   * an API code (`missing_required_params`, `MDOC-400-…`), a lint rule id. Quick fixes and tests key on it.
   */
  code: string;
  severity: ProblemSeverity;
  origin: ProblemOrigin;
  /** Default: `parent` for a missing member, `value` otherwise. */
  target?: ProblemTarget;
  /** An exact text span, when the finder knows it (syntax errors); wins over the pointer. */
  span?: { offset: number; length: number };
  /** Facts quick fixes and completion use (missing key, suggestion, allowed values, expected types…). */
  data?: ProblemData;
  /** Other places that explain this one (the `if` whose condition made a `then` apply). */
  related?: RelatedPlace[];
  /** JSON Schema keyword and schema path (`#/allOf/1/then/required`), for "show rule". */
  keyword?: string;
  schemaPath?: string;
  /** As the API worded it: MDOC `title`/`ref`, the field name it blamed. */
  title?: string;
  ref?: string;
  source?: string;
}

export interface ProblemData {
  /** The key a `field/missing` or `schema/required` problem is about. */
  key?: string;
  /** A closer spelling of the key or value found at the pointer. */
  suggestion?: string;
  allowed?: readonly unknown[];
  expectedTypes?: readonly string[];
  /** A value that would satisfy the rule (for "insert missing key"). */
  example?: unknown;
  [k: string]: unknown;
}

export function isError(p: Problem): boolean {
  return p.severity === 'error';
}

export function errorCount(problems: readonly Problem[]): number {
  return problems.filter(isError).length;
}

/**
 * One line for logs, error messages and plain CLI output:
 * `MDOC-400-SCHEMA-REQUIRED fields_values.CUSTOMER: missing required property "CUSTOMER"`.
 */
export function formatProblem(p: Problem): string {
  const where = p.source ?? (p.pointer ? fieldPathOf(p.pointer) : '');
  const head = [p.origin === 'api' ? p.code : undefined, where || undefined].filter(Boolean).join(' ');
  return head ? `${head}: ${p.message}` : p.message;
}

/** Problems in document order (by span or pointer), errors before warnings at the same place. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...problems].sort((a, b) => {
    const ao = a.span?.offset;
    const bo = b.span?.offset;
    if (ao !== undefined && bo !== undefined && ao !== bo) return ao - bo;
    return rank[a.severity] - rank[b.severity];
  });
}

/** Drops exact repeats (same place, same code, same message): two finders agreeing is one mistake. */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.code}\u0000${p.message}\u0000${p.span?.offset ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

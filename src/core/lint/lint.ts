// The structure check for template structures: first the draft 2020-12 meta-schema (ajv), every
// violation at its place; then the lint rules, each finding with a rule id and an exact pointer.
// One entry for the editor (diagnostics on opened structures) and `mok schema lint`.
import { isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { parseJsonText } from '../problems/fromSyntax';
import type { Problem } from '../problems/problem';
import { DRAFT_2020_12, defaultValidator, type SchemaValidator } from '../validation/ajv';
import { limitProblem } from '../validation/limits';
import { metaSchemaProblems } from '../validation/metaErrors';
import { createLintContext } from './context';
import { lintConditions } from './rulesConditions';
import { lintRequired } from './rulesRequired';
import { lintValues } from './rulesValues';

/** Every rule id, with its default severity, for `--help`, SARIF rule lists and the docs. */
export const LINT_RULES: readonly { id: string; severity: 'error' | 'warning'; summary: string }[] = [
  { id: 'meta-schema', severity: 'error', summary: 'the structure is not valid JSON Schema draft 2020-12' },
  { id: 'required-not-declared', severity: 'error', summary: 'a required key that "properties" does not declare (error on a case mismatch or a closed object)' },
  { id: 'required-forbidden', severity: 'error', summary: 'a key required by a conditional or branch but forbidden by additionalProperties: false' },
  { id: 'if-const-outside-enum', severity: 'error', summary: 'an "if" testing a value the property never allows: its rule never applies' },
  { id: 'if-without-required', severity: 'warning', summary: 'an "if" on a property without "required": it also holds when the property is missing' },
  { id: 'const-type-mismatch', severity: 'error', summary: 'a const of another type than the declared "type"' },
  { id: 'enum-type-mismatch', severity: 'error', summary: 'an enum value of another type than the declared "type"' },
  { id: 'unknown-format', severity: 'warning', summary: 'a "format" validation does not know (ignored)' },
  { id: 'unreachable-branch', severity: 'warning', summary: 'an alternative, then or else that can never apply' },
  { id: 'remote-ref', severity: 'error', summary: 'a $ref to another document (never fetched)' },
  { id: 'unresolved-ref', severity: 'error', summary: 'a $ref that points to nothing' },
  { id: 'invalid-pattern', severity: 'error', summary: 'a pattern that is not a valid regular expression' },
  { id: 'schema-dialect', severity: 'warning', summary: 'a $schema other than draft 2020-12' },
];

export interface LintOptions {
  l10n?: Localizer;
  validator?: SchemaValidator;
}

/** Meta-schema violations and lint findings of a parsed structure. */
export function lintStructure(structure: unknown, options: LintOptions = {}): Problem[] {
  const l10n = options.l10n ?? english;
  if (typeof structure === 'boolean') return [];
  if (!isJsonObject(structure)) {
    return [{ pointer: '', message: l10n.t('a JSON Schema must be an object or a boolean'), code: 'meta-schema', severity: 'error', origin: 'lint', target: 'value' }];
  }
  const ajv = (options.validator ?? defaultValidator()).metaValidator();
  // Checked as 2020-12 whatever it declares (schema-dialect says so); ajv refuses unknown $schema URLs.
  const asDraft = { ...structure, $schema: DRAFT_2020_12 };
  const meta = ajv.validateSchema(asDraft) ? [] : metaSchemaProblems(ajv.errors ?? [], structure, l10n);
  const { ctx, problems } = createLintContext(structure, l10n);
  lintRequired(ctx);
  lintConditions(ctx);
  lintValues(ctx);
  return [...meta, ...problems];
}

/** The same for a structure file's text: syntax and size limits first. */
export function lintStructureText(text: string, options: LintOptions = {}): { problems: Problem[]; structure: unknown } {
  const l10n = options.l10n ?? english;
  const limit = limitProblem(text, l10n);
  if (limit) return { problems: [limit], structure: undefined };
  const parsed = parseJsonText(text, l10n);
  if (parsed.problems.length) return { problems: parsed.problems, structure: parsed.value };
  return { problems: lintStructure(parsed.value, options), structure: parsed.value };
}

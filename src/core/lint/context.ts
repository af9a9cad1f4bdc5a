// What lint rules look at: every place of a structure that describes one instance (the root,
// each `properties/X`, `items`, `$defs/X`…) with everything that applies to that instance in
// place (allOf, then/else, oneOf/anyOf branches, `$ref` targets), and helpers to make findings.
import { isJsonObject } from '../json/canonical';
import type { Localizer } from '../l10n';
import type { Problem, ProblemData, ProblemSeverity } from '../problems/problem';
import { inPlace, visitSchemas, type AppliedSchema, type SchemaObject } from '../schema/navigate';

export interface InstanceContext {
  /** Pointer of the schema describing the instance. */
  pointer: string;
  schema: SchemaObject;
  /** The schema itself first, then every in-place subschema. */
  applied: AppliedSchema[];
}

export interface LintContext {
  readonly root: unknown;
  readonly l10n: Localizer;
  readonly instances: InstanceContext[];
  report(rule: string, severity: ProblemSeverity, pointer: string, message: string, extra?: { target?: Problem['target']; data?: ProblemData }): void;
}

const INSTANCE_ROOT = /(^$|\/(properties|patternProperties|\$defs|definitions|prefixItems)\/[^/]+$|\/(items|additionalProperties|unevaluatedProperties|unevaluatedItems|contains)$)/;

/** Inside a condition or a negation, assertions mean something else: assertive rules skip these. */
export function isAssertive(pointer: string): boolean {
  return !/\/(if|not)(\/|$)/.test(pointer);
}

export function instanceContexts(root: unknown): InstanceContext[] {
  const out: InstanceContext[] = [];
  visitSchemas(root, (schema, pointer) => {
    if (INSTANCE_ROOT.test(pointer)) out.push({ pointer, schema, applied: inPlace(root, schema, pointer) });
  });
  return out;
}

export function createLintContext(root: unknown, l10n: Localizer): { ctx: LintContext; problems: Problem[] } {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const ctx: LintContext = {
    root,
    l10n,
    instances: instanceContexts(root),
    report(rule, severity, pointer, message, extra = {}) {
      const key = `${rule}\u0000${pointer}`;
      if (seen.has(key)) return;
      seen.add(key);
      problems.push({ pointer, message, code: rule, severity, origin: 'lint', target: extra.target ?? 'value', ...(extra.data ? { data: extra.data } : {}) });
    },
  };
  return { ctx, problems };
}

export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Names an object schema lets through `additionalProperties: false`: its own properties and patterns. */
export function siblingAllows(schema: SchemaObject, key: string): boolean {
  const props = schema['properties'];
  if (isJsonObject(props) && Object.prototype.hasOwnProperty.call(props, key)) return true;
  const patterns = schema['patternProperties'];
  if (!isJsonObject(patterns)) return false;
  return Object.keys(patterns).some((p) => {
    try {
      return new RegExp(p, 'u').test(key);
    } catch {
      return false;
    }
  });
}

/** "a then", "alternative #2 of a oneOf", "an allOf member": where a subschema sits, in words. */
export function placeWords(pointer: string, l10n: Localizer): string {
  const m = /\/(then|else|oneOf|anyOf|allOf|dependentSchemas)(?:\/([^/]+))?$/.exec(pointer);
  switch (m?.[1]) {
    case 'then':
      return l10n.t('the "then" at {0}', pointer);
    case 'else':
      return l10n.t('the "else" at {0}', pointer);
    case 'oneOf':
    case 'anyOf':
      return l10n.t('alternative #{0} of the "{1}" at {2}', Number(m[2]) + 1, m[1], pointer.replace(/\/[^/]+\/[^/]+$/, '') || '/');
    case 'dependentSchemas':
      return l10n.t('the dependent schema at {0}', pointer);
    default:
      return l10n.t('the schema at {0}', pointer || '/');
  }
}

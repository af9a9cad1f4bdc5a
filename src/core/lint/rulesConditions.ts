// Lint rules about conditions and alternatives.
//  if-const-outside-enum  an `if` tests a property for a value its own declaration never allows
//                         (`const: "BANK_TRANSFER"` against `enum: ["bank_transfer", …]`): the
//                         rule can never fire.
//  if-without-required    an `if` on `properties` without `required` also holds when the property
//                         is missing, so its `then` applies to everyone who omits it.
//  unreachable-branch     an alternative that can never match (its const is outside the
//                         property's enum, it is `false`, or it repeats another oneOf branch), or
//                         a then/else an always-true/false `if` never reaches.
import { canonicalJson, isJsonObject } from '../json/canonical';
import { escapePointerSegment } from '../json/pointer';
import { alwaysRequired, childSchemas, type AppliedSchema } from '../schema/navigate';
import { closest } from '../wording/suggest';
import { fieldName, listWords, quote } from '../wording/values';
import { isAssertive, stringList, type InstanceContext, type LintContext } from './context';
import { valueFitsTypes } from './rulesValues';

interface Declared {
  allowed?: unknown[];
  types: string[];
}

/** What the instance's own (always-applying) declaration of `key` allows. */
function declaredOf(ctx: LintContext, inst: InstanceContext, key: string): Declared | undefined {
  const always = inst.applied.filter((a) => a.applies === 'always');
  const child = childSchemas(ctx.root, always, key).filter((c) => c.applies === 'always');
  if (!child.length) return undefined;
  let allowed: unknown[] | undefined;
  let types: string[] = [];
  for (const c of child) {
    if ('const' in c.schema) allowed = [c.schema['const']];
    else if (Array.isArray(c.schema['enum']) && !allowed) allowed = [...(c.schema['enum'] as unknown[])];
    const t = c.schema['type'];
    if (!types.length) types = typeof t === 'string' ? [t] : stringList(t);
  }
  return { ...(allowed ? { allowed } : {}), types };
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Values a test subschema accepts (`const` or `enum`), or undefined when it is not a value test. */
function testedValues(test: unknown): unknown[] | undefined {
  if (!isJsonObject(test)) return undefined;
  if ('const' in test) return [test['const']];
  return Array.isArray(test['enum']) ? [...(test['enum'] as unknown[])] : undefined;
}

/** Whether the declaration can ever accept one of `values`. */
function reachable(values: readonly unknown[], declared: Declared): boolean {
  return values.some((v) => (!declared.allowed || declared.allowed.some((a) => same(a, v))) && (!declared.types.length || valueFitsTypes(v, declared.types)));
}

function neverWords(ctx: LintContext, key: string, declared: Declared, value: unknown): { text: string; suggestion?: string } {
  const { l10n } = ctx;
  if (declared.allowed) {
    const strings = declared.allowed.filter((a): a is string => typeof a === 'string');
    const suggestion = typeof value === 'string' ? closest(value, strings) : undefined;
    const text = suggestion !== undefined ? l10n.t('{0} only allows {1} (did you mean {2}?)', fieldName(key), listWords(declared.allowed, l10n), quote(suggestion)) : l10n.t('{0} only allows {1}', fieldName(key), listWords(declared.allowed, l10n));
    return { text, ...(suggestion !== undefined ? { suggestion } : {}) };
  }
  return { text: l10n.t('{0} is declared as {1}', fieldName(key), declared.types.join(' | ')) };
}

function lintIf(ctx: LintContext, inst: InstanceContext, a: AppliedSchema): void {
  const { l10n } = ctx;
  const cond = a.schema['if'];
  const ifPointer = `${a.pointer}/if`;
  if (cond === true || (isJsonObject(cond) && Object.keys(cond).length === 0)) {
    if (a.schema['else'] !== undefined) ctx.report('unreachable-branch', 'warning', `${a.pointer}/else`, l10n.t('this "else" never applies: its "if" always holds'));
    return;
  }
  if (cond === false) {
    if (a.schema['then'] !== undefined) ctx.report('unreachable-branch', 'warning', `${a.pointer}/then`, l10n.t('this "then" never applies: its "if" is false'));
    return;
  }
  if (!isJsonObject(cond) || !isJsonObject(cond['properties'])) return;
  const required = stringList(cond['required']);
  const always = alwaysRequired(inst.applied);
  const thenRequired = isJsonObject(a.schema['then']) ? stringList(a.schema['then']['required']) : [];
  for (const [key, test] of Object.entries(cond['properties'])) {
    const propPointer = `${ifPointer}/properties/${escapePointerSegment(key)}`;
    const values = testedValues(test);
    const declared = declaredOf(ctx, inst, key);
    if (values && declared && !reachable(values, declared)) {
      const which = isJsonObject(test) && 'const' in test ? 'const' : 'enum';
      const words = neverWords(ctx, key, declared, values[0]);
      ctx.report('if-const-outside-enum', 'error', `${propPointer}/${which}`, l10n.t('this condition can never hold: it tests {0} for {1}, but {2}; the rule it guards never applies', fieldName(key), values.map((v) => quote(v)).join(', '), words.text), {
        data: { key, ...(words.suggestion !== undefined ? { suggestion: words.suggestion } : {}) },
      });
    }
    if (!required.includes(key) && !always.includes(key)) {
      const consequence = thenRequired.length ? l10n.t('so {0} becomes required whenever {1} is omitted', thenRequired.map(fieldName).join(', '), fieldName(key)) : l10n.t('so its "then" applies whenever {0} is omitted', fieldName(key));
      ctx.report('if-without-required', 'warning', propPointer, l10n.t('this "if" also holds when {0} is missing ("properties" ignores absent keys), {1}: add "required": [{2}] to the "if"', fieldName(key), consequence, JSON.stringify(key)), {
        target: 'key',
        data: { key, ifPointer },
      });
    }
  }
}

function lintAlternatives(ctx: LintContext, inst: InstanceContext, a: AppliedSchema): void {
  const { l10n } = ctx;
  for (const kind of ['oneOf', 'anyOf'] as const) {
    const branches = a.schema[kind];
    if (!Array.isArray(branches)) continue;
    branches.forEach((branch, i) => {
      const pointer = `${a.pointer}/${kind}/${i}`;
      if (branch === false) {
        ctx.report('unreachable-branch', 'warning', pointer, l10n.t('alternative #{0} is false: it never matches', i + 1));
        return;
      }
      if (kind === 'oneOf') {
        const twin = branches.findIndex((b, j) => j < i && same(b, branch));
        if (twin >= 0) {
          ctx.report('unreachable-branch', 'error', pointer, l10n.t('alternative #{0} repeats #{1}: data matching one matches both, and "oneOf" then fails', i + 1, twin + 1));
          return;
        }
      }
      if (!isJsonObject(branch) || !isJsonObject(branch['properties'])) return;
      for (const [key, test] of Object.entries(branch['properties'])) {
        const values = testedValues(test);
        const declared = declaredOf(ctx, inst, key);
        if (!values || !declared || reachable(values, declared)) continue;
        const which = isJsonObject(test) && 'const' in test ? 'const' : 'enum';
        const words = neverWords(ctx, key, declared, values[0]);
        ctx.report('unreachable-branch', 'warning', `${pointer}/properties/${escapePointerSegment(key)}/${which}`, l10n.t('alternative #{0} can never match: it needs {1} to be {2}, but {3}', i + 1, fieldName(key), values.map((v) => quote(v)).join(', '), words.text), {
          data: { key, ...(words.suggestion !== undefined ? { suggestion: words.suggestion } : {}) },
        });
      }
    });
  }
}

export function lintConditions(ctx: LintContext): void {
  for (const inst of ctx.instances) {
    if (!isAssertive(inst.pointer)) continue;
    for (const a of inst.applied) {
      if (!isAssertive(a.pointer)) continue;
      if ('if' in a.schema) lintIf(ctx, inst, a);
      lintAlternatives(ctx, inst, a);
    }
  }
}

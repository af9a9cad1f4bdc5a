// Lint rules about single keywords.
//  const-type-mismatch / enum-type-mismatch  a const or enum value the declared `type` rejects.
//  unknown-format   a `format` validation does not know (it is ignored, so nothing is checked).
//  remote-ref       a $ref/$dynamicRef to another document: never fetched, so it cannot work.
//  unresolved-ref   a local $ref that points to nothing.
//  invalid-pattern  a `pattern` (or patternProperties key) that is not a valid regular expression.
//  schema-dialect   a `$schema` other than draft 2020-12 (structures are validated as 2020-12).
import { isJsonObject } from '../json/canonical';
import { escapePointerSegment } from '../json/pointer';
import { isRemoteRef, resolveRef, visitSchemas, type SchemaObject } from '../schema/navigate';
import { DRAFT_2020_12 } from '../validation/ajv';
import { KNOWN_FORMATS, isKnownFormat } from '../validation/formats';
import { closest } from '../wording/suggest';
import { quote, typeListWords, valueTypeWords } from '../wording/values';
import { stringList, type LintContext } from './context';

export function valueFitsTypes(v: unknown, types: readonly string[]): boolean {
  return types.some((t) => {
    switch (t) {
      case 'integer':
        return typeof v === 'number' && Number.isInteger(v);
      case 'number':
        return typeof v === 'number';
      case 'string':
        return typeof v === 'string';
      case 'boolean':
        return typeof v === 'boolean';
      case 'null':
        return v === null;
      case 'array':
        return Array.isArray(v);
      case 'object':
        return isJsonObject(v);
      default:
        return true;
    }
  });
}

function lintTypes(ctx: LintContext, node: SchemaObject, pointer: string): void {
  const { l10n } = ctx;
  const types = typeof node['type'] === 'string' ? [node['type']] : stringList(node['type']);
  if (!types.length) return;
  if ('const' in node && !valueFitsTypes(node['const'], types)) {
    ctx.report('const-type-mismatch', 'error', `${pointer}/const`, l10n.t('const {0} is {1}, but "type" is {2}: no value can be valid', quote(node['const']), valueTypeWords(node['const'], l10n), typeListWords(types, l10n)));
  }
  const values = node['enum'];
  if (Array.isArray(values)) {
    values.forEach((v, i) => {
      if (!valueFitsTypes(v, types)) ctx.report('enum-type-mismatch', 'error', `${pointer}/enum/${i}`, l10n.t('enum value {0} is {1}, but "type" is {2}: it can never be used', quote(v), valueTypeWords(v, l10n), typeListWords(types, l10n)));
    });
  }
}

function lintRefs(ctx: LintContext, node: SchemaObject, pointer: string): void {
  const { l10n } = ctx;
  for (const keyword of ['$ref', '$dynamicRef'] as const) {
    const ref = node[keyword];
    if (typeof ref !== 'string' || resolveRef(ctx.root, ref)) continue;
    if (isRemoteRef(ref)) {
      ctx.report('remote-ref', 'error', `${pointer}/${keyword}`, l10n.t('{0} points to another document ({1}); MOK DevTools never downloads schemas and the structure must stand alone: copy it under "$defs" and refer to it as "#/$defs/…"', keyword, quote(ref)));
    } else {
      ctx.report('unresolved-ref', 'error', `${pointer}/${keyword}`, l10n.t('{0} {1} points to nothing in this structure', keyword, quote(ref)));
    }
  }
}

function lintPatterns(ctx: LintContext, node: SchemaObject, pointer: string): void {
  const test = (pattern: string, at: string, target: 'key' | 'value') => {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      const reason = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e);
      ctx.report('invalid-pattern', 'error', at, ctx.l10n.t('{0} is not a valid regular expression: {1}', quote(pattern), reason), { target });
    }
  };
  if (typeof node['pattern'] === 'string') test(node['pattern'], `${pointer}/pattern`, 'value');
  const patterns = node['patternProperties'];
  if (isJsonObject(patterns)) for (const p of Object.keys(patterns)) test(p, `${pointer}/patternProperties/${escapePointerSegment(p)}`, 'key');
}

function lintFormat(ctx: LintContext, node: SchemaObject, pointer: string): void {
  const format = node['format'];
  if (typeof format !== 'string' || isKnownFormat(format)) return;
  const suggestion = closest(format, KNOWN_FORMATS);
  const { l10n } = ctx;
  ctx.report(
    'unknown-format',
    'warning',
    `${pointer}/format`,
    suggestion !== undefined ? l10n.t('unknown format {0} (did you mean {1}?): validation ignores it, so any string passes', quote(format), quote(suggestion)) : l10n.t('unknown format {0}: validation ignores it, so any string passes', quote(format)),
    { data: { format, ...(suggestion !== undefined ? { suggestion } : {}) } },
  );
}

export function lintValues(ctx: LintContext): void {
  const root = ctx.root;
  if (isJsonObject(root) && typeof root['$schema'] === 'string' && root['$schema'].replace(/#$/, '') !== DRAFT_2020_12) {
    ctx.report('schema-dialect', 'warning', '/$schema', ctx.l10n.t('"$schema" is {0}, but template structures are JSON Schema draft 2020-12 and are validated as such (e.g. "definitions" → "$defs", array "items" → "prefixItems")', quote(root['$schema'])));
  }
  visitSchemas(root, (node, pointer) => {
    lintTypes(ctx, node, pointer);
    lintRefs(ctx, node, pointer);
    lintPatterns(ctx, node, pointer);
    lintFormat(ctx, node, pointer);
  });
}

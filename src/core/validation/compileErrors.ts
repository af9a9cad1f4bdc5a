// A template structure ajv cannot compile, explained: which keyword, where in the structure, and
// what to do — never a crash or ajv's bare exception text. Remote references get their own
// message: nothing is ever fetched over the network to validate.
import { isJsonObject } from '../json/canonical';
import type { Localizer } from '../l10n';
import { isRemoteRef, visitSchemas } from '../schema/navigate';
import { quote } from '../wording/values';

export interface CompileFailure {
  /** Pointer of the offending keyword in the structure ('' when unknown). */
  pointer: string;
  keyword: string;
  message: string;
}

function findRef(schema: unknown, ref: string): { pointer: string; keyword: string } | undefined {
  let found: { pointer: string; keyword: string } | undefined;
  visitSchemas(schema, (node, pointer) => {
    for (const keyword of ['$ref', '$dynamicRef'] as const) {
      if (!found && typeof node[keyword] === 'string' && (node[keyword] === ref || ref.endsWith(String(node[keyword])))) found = { pointer: `${pointer}/${keyword}`, keyword };
    }
  });
  return found;
}

function badPattern(schema: unknown): { pointer: string; pattern: string; reason: string } | undefined {
  let found: { pointer: string; pattern: string; reason: string } | undefined;
  const test = (pattern: string, pointer: string) => {
    if (found) return;
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      found = { pointer, pattern, reason: e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e) };
    }
  };
  visitSchemas(schema, (node, pointer) => {
    if (typeof node['pattern'] === 'string') test(node['pattern'], `${pointer}/pattern`);
    if (isJsonObject(node['patternProperties'])) for (const p of Object.keys(node['patternProperties'])) test(p, `${pointer}/patternProperties`);
  });
  return found;
}

function firstKeyword(schema: unknown, keyword: string): string | undefined {
  let found: string | undefined;
  visitSchemas(schema, (node, pointer) => {
    if (found === undefined && keyword in node) found = `${pointer}/${keyword}`;
  });
  return found;
}

/** Explains an exception thrown by `ajv.compile(schema)`. */
export function explainCompileError(schema: unknown, error: unknown, l10n: Localizer): CompileFailure {
  const e = error as { missingRef?: unknown; message?: unknown } | undefined;
  const text = typeof e?.message === 'string' ? e.message : String(error);
  if (typeof e?.missingRef === 'string') {
    const ref = e.missingRef;
    const at = findRef(schema, ref) ?? { pointer: '', keyword: '$ref' };
    const message = isRemoteRef(ref)
      ? l10n.t('{0} {1} at {2} points to another document; MOK DevTools never downloads schemas to validate: copy it under "$defs" and refer to it as "#/$defs/…"', at.keyword, quote(ref), at.pointer || '/')
      : l10n.t('{0} {1} at {2} points to nothing in the structure', at.keyword, quote(ref), at.pointer || '/');
    return { pointer: at.pointer, keyword: at.keyword, message };
  }
  if (error instanceof SyntaxError || /regular expression/i.test(text)) {
    const bad = badPattern(schema);
    if (bad) return { pointer: bad.pointer, keyword: 'pattern', message: l10n.t('the pattern {0} at {1} is not a valid regular expression: {2}', quote(bad.pattern), bad.pointer, bad.reason) };
  }
  if (error instanceof RangeError) {
    const at = firstKeyword(schema, '$dynamicRef') ?? firstKeyword(schema, '$ref') ?? '';
    return { pointer: at, keyword: '$ref', message: l10n.t('the structure refers to itself in a loop that cannot be compiled (check the $ref/$dynamicRef at {0})', at || '/') };
  }
  return { pointer: '', keyword: 'schema', message: l10n.t('the structure cannot be compiled: {0}', text) };
}

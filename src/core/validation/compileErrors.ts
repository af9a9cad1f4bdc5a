// A template structure ajv cannot compile, explained: which keyword, where in the structure, and
// what to do — never a crash or ajv's bare exception text. Remote references get their own
// message: nothing is ever fetched over the network to validate.
import { isJsonObject } from '../json/canonical';
import type { Localizer } from '../l10n';
import { isRemoteRef, resolveRef, visitSchemas } from '../schema/navigate';
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

/** The subschemas that apply to the very same instance (no step into the data): edges of a loop. */
function inPlaceEdges(root: unknown, node: Record<string, unknown>, pointer: string): { to: unknown; pointer: string; via: string }[] {
  const out: { to: unknown; pointer: string; via: string }[] = [];
  for (const key of ['$ref', '$dynamicRef'] as const) {
    const ref = node[key];
    const target = typeof ref === 'string' ? resolveRef(root, ref) : undefined;
    if (target) out.push({ to: target.schema, pointer: target.pointer, via: `${pointer}/${key}` });
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((sub, i) => out.push({ to: sub, pointer: `${pointer}/${key}/${i}`, via: `${pointer}/${key}/${i}` }));
  }
  for (const key of ['not', 'if', 'then', 'else'] as const) if (isJsonObject(node[key])) out.push({ to: node[key], pointer: `${pointer}/${key}`, via: `${pointer}/${key}` });
  const dep = node['dependentSchemas'];
  if (isJsonObject(dep)) for (const [k, sub] of Object.entries(dep)) out.push({ to: sub, pointer: `${pointer}/dependentSchemas/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, via: `${pointer}/dependentSchemas` });
  return out;
}

/**
 * A `$ref` loop that never steps into the data (`{"$ref": "#"}`, two definitions referring to each
 * other through allOf): validating anything against it recurses forever. Returns the reference
 * that closes the loop, or undefined.
 */
export function findRefLoop(root: unknown, l10n: Localizer): CompileFailure | undefined {
  const state = new Map<unknown, 'open' | 'done'>();
  let loop: { via: string; target: string } | undefined;
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (loop || !isJsonObject(node) || state.get(node) === 'done' || depth > 512) return;
    state.set(node, 'open');
    for (const edge of inPlaceEdges(root, node, pointer)) {
      if (loop) break;
      if (state.get(edge.to) === 'open') loop = { via: edge.via, target: edge.pointer };
      else walk(edge.to, edge.pointer, depth + 1);
    }
    state.set(node, 'done');
  };
  visitSchemas(root, (node, pointer) => walk(node, pointer, 0));
  if (!loop) return undefined;
  return {
    pointer: loop.via,
    keyword: loop.via.endsWith('Ref') ? '$ref' : loop.via.split('/').pop() ?? '$ref',
    message: l10n.t('{0} leads back to {1} without stepping into the data, so validating anything against it would never end: make the reference go through "properties" or "items", or remove it', loop.via, loop.target || '/'),
  };
}

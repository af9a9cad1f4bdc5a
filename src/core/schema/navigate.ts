// Reading a JSON Schema (draft 2020-12) the way validation applies it: local `$ref`s followed
// (never fetched: a remote reference resolves to nothing), the in-place applicators (allOf,
// if/then/else, oneOf/anyOf, dependentSchemas) gathered for one instance, and the subschemas that
// apply at a path of the data. Completion, hover, examples, quick fixes, "show rule in structure"
// and lint read schemas through here, so they all agree on what applies where.
import { isJsonObject } from '../json/canonical';
import { parsePointer } from '../json/pointer';

export type SchemaObject = Record<string, unknown>;

/** How a subschema applies to the instance its parent describes. */
export type Applies = 'always' | 'conditional' | 'alternative';

export interface AppliedSchema {
  schema: SchemaObject;
  /** JSON pointer of the subschema inside the root schema document. */
  pointer: string;
  applies: Applies;
}

function escape(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The node at a JSON pointer (or `#/…` fragment) of a schema document. */
export function schemaAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const seg of parsePointer(pointer)) {
    if (Array.isArray(node)) node = /^\d+$/.test(seg) ? node[Number(seg)] : undefined;
    else if (isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, seg)) node = node[seg];
    else return undefined;
  }
  return node;
}

/** True for a reference that needs another document (`https://…`, `other.json#…`). */
export function isRemoteRef(ref: string): boolean {
  return !ref.startsWith('#');
}

/**
 * Where a local reference points: `#`, `#/json/pointer` or `#anchor` (`$anchor`/`$dynamicAnchor`),
 * or an `$id` embedded in the document. Undefined when it does not resolve locally.
 */
export function resolveRef(root: unknown, ref: string): { schema: unknown; pointer: string } | undefined {
  if (ref === '#' || ref === '') return { schema: root, pointer: '' };
  if (ref.startsWith('#/')) {
    let pointer: string;
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      return undefined;
    }
    const schema = schemaAtPointer(root, pointer);
    return schema === undefined ? undefined : { schema, pointer };
  }
  const anchor = ref.startsWith('#') ? ref.slice(1) : undefined;
  let found: { schema: unknown; pointer: string } | undefined;
  visitSchemas(root, (node, pointer) => {
    if (found) return;
    if (anchor !== undefined ? node['$anchor'] === anchor || node['$dynamicAnchor'] === anchor : node['$id'] === ref) found = { schema: node, pointer };
  });
  return found;
}

const SUBSCHEMA_OBJECTS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
const SUBSCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMA_SINGLE = ['not', 'if', 'then', 'else', 'items', 'contains', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'] as const;

/** Calls `visit` on every schema object of the document (depth first), with its pointer. */
export function visitSchemas(root: unknown, visit: (node: SchemaObject, pointer: string) => void, pointer = '', depth = 0): void {
  if (!isJsonObject(root) || depth > 256) return;
  visit(root, pointer);
  for (const k of SUBSCHEMA_OBJECTS) {
    const m = root[k];
    if (isJsonObject(m)) for (const [name, sub] of Object.entries(m)) visitSchemas(sub, visit, `${pointer}/${k}/${escape(name)}`, depth + 1);
  }
  for (const k of SUBSCHEMA_ARRAYS) {
    const a = root[k];
    if (Array.isArray(a)) a.forEach((sub, i) => visitSchemas(sub, visit, `${pointer}/${k}/${i}`, depth + 1));
  }
  for (const k of SUBSCHEMA_SINGLE) visitSchemas(root[k], visit, `${pointer}/${k}`, depth + 1);
}

/**
 * The schema and every subschema that applies to the same instance in place: `$ref` targets and
 * allOf (always), then/else/dependentSchemas (conditional), oneOf/anyOf branches (alternative).
 * `if` itself is a condition, not an assertion, and is left out. Cycles are cut.
 */
export function inPlace(root: unknown, schema: unknown, pointer: string, applies: Applies = 'always', seen = new Set<unknown>()): AppliedSchema[] {
  if (!isJsonObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const out: AppliedSchema[] = [{ schema, pointer, applies }];
  const weaker = (a: Applies): Applies => (applies === 'always' ? a : applies === 'alternative' || a === 'alternative' ? 'alternative' : 'conditional');
  for (const key of ['$ref', '$dynamicRef'] as const) {
    const ref = schema[key];
    if (typeof ref !== 'string') continue;
    const target = resolveRef(root, ref);
    if (target) out.push(...inPlace(root, target.schema, target.pointer, applies, seen));
  }
  const all = schema['allOf'];
  if (Array.isArray(all)) all.forEach((s, i) => out.push(...inPlace(root, s, `${pointer}/allOf/${i}`, applies, seen)));
  for (const key of ['then', 'else'] as const) out.push(...inPlace(root, schema[key], `${pointer}/${key}`, weaker('conditional'), seen));
  const dep = schema['dependentSchemas'];
  if (isJsonObject(dep)) for (const [k, s] of Object.entries(dep)) out.push(...inPlace(root, s, `${pointer}/dependentSchemas/${escape(k)}`, weaker('conditional'), seen));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) branches.forEach((s, i) => out.push(...inPlace(root, s, `${pointer}/${key}/${i}`, weaker('alternative'), seen)));
  }
  return out;
}

function patternMatches(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return false;
  }
}

/** Subschemas that apply to member `segment` of an instance described by `parents`. */
export function childSchemas(root: unknown, parents: readonly AppliedSchema[], segment: string): AppliedSchema[] {
  const out: AppliedSchema[] = [];
  for (const p of parents) {
    const s = p.schema;
    let matched = false;
    const props = s['properties'];
    if (isJsonObject(props) && Object.prototype.hasOwnProperty.call(props, segment)) {
      out.push(...inPlace(root, props[segment], `${p.pointer}/properties/${escape(segment)}`, p.applies));
      matched = true;
    }
    const patterns = s['patternProperties'];
    if (isJsonObject(patterns)) {
      for (const [re, sub] of Object.entries(patterns)) {
        if (patternMatches(re, segment)) {
          out.push(...inPlace(root, sub, `${p.pointer}/patternProperties/${escape(re)}`, p.applies));
          matched = true;
        }
      }
    }
    if (!matched && isJsonObject(s['additionalProperties'])) out.push(...inPlace(root, s['additionalProperties'], `${p.pointer}/additionalProperties`, p.applies));
    if (/^\d+$/.test(segment)) {
      const index = Number(segment);
      const prefix = s['prefixItems'];
      if (Array.isArray(prefix) && index < prefix.length) out.push(...inPlace(root, prefix[index], `${p.pointer}/prefixItems/${index}`, p.applies));
      else out.push(...inPlace(root, s['items'], `${p.pointer}/items`, p.applies));
    }
  }
  return out;
}

/** Every subschema that applies at a data path (`/CUSTOMER/ADDRESS`), in place applicators included. */
export function schemasAt(root: unknown, dataPointer: string): AppliedSchema[] {
  let current = inPlace(root, root, '');
  for (const seg of parsePointer(dataPointer)) {
    current = childSchemas(root, current, seg);
    if (!current.length) break;
  }
  return current;
}

/** Property names declared for an instance (properties of every applicable subschema), in order. */
export function declaredProperties(applied: readonly AppliedSchema[]): string[] {
  const out: string[] = [];
  for (const a of applied) {
    const props = a.schema['properties'];
    if (isJsonObject(props)) for (const k of Object.keys(props)) if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** Keys the instance must have regardless of conditions (`required` of always-applying subschemas). */
export function alwaysRequired(applied: readonly AppliedSchema[]): string[] {
  const out: string[] = [];
  for (const a of applied) {
    if (a.applies !== 'always') continue;
    const req = a.schema['required'];
    if (Array.isArray(req)) for (const k of req) if (typeof k === 'string' && !out.includes(k)) out.push(k);
  }
  return out;
}

/** The first string found for `key` (description, title…) among applicable subschemas. */
export function firstString(applied: readonly AppliedSchema[], key: string): string | undefined {
  for (const a of applied) {
    const v = a.schema[key];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

/** Values an instance may take when some applicable subschema lists them (`enum`, `const`). */
export function allowedValues(applied: readonly AppliedSchema[]): unknown[] | undefined {
  for (const a of applied) {
    if (a.applies !== 'always') continue;
    if ('const' in a.schema) return [a.schema['const']];
    const e = a.schema['enum'];
    if (Array.isArray(e)) return [...(e as unknown[])];
  }
  return undefined;
}

/** Declared JSON types (`type`), merged over the always-applying subschemas. */
export function declaredTypes(applied: readonly AppliedSchema[]): string[] {
  for (const a of applied) {
    if (a.applies !== 'always') continue;
    const t = a.schema['type'];
    if (typeof t === 'string') return [t];
    if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  }
  return [];
}

/**
 * The place of a rule in the structure from ajv's schema path, following `$ref`s: ajv reports an
 * error inside a chain of references (`a` → `b`) at the first target's path (`/$defs/a/required`),
 * which is not where the keyword is written. At each step where the path leaves the document but
 * the node is a reference, continue from its target. Returns the deepest pointer that exists.
 */
export function followSchemaPath(root: unknown, pointer: string): string {
  let node: unknown = root;
  let at = '';
  const seen = new Set<unknown>();
  for (const seg of parsePointer(pointer)) {
    for (;;) {
      if (Array.isArray(node) && /^\d+$/.test(seg) && Number(seg) < node.length) break;
      if (isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, seg)) break;
      const ref = isJsonObject(node) ? (node['$ref'] ?? node['$dynamicRef']) : undefined;
      const target = typeof ref === 'string' && !seen.has(node) ? resolveRef(root, ref) : undefined;
      if (!target) return at;
      seen.add(node);
      node = target.schema;
      at = target.pointer;
    }
    node = Array.isArray(node) ? node[Number(seg)] : isJsonObject(node) ? node[seg] : undefined;
    at = `${at}/${escape(seg)}`;
  }
  return at;
}

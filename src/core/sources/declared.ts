// Whether the structure declares a variable a source reads: the path is followed through the
// structure as validation applies it (local $refs, allOf, if/then/else, oneOf/anyOf, items,
// patternProperties, additionalProperties schemas — src/core/schema/navigate.ts), stopping at the
// first key nothing declares. Whether such a key can still arrive depends on the object around
// it: `additionalProperties: false` (or `unevaluatedProperties: false`) forbids it, so no valid
// fill ever has it; otherwise it passes validation unchecked.
import { isJsonObject } from '../json/canonical';
import { alwaysRequired, childSchemas, declaredProperties, declaredTypes, inPlace, type AppliedSchema } from '../schema/navigate';
import { closest } from '../wording/suggest';
import { ANY_ITEM, type DataPath } from './paths';

export type Declaration =
  | { status: 'declared'; types: string[] }
  /** `at` = index of the first undeclared segment; `closed` = the structure forbids it there. */
  | { status: 'undeclared'; at: number; closed: boolean; suggestion?: string }
  /** The value at `at` is declared as something that has no keys (a string, a number…). */
  | { status: 'notObject'; at: number; types: string[] };

function forbidsOthers(applied: readonly AppliedSchema[]): boolean {
  return applied.some((a) => a.applies === 'always' && (a.schema['additionalProperties'] === false || a.schema['unevaluatedProperties'] === false));
}

function describesKeys(applied: readonly AppliedSchema[], key: string): boolean {
  return applied.some((a) => {
    const props = a.schema['properties'];
    if (isJsonObject(props) && Object.prototype.hasOwnProperty.call(props, key)) return true;
    const patterns = a.schema['patternProperties'];
    if (isJsonObject(patterns)) {
      for (const re of Object.keys(patterns)) {
        try {
          if (new RegExp(re, 'u').test(key)) return true;
        } catch {
          // An invalid pattern declares nothing (lint reports it).
        }
      }
    }
    return isJsonObject(a.schema['additionalProperties']);
  });
}

const KEYLESS = ['string', 'number', 'integer', 'boolean', 'null'];

/** How the structure declares `path` (keys, indexes, or ANY_ITEM for each element). */
export function declaration(structure: unknown, path: DataPath): Declaration {
  let applied = inPlace(structure, structure, '');
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (seg === undefined) break;
    const types = declaredTypes(applied);
    if (types.length && types.every((t) => KEYLESS.includes(t))) return { status: 'notObject', at: i, types };
    if (seg === ANY_ITEM || typeof seg === 'number') {
      const next = childSchemas(structure, applied, seg === ANY_ITEM ? '0' : String(seg));
      // An item nothing describes (`items` absent) is anything: nothing more to check below it.
      if (!next.length) return { status: 'declared', types: [] };
      applied = next;
      continue;
    }
    if (!describesKeys(applied, seg)) {
      const near = closest(seg, declaredProperties(applied));
      return { status: 'undeclared', at: i, closed: forbidsOthers(applied), ...(near !== undefined ? { suggestion: near } : {}) };
    }
    applied = childSchemas(structure, applied, seg);
  }
  return { status: 'declared', types: declaredTypes(applied) };
}

/**
 * The index of the first key of `path` that valid data may leave out (not in an always-applying
 * `required`), or undefined when the structure requires the whole path.
 */
export function firstOptional(structure: unknown, path: DataPath): number | undefined {
  let applied = inPlace(structure, structure, '');
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (seg === undefined || seg === ANY_ITEM || typeof seg === 'number') return i;
    if (!alwaysRequired(applied).includes(seg)) return i;
    applied = childSchemas(structure, applied, seg);
  }
  return undefined;
}

// Example fields_values that also give every variable the version's sources read, so a scaffolded
// fill file both validates and COMPLETES: the structure-driven example (example.ts) first, then,
// for each variable a source uses (all languages, shortest paths first), a value from the
// structure where the data has none — one item for each list a source loops over — each addition
// kept only if the data still validates. What no valid value can give (a variable the structure
// forbids) is reported with its place in the source.
import { isJsonObject } from '../json/canonical';
import { toPointer, valueAt } from '../json/pointer';
import { parseSource } from '../sources/parse';
import { ANY_ITEM, type DataPath } from '../sources/paths';
import { renderProgram, type RenderNote } from '../sources/render';
import { sourceUsage } from '../sources/usage';
import type { SchemaValidator } from '../validation/ajv';
import { exampleAt } from './example';
import type { SourceText } from './predict';

export interface Unfilled extends RenderNote {
  language: string;
}

export interface SourceFilled {
  value: unknown;
  /** Printed variables still missing after filling (the structure cannot take them). */
  unfilled: Unfilled[];
}

/** Sets `path` in `data`, creating objects and the first item of lists on the way. */
function ensure(data: Record<string, unknown>, path: DataPath, structure: unknown): boolean {
  let node: unknown = data;
  const done: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] === ANY_ITEM ? 0 : path[i];
    if (seg === undefined) return false;
    const last = i === path.length - 1;
    done.push(seg);
    const pointer = toPointer(done);
    if (Array.isArray(node) && typeof seg === 'number') {
      if (node[seg] === undefined) {
        if (seg !== node.length) return false;
        node.push(last ? exampleAt(structure, pointer) : (exampleAt(structure, pointer) ?? (typeof path[i + 1] === 'number' || path[i + 1] === ANY_ITEM ? [] : {})));
      }
      node = node[seg];
    } else if (isJsonObject(node) && typeof seg === 'string') {
      if (!(seg in node)) {
        const example = exampleAt(structure, pointer);
        const container = typeof path[i + 1] === 'number' || path[i + 1] === ANY_ITEM ? [] : {};
        node[seg] = last ? example : isJsonObject(example) || Array.isArray(example) ? example : container;
      }
      node = node[seg];
    } else return false;
  }
  return true;
}

/** `fieldsValues` completed with every variable the sources read, as far as the structure allows. */
export function fillSourceVariables(fieldsValues: unknown, structure: unknown, sources: readonly SourceText[], validator: SchemaValidator): SourceFilled {
  let value: unknown = structuredClone(fieldsValues);
  const prepared = validator.prepare(structure);
  const parsed = sources.flatMap((s) => {
    if (!('text' in s)) return [];
    const p = parseSource(s.text);
    return p.ok ? [{ language: s.language, program: p.program }] : [];
  });
  const uses = parsed.flatMap((p) => sourceUsage(p.program).variables).sort((a, b) => a.path.length - b.path.length);
  const validNow = () => !prepared.ok || prepared.validate(value).valid;
  const startedValid = validNow();
  for (const use of uses) {
    if (!isJsonObject(value) || !use.path.length) continue;
    const concrete = use.path.map((s) => (s === ANY_ITEM ? 0 : s));
    if (valueAt(value, toPointer(concrete)) !== undefined) continue;
    const before = structuredClone(value);
    if (!ensure(value, use.path, structure) || (startedValid && !validNow())) value = before;
  }
  const unfilled = parsed.flatMap((p) =>
    renderProgram(p.program, value)
      .notes.filter((n) => n.kind === 'missing')
      .map((n) => ({ ...n, language: p.language })),
  );
  return { value, unfilled };
}

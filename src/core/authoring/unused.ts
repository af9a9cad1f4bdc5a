// Required fields no source ever reads: every fill must send them (the API answers 400 without
// them) although no language prints, tests or loops over them — usually a field renamed in the
// source but not in the structure, or one left over. A warning on the `required` entry of
// structure.json, so the author sees it where it is declared.
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';
import { childSchemas, declaredProperties, inPlace, type AppliedSchema } from '../schema/navigate';
import { ANY_ITEM, variableName, type DataPath } from '../sources/paths';

const MAX_DEPTH = 32;

type Segment = string | number;

/** Whether a source read (`PRODUCTS[].NAME`, `PRODUCTS[0].NAME`) starts with `prefix`. */
function startsWith(read: DataPath, prefix: readonly Segment[]): boolean {
  if (read.length < prefix.length) return false;
  return prefix.every((seg, i) => {
    const r = read[i];
    if (seg === ANY_ITEM) return r === ANY_ITEM || typeof r === 'number';
    return r === seg;
  });
}

function requiredPlace(applied: readonly AppliedSchema[], key: string): string | undefined {
  for (const a of applied) {
    if (a.applies !== 'always') continue;
    const req = a.schema['required'];
    if (Array.isArray(req)) {
      const i = req.indexOf(key);
      if (i >= 0) return `${a.pointer}/required/${i}`;
    }
  }
  return undefined;
}

/**
 * Required fields (at any depth the sources reach) that no source reads. `reads` are the data
 * paths every source of the folder reads (usage of each language, together).
 */
export function requiredNeverUsed(structure: unknown, reads: readonly DataPath[], l10n: Localizer = english): Problem[] {
  const out: Problem[] = [];
  const visit = (applied: readonly AppliedSchema[], path: Segment[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    // A required key nothing declares is lint's finding (required-not-declared), not this one.
    const declared = declaredProperties(applied);
    for (const a of applied) {
      if (a.applies !== 'always') continue;
      const req = a.schema['required'];
      if (!Array.isArray(req)) continue;
      for (const key of req) {
        if (typeof key !== 'string' || !declared.includes(key)) continue;
        const at = requiredPlace(applied, key);
        // Reported once, at its first always-applying `required`.
        if (at !== `${a.pointer}/required/${req.indexOf(key)}`) continue;
        if (reads.some((r) => startsWith(r, [...path, key]))) continue;
        const name = variableName([...path, key]);
        out.push({ pointer: at, code: 'template/required-unused', severity: 'warning', origin: 'lint', message: l10n.t('{0} is required, so every fill must send it, but no source uses it (a field renamed in the sources, or left over?)', name), data: { variable: name } });
      }
    }
    for (const key of declared) {
      if (!reads.some((r) => startsWith(r, [...path, key]))) continue;
      const child = childSchemas(structure, applied, key);
      visit(child, [...path, key], depth + 1);
      const items = childSchemas(structure, child, '0');
      if (items.length && reads.some((r) => startsWith(r, [...path, key, ANY_ITEM]))) visit(items, [...path, key, ANY_ITEM], depth + 2);
    }
  };
  visit(inPlace(structure, structure, ''), [], 0);
  return out;
}

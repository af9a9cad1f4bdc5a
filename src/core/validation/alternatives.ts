// oneOf / anyOf without the flood. With allErrors ajv reports every failing branch; people need
// one answer: the alternative the data was aiming at and what it lacks. In order:
//  - two or more branches matched (oneOf): say which;
//  - every branch rejects the same member by its const/enum (a discriminator): one "must be one of"
//    at that member;
//  - every branch rejects the value's type: one "must be A or B";
//  - otherwise the closest branch — the one whose discriminators match, else the fewest and
//    deepest errors — keeps its errors (noted with the branch when the choice was a guess) and
//    the others are dropped.
// Nested alternatives are handled innermost first.
import type { ErrorObject } from 'ajv';
import { isJsonObject } from '../json/canonical';
import { parsePointer } from '../json/pointer';
import type { Localizer } from '../l10n';
import { resolveRef, schemaAtPointer, visitSchemas } from '../schema/navigate';
import { fieldName, quote } from '../wording/values';
import { schemaPathSegments, segmentsPointer } from './conditions';

/** An ajv error on its way to a message, possibly rewritten by this module. */
export interface Entry {
  e: ErrorObject;
  /** Replaces the keyword's own wording. */
  message?: string;
  /** Appended to the message ("(closest of 2 alternatives: #2 …)"). */
  note?: string;
  /** Extra facts for quick fixes (allowed values of a collapsed discriminator…). */
  data?: Record<string, unknown>;
}

function pointerOf(e: ErrorObject): string {
  return segmentsPointer(schemaPathSegments(e.schemaPath));
}

/**
 * Where errors of one branch can come from: the branch itself and every local `$ref` target
 * reachable from it (ajv reports errors inside a reference at the target's path).
 */
function branchRoots(schema: unknown, branchPointer: string): string[] {
  const roots = [branchPointer];
  for (let i = 0; i < roots.length && i < 64; i++) {
    visitSchemas(schemaAtPointer(schema, roots[i] ?? ''), (node) => {
      for (const key of ['$ref', '$dynamicRef'] as const) {
        const ref = node[key];
        const target = typeof ref === 'string' ? resolveRef(schema, ref) : undefined;
        if (target && !roots.includes(target.pointer)) roots.push(target.pointer);
      }
    });
  }
  return roots;
}

function within(pointer: string, root: string): boolean {
  return pointer === root || pointer.startsWith(`${root}/`);
}

/** The branch of alternative `o` an error belongs to, or -1. */
function branchOf(x: Entry, o: ErrorObject, roots: readonly string[][]): number {
  if (x.e === o || !x.e.instancePath.startsWith(o.instancePath)) return -1;
  const p = pointerOf(x.e);
  return roots.findIndex((rs) => rs.some((r) => within(p, r)));
}

function depth(e: ErrorObject): number {
  return parsePointer(e.instancePath).length;
}

const DISCRIMINATING = new Set(['const', 'enum']);

/** "MOBILE_PAYMENT_TYPE "wallet" with MOBILE_WALLET_ID": what an alternative is, in words. */
export function branchSummary(branch: unknown, l10n: Localizer): string {
  if (!isJsonObject(branch)) return l10n.t('an alternative');
  const bits: string[] = [];
  const props = branch['properties'];
  if (isJsonObject(props)) {
    for (const [k, s] of Object.entries(props)) {
      if (isJsonObject(s) && 'const' in s) bits.push(`${fieldName(k)} ${quote(s['const'])}`);
      else if (isJsonObject(s) && Array.isArray(s['enum'])) bits.push(`${fieldName(k)} ${s['enum'].map((v) => quote(v)).join('/')}`);
    }
  }
  const req = Array.isArray(branch['required']) ? branch['required'].filter((r): r is string => typeof r === 'string').map(fieldName) : [];
  if (req.length) bits.push(bits.length ? l10n.t('with {0}', req.join(', ')) : l10n.t('having {0}', req.join(', ')));
  if (typeof branch['type'] === 'string' && !bits.length) bits.push(branch['type']);
  return bits.length ? bits.join(' ') : l10n.t('an alternative');
}

function allowedOf(e: ErrorObject): unknown[] {
  if (e.keyword === 'const') return [(e.params as { allowedValue?: unknown }).allowedValue];
  const v = (e.params as { allowedValues?: unknown }).allowedValues;
  return Array.isArray(v) ? v : [];
}

function typesOf(e: ErrorObject): string[] {
  const t = (e.params as { type?: unknown }).type;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? t.split(',') : [];
}

export function collapseAlternatives(entries: Entry[], schema: unknown, l10n: Localizer): Entry[] {
  let current = entries;
  const alts = current.filter((x) => x.e.keyword === 'oneOf' || x.e.keyword === 'anyOf').sort((a, b) => b.e.schemaPath.length - a.e.schemaPath.length);
  for (const alt of alts) {
    if (!current.includes(alt)) continue;
    const o = alt.e;
    const altPointer = pointerOf(o);
    const branches = schemaAtPointer(schema, altPointer);
    const count = Array.isArray(branches) ? branches.length : 0;
    const roots = Array.from({ length: count }, (_, i) => branchRoots(schema, `${altPointer}/${i}`));
    const indexOf = new Map(current.map((x) => [x, branchOf(x, o, roots)] as const));
    const inside = current.filter((x) => (indexOf.get(x) ?? -1) >= 0);
    const rest = current.filter((x) => x !== alt && !inside.includes(x));
    const passing = (o.params as { passingSchemas?: unknown }).passingSchemas;
    if (Array.isArray(passing)) {
      const which = passing.map((i) => `#${Number(i) + 1}`).join(l10n.t(' and '));
      const message = l10n.t('matches {0} alternatives of "oneOf" ({1}); it must match exactly one of the {2}', passing.length, which, count);
      current = [...rest, { e: o, message }];
      continue;
    }
    const byBranch = new Map<number, Entry[]>();
    for (const x of inside) {
      const i = indexOf.get(x) ?? -1;
      byBranch.set(i, [...(byBranch.get(i) ?? []), x]);
    }
    const groups = [...byBranch.entries()].sort((a, b) => a[0] - b[0]);
    current = [...rest, ...replacement(o, groups, count, branches, l10n)];
  }
  return current;
}

function replacement(o: ErrorObject, groups: [number, Entry[]][], count: number, branches: unknown, l10n: Localizer): Entry[] {
  // 1. One member rejected by every branch's const/enum: a discriminator the data got wrong.
  const discriminators = groups.map(([, xs]) => xs.find((x) => DISCRIMINATING.has(x.e.keyword)));
  const first = discriminators[0];
  if (groups.length === count && count > 0 && first && discriminators.every((d) => d && d.e.instancePath === first.e.instancePath)) {
    const allowed: unknown[] = [];
    for (const d of discriminators) for (const v of d ? allowedOf(d.e) : []) if (!allowed.some((a) => JSON.stringify(a) === JSON.stringify(v))) allowed.push(v);
    // The first branch's path keeps "show rule" and the if/then reasoning on the right object.
    const e: ErrorObject = { ...first.e, keyword: 'enum', params: { allowedValues: allowed } };
    return [{ e }];
  }
  // 2. Every branch rejects only the value's type: one type error naming all the types.
  const onlyTypes = groups.length === count && count > 0 && groups.every(([, xs]) => xs.length === 1 && xs[0]?.e.keyword === 'type' && xs[0].e.instancePath === o.instancePath);
  if (onlyTypes) {
    const types = [...new Set(groups.flatMap(([, xs]) => (xs[0] ? typesOf(xs[0].e) : [])))];
    const base = groups[0]?.[1][0]?.e ?? o;
    return [{ e: { ...base, params: { type: types }, schemaPath: o.schemaPath } }];
  }
  // 3. The closest branch: discriminators matching, then fewest errors, then deepest.
  const candidates = groups.filter(([, xs]) => !xs.some((x) => DISCRIMINATING.has(x.e.keyword)));
  const pool = candidates.length ? candidates : groups;
  const score = ([, xs]: [number, Entry[]]) => xs.length * 100 - Math.max(...xs.map((x) => depth(x.e)));
  const best = [...pool].sort((a, b) => score(a) - score(b) || a[0] - b[0])[0];
  if (!best) return [{ e: o, message: l10n.t('must match one of the {0} alternatives', count) }];
  const [index, errors] = best;
  // Discriminators picked it: its errors speak for themselves. A guess: say which branch.
  if (candidates.length === 1) return errors;
  const summary = Array.isArray(branches) ? branchSummary(branches[index], l10n) : '';
  const note = l10n.t(' (closest of the {0} alternatives: #{1}, {2})', count, index + 1, summary);
  return errors.map((x) => ({ ...x, note: `${x.note ?? ''}${note}` }));
}

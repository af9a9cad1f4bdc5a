// Maps JSON pointers from validation errors back to positions in the text the user edits, so the
// CLI can print file:line:col and the editor can underline the right token. Tolerates broken JSON
// (jsonc-parser recovers) and comments.
// The ESM build on purpose: the package's UMD `main` requires its parts at run time, which an
// esbuild bundle (default mainFields for node) cannot resolve.
import { parseTree, type Node } from 'jsonc-parser';
import { parsePointer } from '../json/pointer';
import type { FieldError } from './messages';

export interface TextLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  column: number;
  offset: number;
  length: number;
  endLine: number;
  endColumn: number;
  /** False when the pointer's target is absent and the location is its nearest existing parent. */
  exact: boolean;
}

export type LocateTarget = 'value' | 'key';

export interface Locator {
  locate(pointer: string, target?: LocateTarget): TextLocation;
  /** Key for unknown properties, parent for missing ones, value for everything else. */
  locateError(error: Pick<FieldError, 'pointer' | 'keyword'>): TextLocation;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

function child(node: Node, segment: string): Node | undefined {
  if (node.type === 'object') {
    // Last duplicate wins, as in JSON.parse.
    let found: Node | undefined;
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0];
      if (key?.value === segment) found = prop;
    }
    return found;
  }
  if (node.type === 'array') {
    if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
    return node.children?.[Number(segment)];
  }
  return undefined;
}

/** Parses once; use for many pointers into the same text. */
export function createLocator(text: string): Locator {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const starts = lineStarts(text);

  const make = (offset: number, length: number, exact: boolean): TextLocation => {
    const start = position(starts, offset);
    const end = position(starts, offset + length);
    return { ...start, offset, length, endLine: end.line, endColumn: end.column, exact };
  };

  // For a property node: its key or its value node.
  const pick = (prop: Node, target: LocateTarget): Node => {
    if (prop.type !== 'property') return prop;
    const [key, value] = prop.children ?? [];
    return (target === 'key' ? key : (value ?? key)) ?? prop;
  };

  // A missing member is reported on its parent: the parent's key when it has one (a one-token
  // underline), else the opening bracket — never the whole multi-line object.
  const parentMarker = (node: Node): TextLocation => {
    const prop = node.parent?.type === 'property' ? node.parent : undefined;
    const key = prop?.children?.[0];
    if (key) return make(key.offset, key.length, false);
    return make(node.offset, Math.min(1, node.length), false);
  };

  const locate = (pointer: string, target: LocateTarget = 'value'): TextLocation => {
    if (!root) return make(0, 0, false);
    let node: Node = root;
    let last: Node | undefined;
    const segs = parsePointer(pointer);
    for (let i = 0; i < segs.length; i++) {
      const container: Node = node.type === 'property' ? (node.children?.[1] ?? node) : node;
      const next = child(container, segs[i] ?? '');
      if (!next) return parentMarker(container);
      last = next;
      node = next;
    }
    if (!last) return make(root.offset, root.length, true);
    const chosen = pick(last, target);
    return make(chosen.offset, chosen.length, true);
  };

  return {
    locate,
    locateError: (e) => {
      if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') return locate(e.pointer, 'key');
      return locate(e.pointer, 'value');
    },
  };
}

/** Position of the node a JSON pointer names (1-based line/column); missing → its parent. */
export function locatePointer(text: string, pointer: string, target: LocateTarget = 'value'): TextLocation {
  return createLocator(text).locate(pointer, target);
}

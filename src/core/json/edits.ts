// Changes to JSON text that keep everything else as the user wrote it, built with jsonc-parser
// (never string splicing): set (or insert) a value, remove a member, rename a key in place. Quick
// fixes are planned in core as changes; the editor turns the edits into a WorkspaceEdit, tests and
// the CLI apply them to text.
import * as jsonc from 'jsonc-parser';
import { parsePointer } from './pointer';

export type JsonChange = { kind: 'set'; pointer: string; value: unknown } | { kind: 'remove'; pointer: string } | { kind: 'rename'; pointer: string; key: string };

export interface JsonFormatting {
  tabSize: number;
  insertSpaces: boolean;
  eol: string;
}

export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

const DEFAULT_FORMATTING: JsonFormatting = { tabSize: 2, insertSpaces: true, eol: '\n' };

function pathOf(pointer: string): jsonc.JSONPath {
  return parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** The text edits of one change (empty when a rename finds no key to rename). */
export function changeEdits(text: string, change: JsonChange, formatting: JsonFormatting = DEFAULT_FORMATTING): TextEdit[] {
  if (change.kind === 'rename') {
    const root = jsonc.parseTree(text);
    const node = root ? jsonc.findNodeAtLocation(root, pathOf(change.pointer)) : undefined;
    const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return key ? [{ offset: key.offset, length: key.length, content: JSON.stringify(change.key) }] : [];
  }
  return jsonc.modify(text, pathOf(change.pointer), change.kind === 'set' ? change.value : undefined, { formattingOptions: formatting });
}

/** The text after the change. */
export function applyChange(text: string, change: JsonChange, formatting?: JsonFormatting): string {
  return jsonc.applyEdits(text, changeEdits(text, change, formatting));
}

// Edits quick fixes make in JSON text (core/json/edits.ts: jsonc-parser, never string splicing) as
// WorkspaceEdits, formatted like the editor the document is shown in.
import * as vscode from 'vscode';
import { changeEdits, type JsonChange, type JsonFormatting, type TextEdit } from '../../core/json/edits';

function formatting(doc: vscode.TextDocument): JsonFormatting {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const tabSize = typeof editor?.options.tabSize === 'number' ? editor.options.tabSize : 2;
  const insertSpaces = typeof editor?.options.insertSpaces === 'boolean' ? editor.options.insertSpaces : true;
  return { tabSize, insertSpaces, eol: doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
}

function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  return we;
}

/** One planned change as a WorkspaceEdit (undefined when it changes nothing). */
export function changeEdit(doc: vscode.TextDocument, change: JsonChange): vscode.WorkspaceEdit | undefined {
  const edits = changeEdits(doc.getText(), change, formatting(doc));
  return edits.length ? toWorkspaceEdit(doc, edits) : undefined;
}

/** Sets (or inserts) the value at a pointer. */
export function setValueEdit(doc: vscode.TextDocument, pointer: string, value: unknown): vscode.WorkspaceEdit {
  return toWorkspaceEdit(doc, changeEdits(doc.getText(), { kind: 'set', pointer, value }, formatting(doc)));
}

/** Removes the member at a pointer (and its comma). */
export function removeEdit(doc: vscode.TextDocument, pointer: string): vscode.WorkspaceEdit {
  return toWorkspaceEdit(doc, changeEdits(doc.getText(), { kind: 'remove', pointer }, formatting(doc)));
}

/** Renames the key at a pointer in place, keeping its value and position. */
export function renameKeyEdit(doc: vscode.TextDocument, pointer: string, newKey: string): vscode.WorkspaceEdit | undefined {
  return changeEdit(doc, { kind: 'rename', pointer, key: newKey });
}

// Edits quick fixes make in JSON text, built with jsonc-parser (never string splicing): rename a
// key, replace a value, insert a member, remove a member — each as a WorkspaceEdit.
import * as jsonc from 'jsonc-parser';
import * as vscode from 'vscode';
import { parsePointer } from '../../core/json/pointer';

function pathOf(pointer: string): jsonc.JSONPath {
  return parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function formatting(doc: vscode.TextDocument): jsonc.FormattingOptions {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const tabSize = typeof editor?.options.tabSize === 'number' ? editor.options.tabSize : 2;
  const insertSpaces = typeof editor?.options.insertSpaces === 'boolean' ? editor.options.insertSpaces : true;
  return { tabSize, insertSpaces, eol: doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
}

function toWorkspaceEdit(doc: vscode.TextDocument, edits: jsonc.Edit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  return we;
}

/** Sets (or inserts) the value at a pointer. */
export function setValueEdit(doc: vscode.TextDocument, pointer: string, value: unknown): vscode.WorkspaceEdit {
  return toWorkspaceEdit(doc, jsonc.modify(doc.getText(), pathOf(pointer), value, { formattingOptions: formatting(doc) }));
}

/** Removes the member at a pointer (and its comma). */
export function removeEdit(doc: vscode.TextDocument, pointer: string): vscode.WorkspaceEdit {
  return toWorkspaceEdit(doc, jsonc.modify(doc.getText(), pathOf(pointer), undefined, { formattingOptions: formatting(doc) }));
}

/** Renames the key at a pointer in place, keeping its value and position. */
export function renameKeyEdit(doc: vscode.TextDocument, pointer: string, newKey: string): vscode.WorkspaceEdit | undefined {
  const root = jsonc.parseTree(doc.getText());
  const node = root ? jsonc.findNodeAtLocation(root, pathOf(pointer)) : undefined;
  const keyNode = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (!keyNode) return undefined;
  const we = new vscode.WorkspaceEdit();
  we.replace(doc.uri, new vscode.Range(doc.positionAt(keyNode.offset), doc.positionAt(keyNode.offset + keyNode.length)), JSON.stringify(newKey));
  return we;
}

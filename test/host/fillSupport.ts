// Helpers of the fill-file host tests: write and open a fill file in the workspace, wait for the
// MOK diagnostics, read the text under a range, and apply the preferred quick fix of each error
// through the code-action provider (as Ctrl+. would) until none is left.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './support';

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(f, 'the host tests run with a workspace folder');
  return f;
}

/** Writes `<name>.mok-fill.json` into the workspace and opens it in an editor. */
export async function openFill(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(folder(), `${name}.mok-fill.json`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== text) {
    // An earlier test left the document open with other text: replace it.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    await vscode.workspace.applyEdit(edit);
  }
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function mokDiagnostics(doc: vscode.TextDocument): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'MOK');
}

/** The MOK diagnostics of a document once `ok` holds for them. */
export function diagnosticsOf(doc: vscode.TextDocument, ok: (d: vscode.Diagnostic[]) => boolean, ms = 20000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${doc.uri.path.split('/').pop() ?? ''}`,
    () => {
      const d = mokDiagnostics(doc);
      return Promise.resolve(ok(d) ? d : undefined);
    },
    ms,
  );
}

export function textAt(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}

/**
 * The code actions at a diagnostic's range, as Ctrl+. asks for them (retried: the first request
 * after opening can come back empty while the language features start).
 */
export function actionsAt(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return waitFor('code actions', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    return actions.some((a) => a.kind?.value === 'quickfix') ? actions : undefined;
  });
}

/**
 * Applies the preferred fix at the first error until no error is left; returns the titles applied.
 * (Actions returned by the API carry no diagnostics: several problems on one key share its actions.)
 */
export async function applyPreferredFixes(doc: vscode.TextDocument, max = 25): Promise<string[]> {
  const applied: string[] = [];
  await diagnosticsOf(doc, (d) => d.length > 0);
  for (let i = 0; i < max; i++) {
    const errors = mokDiagnostics(doc).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    const first = errors[0];
    if (!first) return applied;
    const actions = await actionsAt(doc, first.range);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `no preferred fix for "${first.message}" (${actions.map((a) => a.title).join(', ')})`);
    const version = doc.version;
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `could not apply "${fix.title}"`);
    applied.push(fix.title);
    // Wait until the diagnostics are those of the edited text.
    await waitFor('re-check after the fix', () => Promise.resolve(doc.version > version && !mokDiagnostics(doc).some((d) => d.message === first.message && d.range.isEqual(first.range)) ? true : undefined));
  }
  return applied;
}

// "Validate JSON Against…" and model-driven help in a real extension host: any JSON file checked
// as you type against a catalogue body or a named schema (the catalogue's words at exact ranges,
// a CodeLens saying the verdict, completion and hover from the model, the choice remembered until
// "Stop"), and request files completing and explaining their body from the operation's model.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, waitFor } from './support';

function labels(list: vscode.CompletionList, kind: vscode.CompletionItemKind): string[] {
  return list.items.filter((i) => i.kind === kind).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/** The hovers' markdown with its escapes removed (what a user reads). */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\(.)/g, '$1');
}

async function mokDiagnostics(doc: vscode.TextDocument, ok: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor('MOK diagnostics', () => {
    const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'MOK');
    return Promise.resolve(ok(d) ? d : undefined);
  });
}

async function lensTitles(doc: vscode.TextDocument): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  return lenses.map((l) => l.command?.title ?? '');
}

describe('Validate JSON Against… and model help', function () {
  this.timeout(60000);
  let dir: string;
  before(async () => {
    await api();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mok-models-'));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('checks a JSON file against an operation body as you type, with a verdict lens, until stopped', async () => {
    const file = path.join(dir, 'service-request.json');
    fs.writeFileSync(file, '{\n  "service_request": {\n    "servce_name": "Grúa",\n    "service_id": "12"\n  }\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    const count = await vscode.commands.executeCommand<number>('mok.models.validateAgainst', doc.uri, 'serviceRequests.create:body');
    assert.equal(count, 2);
    const diags = await mokDiagnostics(doc, (d) => d.length === 2);
    const key = diags.find((d) => doc.getText(d.range) === '"servce_name"');
    assert.match(key?.message ?? '', /"servce_name" is not an accepted field here \(did you mean "service_name"\?\)/);
    assert.ok(diags.some((d) => doc.getText(d.range) === '"12"' && /must be a number/.test(d.message)));
    assert.ok((await lensTitles(doc)).some((t) => t.includes('2 problems against serviceRequests.create:body')));

    // Fixing the document turns the lens into the verdict "valid" (after the model's own rules).
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), JSON.stringify({ service_request: { service_id: 12, contract_id: 3, service_name: 'Grúa' } }, null, 2));
    await vscode.workspace.applyEdit(edit);
    await mokDiagnostics(doc, (d) => d.length === 0);
    assert.ok((await lensTitles(doc)).some((t) => t.includes('Valid against serviceRequests.create:body')), (await lensTitles(doc)).join(' | '));

    await vscode.commands.executeCommand('mok.models.stopValidating', doc.uri);
    assert.deepEqual(await lensTitles(doc), []);
  });

  it('completes keys and values and explains fields from the chosen model', async () => {
    const file = path.join(dir, 'body.json');
    fs.writeFileSync(file, '{\n  "service_request": {\n    "": ""\n  }\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('mok.models.validateAgainst', doc.uri, 'serviceRequests.create:body');
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 5));
    const offered = labels(keys, vscode.CompletionItemKind.Property);
    assert.ok(offered.includes('service_id') && offered.includes('access_identifier'), offered.join(', '));
    assert.ok(!offered.includes('servce_name'));
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 6));
    assert.match(hoverText(hover), /\*\*service_request\*\*/);
    assert.match(hoverText(hover), /serviceRequests\.create:body/);
  });

  it('completes and explains a request file: operation ids, and the body from the operation model', async () => {
    const uri: unknown = await vscode.commands.executeCommand('mok.runner.callEndpoint', { operation: 'serviceRequests.create' });
    assert.ok(uri instanceof vscode.Uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const body = JSON.parse(doc.getText()) as { body: { service_request: Record<string, unknown> } };
    // Leave one documented field out, then ask for it back: on a fresh key it comes with the
    // documented example value; on a key that already has a value, only the key is replaced.
    const { service_name, ...rest } = body.body.service_request;
    const text = JSON.stringify({ operation: 'serviceRequests.create', body: { service_request: { '': '', ...rest } } }, null, 2).replace('"": ""', '""');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    await vscode.workspace.applyEdit(edit);
    const at = doc.positionAt(doc.getText().indexOf('"",') + 1);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const item = keys.items.find((i) => i.label === 'service_name');
    assert.ok(item, labels(keys, vscode.CompletionItemKind.Property).join(', '));
    assert.equal(typeof item.insertText === 'string' ? item.insertText : '', `"service_name": ${JSON.stringify(service_name)}`, "the comma after it is kept, not doubled");
    assert.ok(!keys.items.some((i) => i.label === 'service_id'), 'members already there are not offered again');
    const typed = new vscode.WorkspaceEdit();
    typed.insert(doc.uri, at.translate(0, 1), ': 1');
    await vscode.workspace.applyEdit(typed);
    const keyOnly = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at)).items.find((i) => i.label === 'service_name');
    assert.equal(keyOnly?.insertText, '"service_name"');

    const opAt = doc.positionAt(doc.getText().indexOf('"serviceRequests.create"') + 2);
    const ops = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, opAt);
    const values = labels(ops, vscode.CompletionItemKind.Value);
    assert.ok(values.includes('"documents.download"') && values.includes('"contracts.lookup"'), `${values.length} values`);
    const opHover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, opAt);
    assert.match(hoverText(opHover), /`POST \/api\/v1\/provider_networks\/service_requests`/);

    const fieldAt = doc.positionAt(doc.getText().indexOf('"service_id"') + 2);
    const fieldHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, fieldAt));
    assert.match(fieldHover, /\*\*service_id\*\* · `integer`/);
    assert.match(fieldHover, /MOK id of the service/, 'the field documentation the scaffold editor shows');
    assert.doesNotMatch(fieldHover, /9007199254740991/, 'no machine limits in words for people');
    assert.match(fieldHover, /serviceRequests\.create body/);
  });
});

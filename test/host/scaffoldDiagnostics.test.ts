// The service-request scaffold on the shared editing pipeline, in a real editor: MOK's own rules
// appear as you type (before any Send), once per mistake and all at once, on the exact token, with
// the quick fixes users expect; applying them leaves a body the sandbox accepts. The [es] test
// runs in the Spanish host run (node scripts/host/run.mjs host --locale es) and checks the same
// messages in Spanish.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, waitFor } from './support';

const spanish = process.env.MOK_TEST_LOCALE === 'es';

async function scaffoldWith(body: unknown): Promise<vscode.TextDocument> {
  const uri: unknown = await vscode.commands.executeCommand('mok.serviceRequests.create', {});
  assert.ok(uri instanceof vscode.Uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), `${JSON.stringify(body, null, 2)}\n`);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return doc;
}

/** MOK's diagnostics once they reflect the current text (they arrive debounced). */
async function mokDiagnostics(doc: vscode.TextDocument, what: string, ok: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'MOK');
    return Promise.resolve(ok(d) ? d : undefined);
  });
}

function textAt(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}

async function fixesFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  // The command's result does not carry `diagnostics`: the range selects the fixes of this problem.
  return actions.filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction);
}

/**
 * Waits until VS Code's JSON service has read the scaffold with its schema (it proposes the
 * schema's fields, with their docs), then a little longer for its diagnostics to arrive.
 */
async function jsonServiceRan(doc: vscode.TextDocument): Promise<void> {
  const at = doc.positionAt(doc.getText().indexOf('"contract_id"'));
  await waitFor('JSON completion from the scaffold schema', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const item = list?.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label).includes('service_external_id'));
    return item ? true : undefined;
  });
  const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('"contract_id"') + 2));
  const text = (hover ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /MOK id of the contract/, 'hover shows the field doc from the schema');
  await new Promise((r) => setTimeout(r, 1500));
}

describe('Service request scaffold diagnostics', function () {
  this.timeout(60000);

  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows every mistake as you type, once each, on its token, and the quick fixes make it sendable', async function () {
    if (spanish) this.skip();
    const doc = await scaffoldWith({ service_request: { contract_id: 131, servce_name: 'Grúa', user_phone: 600123456 } });
    const diags = await mokDiagnostics(doc, 'three problems', (d) => d.length === 3);
    const byCode = new Map(diags.map((d) => [typeof d.code === 'string' ? d.code : '', d]));
    const unknown = byCode.get('field/unknown');
    const type = byCode.get('field/type');
    const service = byCode.get('serviceRequest/service-required');
    assert.ok(unknown && type && service, `codes: ${[...byCode.keys()].join(', ')}`);
    assert.equal(unknown.message, '"servce_name" is not an accepted field here (did you mean "service_name"?)');
    assert.equal(textAt(doc, unknown), '"servce_name"');
    assert.equal(type.message, 'must be a string, but is an integer (600123456)');
    assert.equal(textAt(doc, type), '600123456');
    assert.equal(service.message, 'A service is required: set service_id or service_external_id.');
    assert.equal(textAt(doc, service), '"service_request"');
    // No second voice: VS Code's JSON service runs on the file (it completes and describes the
    // fields from media/schemas) but reports nothing; MOK's diagnostics are the only ones.
    await jsonServiceRan(doc);
    const others = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== 'MOK');
    assert.deepEqual(others.map((d) => `${d.source ?? ''}: ${d.message}`), []);

    const rename = (await fixesFor(doc, unknown))[0];
    assert.equal(rename?.title, 'Rename to "service_name"');
    assert.ok(rename?.edit && (await vscode.workspace.applyEdit(rename.edit)));
    const afterRename = await mokDiagnostics(doc, 'two problems left', (d) => d.length === 2);
    const typeAgain = afterRename.find((d) => d.code === 'field/type');
    assert.ok(typeAgain);
    const convert = (await fixesFor(doc, typeAgain))[0];
    assert.equal(convert?.title, 'Convert 600123456 to the string "600123456"');
    assert.ok(convert?.edit && (await vscode.workspace.applyEdit(convert.edit)));
    await mokDiagnostics(doc, 'only the service rule left', (d) => d.length === 1 && d[0]?.code === 'serviceRequest/service-required');

    const json = JSON.parse(doc.getText()) as { service_request: Record<string, unknown> };
    assert.deepEqual(json.service_request, { contract_id: 131, service_name: 'Grúa', user_phone: '600123456' });
    // With a service it sends, and the sandbox accepts it.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), JSON.stringify({ service_request: { ...json.service_request, service_id: 5000382079 } }, null, 2));
    await vscode.workspace.applyEdit(edit);
    await mokDiagnostics(doc, 'no problems', (d) => d.length === 0);
    const sent = await vscode.commands.executeCommand<{ ok: boolean }>('mok.serviceRequests.send', doc.uri);
    assert.equal(sent?.ok, true);
  });

  it('[es] shows the same mistakes in Spanish', async function () {
    if (!spanish) this.skip();
    assert.equal(vscode.env.language, 'es');
    const doc = await scaffoldWith({ service_request: { contract_id: 131, servce_name: 'Grúa', user_phone: 600123456 } });
    const diags = await mokDiagnostics(doc, 'three problems', (d) => d.length === 3);
    const messages = diags.map((d) => d.message).sort();
    assert.deepEqual(messages, [
      '"servce_name" no es un campo aceptado aquí (¿querías decir "service_name"?)',
      'Falta el servicio: indica service_id o service_external_id.',
      'debe ser un texto, pero es un número entero (600123456)',
    ]);
    const unknown = diags.find((d) => d.code === 'field/unknown');
    assert.ok(unknown);
    assert.deepEqual(
      (await fixesFor(doc, unknown)).map((a) => a.title),
      ['Renombrar a "service_name"', 'Quitar "servce_name"'],
    );
  });
});

// "Call Endpoint…" in a real extension host against the in-process sandbox: a request file drafted
// from the operation's example, checked as you type against the catalogue, sent with the
// environment's credentials, its answer shown and kept in the history (which survives a new
// session), copied as curl without credentials, compared JSON-aware with another answer, and
// saved in the workspace as a file that runs again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RunnerHistory } from '../../src/vscode/runner/history';
import { api, label, providerOf, waitFor } from './support';

type Outcome = { ok: true; entry: { id: string; status: number; request: { operation: string } } } | { ok: false; stage: string; message?: string };

async function draft(arg: unknown): Promise<vscode.TextDocument> {
  const uri: unknown = await vscode.commands.executeCommand('mok.runner.callEndpoint', arg);
  assert.ok(uri instanceof vscode.Uri, 'a request file was drafted');
  return vscode.workspace.openTextDocument(uri);
}

async function send(doc: vscode.TextDocument, options: Record<string, unknown> = { interactive: false }): Promise<Outcome> {
  const r = await vscode.commands.executeCommand<Outcome>('mok.runner.send', doc.uri, options);
  assert.ok(r && typeof r === 'object' && 'ok' in r, `send returned ${JSON.stringify(r)}`);
  return r;
}

async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('Call Endpoint (runner)', function () {
  this.timeout(60000);
  before(async () => {
    await api();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('drafts a request from the example, checks it as you type, sends it and shows the answer', async () => {
    const doc = await draft({ operation: 'contracts.lookup' });
    const file = JSON.parse(doc.getText()) as { operation: string; query: Record<string, string> };
    assert.equal(file.operation, 'contracts.lookup');
    assert.deepEqual(file.query, { access_identifier: '123456789' });
    assert.doesNotMatch(doc.getText(), /authorization|sandbox-secret/i, 'no credentials in the file');

    await setText(doc, JSON.stringify({ operation: 'serviceRequests.get', params: { id: 'abc' } }, null, 2));
    const diags = await waitFor('a diagnostic on the bad id', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'MOK');
      return Promise.resolve(d.length ? d : undefined);
    });
    assert.equal(diags[0]?.message, 'expected a whole number');
    assert.equal(doc.getText(diags[0].range), '"abc"');
    const refused = await send(doc);
    assert.deepEqual(refused.ok ? 'sent' : refused.stage, 'invalid');

    await setText(doc, JSON.stringify({ operation: 'contracts.lookup', query: { access_identifier: '123456789' } }, null, 2));
    const sent = await send(doc);
    assert.ok(sent.ok, JSON.stringify(sent));
    assert.equal(sent.entry.status, 200);
    // The answer opens read-only beside the request.
    const response = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.uri.scheme === 'mok-json' && d.uri.path.endsWith('.response'));
    assert.ok(response, 'the answer opens read-only');
    assert.match(response.getText(), /^\/\/ 200 · \d+(\.\d+)? ms · contracts\.lookup · Sandbox/);
    assert.match(response.getText(), /"access_identifier": "123456789"/);
  });

  it('lists what was sent, newest first with ✓/✗, copies it as curl without credentials, and compares two answers', async () => {
    const p = await providerOf('mok.views.requests');
    const bad = await draft({ operation: 'serviceRequests.get', params: { id: 999999 } });
    const notFound = await send(bad);
    assert.ok(notFound.ok);
    assert.equal(notFound.entry.status, 404);
    const nodes = await waitFor('history entries', async () => {
      const n = await p.getChildren();
      return n.length >= 2 ? n : undefined;
    });
    assert.equal(label(nodes[0]!), 'serviceRequests.get');
    const icon = nodes[0]!.toTreeItem().iconPath;
    assert.ok(icon instanceof vscode.ThemeIcon && icon.id === 'error');
    const ok = nodes.find((n) => label(n) === 'contracts.lookup');
    assert.ok(ok);
    const curl = await vscode.commands.executeCommand<string>('mok.runner.copyCurl', ok);
    assert.match(curl, /^curl -X GET '.*\/api\/v1\/provider_networks\/contracts\?access_identifier=123456789'/);
    assert.match(curl, /Bearer \$MOK_TOKEN/);
    assert.doesNotMatch(curl, /sandbox-secret|sandbox-client/);
    const diff = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri }>('mok.runner.compare', nodes[0], ok);
    const left = await vscode.workspace.openTextDocument(diff.left);
    assert.match(left.getText(), /"contracts": \[/, 'JSON-aware: pretty, keys sorted');
  });

  it('sends an upload as multipart from a request file saved in the workspace, files relative to it', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const hbs = vscode.Uri.joinPath(folder, 'es.hbs');
    await vscode.workspace.fs.writeFile(hbs, Buffer.from('<p>{{TOTAL}}</p>\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'es.json'), Buffer.from('{}'));
    const file = vscode.Uri.joinPath(folder, 'recibo.mok-request.json');
    const structure = { type: 'object', properties: { TOTAL: { type: 'number' } } };
    await vscode.workspace.fs.writeFile(
      file,
      Buffer.from(
        JSON.stringify({
          operation: 'templates.create',
          body: { metadata: { external_id: 'recibo_runner', description: 'Recibo', default_language: 'ES', sources: [{ language: 'ES', template_part_name: 'es_hbs', editor_config_part_name: 'es_cfg', structure, engine_version: '3.12' }] } },
          files: { es_hbs: 'es.hbs', es_cfg: 'es.json' },
        }),
      ),
    );
    const outcome = await send(await vscode.workspace.openTextDocument(file));
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.entry.status, 201);
  });

  it('keeps the history for the next session (it is on disk, not in memory)', async () => {
    const p = await providerOf('mok.views.requests');
    const before = (await p.getChildren()).length;
    const fresh = new RunnerHistory((await api()).storageUri);
    const again = await fresh.list();
    fresh.dispose();
    assert.equal(again.length, before);
    assert.ok(again.every((e) => !JSON.stringify(e).includes('sandbox-secret')));
  });
});

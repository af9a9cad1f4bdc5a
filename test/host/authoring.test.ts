// Template authoring in a real extension host against the in-process sandbox: "Pull Template…" from
// a Dynamic Templates row writes the folder; the folder check puts each problem on its exact place
// (template.json, a source, an example) after a save; "Publish Template…" predicts, shows the plan,
// asks, sends and reports the new version and its changelog; a breaking change is offered as a new
// major; sent as a minor anyway, the API's 409 comes back beside the prediction.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PublishRun } from '../../src/vscode/authoring/publish';
import type { TreeNode } from '../../src/vscode/common/tree';
import { api, contextValue, kids, label, providerOf, scriptPrompts, waitFor } from './support';

const VIEW = 'mok.views.dynamicTemplates';
const ID = 'mandato_sepa';

async function templateRow(externalId: string): Promise<TreeNode> {
  const p = await providerOf(VIEW);
  return waitFor(`template ${externalId}`, async () => (await kids(p)).find((n) => contextValue(n) === 'mok:template' && label(n) === externalId));
}

function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'MOK template');
}

async function replaceAll(uri: vscode.Uri, change: (text: string) => string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), change(doc.getText()));
  await vscode.workspace.applyEdit(edit);
  await doc.save();
}

describe('Template authoring', function () {
  this.timeout(60_000);
  let folder: vscode.Uri;

  before(async () => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(root, 'the host tests run with a workspace folder');
    folder = vscode.Uri.joinPath(root, 'templates', `${ID}-${Date.now()}`);
    const prompts = await scriptPrompts([{ title: /^Pull mandato_sepa into/, input: vscode.workspace.asRelativePath(folder) }]);
    try {
      const pulled = await vscode.commands.executeCommand<vscode.Uri | undefined>('mok.authoring.pull', await templateRow(ID));
      assert.equal(pulled?.toString(), folder.toString());
    } finally {
      prompts.done();
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Pull writes template.json, structure.json, each language\'s source and config, and an example', async () => {
    for (const rel of ['template.json', 'structure.json', 'sources/ES.hbs', 'sources/ES.config.json', 'sources/EN.hbs', 'sources/EN.config.json', 'examples/example.json']) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, rel));
    }
    const meta = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'template.json'))).toString('utf8')) as { external_id: string; version: string };
    assert.deepEqual([meta.external_id, meta.version], [ID, '1.0']);
  });

  it('a save shows the folder check as diagnostics at the exact place: template.json tags, an undeclared variable in a source', async () => {
    const { authoring } = await api();
    const meta = vscode.Uri.joinPath(folder, 'template.json');
    const es = vscode.Uri.joinPath(folder, 'sources', 'ES.hbs');
    await replaceAll(meta, (t) => t.replace(/"tags": \[[^\]]*\]/, '"tags": ["sepa", "sepa"]'));
    await replaceAll(es, (t) => t.replace('</body>', '<p>{{DEUDOR.NOMBREE}}</p>\n</body>'));
    const tags = await waitFor('tag diagnostic', () => Promise.resolve(diagnosticsOf(meta).find((d) => d.code === 'template/tag-duplicate')));
    const metaDoc = await vscode.workspace.openTextDocument(meta);
    assert.equal(metaDoc.getText(tags.range), '"sepa"');
    assert.equal(tags.range.start.line, metaDoc.getText().split('\n').findIndex((l) => l.includes('"tags"')));
    const undeclared = await waitFor('source diagnostic', () => Promise.resolve(diagnosticsOf(es).find((d) => d.code === 'source/undeclared')));
    const esDoc = await vscode.workspace.openTextDocument(es);
    assert.equal(esDoc.getText(undeclared.range), 'DEUDOR.NOMBREE');
    assert.match(undeclared.message, /did you mean DEUDOR\.NOMBRE\?/);
    // On demand: the same check, and its summary.
    const check = await vscode.commands.executeCommand<{ summary: { errors: number } } | undefined>('mok.authoring.check', folder);
    assert.ok(check && check.summary.errors >= 1, JSON.stringify(check?.summary));
    assert.equal(authoring.checks.lastCheck(folder)?.summary.errors, check.summary.errors);
    // Fixed and saved: the diagnostics go.
    await replaceAll(meta, (t) => t.replace('"tags": ["sepa", "sepa"]', '"tags": ["sepa", "mandato"]'));
    await replaceAll(es, (t) => t.replace('<p>{{DEUDOR.NOMBREE}}</p>\n', '<p>{{DEUDOR.NOMBRE}}</p>\n'));
    await waitFor('diagnostics cleared', () => Promise.resolve(diagnosticsOf(meta).length === 0 && !diagnosticsOf(es).some((d) => d.code === 'source/undeclared') ? true : undefined));
  });

  it('Publish: a compatible change is predicted minor, the plan is shown, and after confirming 1.1 is published with its changelog', async () => {
    const prompts = await scriptPrompts([
      { title: /^Publish mandato_sepa as a new minor of 1\.0\?$/, confirm: true },
      { title: /^Changelog of the new version$/, input: 'Etiquetas y texto revisados' },
    ]);
    let run: PublishRun | undefined;
    try {
      run = await vscode.commands.executeCommand<PublishRun>('mok.authoring.publish', folder);
    } finally {
      prompts.done();
    }
    assert.equal(run?.prediction?.kind, 'minor');
    assert.deepEqual(run?.prediction?.reasons.map((r) => r.code), ['source-updated', 'tags-changed']);
    const confirm = prompts.asked.find((a) => a.kind === 'confirm');
    assert.match(confirm?.detail ?? '', /the ES source changed/);
    assert.match(confirm?.detail ?? '', /Existing fill data/);
    assert.ok(run?.outcome?.ok);
    assert.equal(run.outcome.summary.version, '1.1');
    assert.equal(run.outcome.changelog?.changelog, 'Etiquetas y texto revisados');
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith(`${ID}-publish.md`) && /a new minor/.test(d.getText())), 'the plan is shown');
    const meta = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'template.json'))).toString('utf8')) as { version: string };
    assert.equal(meta.version, '1.1');
  });

  it('a breaking change is offered as a new major; sent as a minor anyway, the 409 is reported next to the prediction', async () => {
    await replaceAll(vscode.Uri.joinPath(folder, 'template.json'), (t) => t.replace('"default_language": "ES"', '"default_language": "EN"'));
    const declined = await scriptPrompts([{ title: /has breaking changes: the API refuses them as a minor of 1\.1\. Publish a new major instead\?$/, confirm: false }]);
    let run: PublishRun | undefined;
    try {
      run = await vscode.commands.executeCommand<PublishRun>('mok.authoring.publish', folder);
    } finally {
      declined.done();
    }
    assert.equal(run?.prediction?.kind, 'major');
    assert.deepEqual(run?.prediction?.reasons.map((r) => r.code), ['default-language-changed']);
    assert.equal(run?.as, 'major');
    assert.equal(run?.stopped, 'declined');
    const forced = await scriptPrompts([
      { title: /^Publish mandato_sepa as a new minor of 1\.1\?$/, confirm: true },
      { title: /^Changelog/, input: 'Inglés por defecto' },
    ]);
    try {
      run = await vscode.commands.executeCommand<PublishRun>('mok.authoring.publish', folder, { as: 'minor' });
    } finally {
      forced.done();
    }
    assert.ok(run?.outcome && !run.outcome.ok);
    assert.equal(run.outcome.status, 409);
    assert.deepEqual(run.outcome.problems.map((p) => p.code), ['MDOC-409-BREAKING-CHANGE']);
    const accepted = await scriptPrompts([
      { title: /Publish a new major instead\?$/, confirm: true },
      { title: /^Changelog/, input: 'Inglés por defecto' },
    ]);
    try {
      run = await vscode.commands.executeCommand<PublishRun>('mok.authoring.publish', folder);
    } finally {
      accepted.done();
    }
    assert.ok(run?.outcome?.ok);
    assert.equal(run.outcome.summary.version, '2.0');
  });

  it('Preview Template Folder renders every language with every example, side by side', async () => {
    const state = await vscode.commands.executeCommand<{ grid?: { examples: string[]; rows: { language: string; cells: { summary: { state: string } }[] }[] } } | undefined>('mok.authoring.preview', folder);
    assert.deepEqual(state?.grid?.rows.map((r) => r.language), ['ES', 'EN']);
    assert.deepEqual(state?.grid?.examples, ['example.json']);
    assert.ok(state?.grid?.rows.every((r) => r.cells.length === 1 && r.cells[0]?.summary.state === 'completes'), JSON.stringify(state?.grid));
  });
});

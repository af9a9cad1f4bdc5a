// The Dynamic Templates view in a real extension host against the in-process sandbox:
// templates → majors → minors → structure and sources, changelog, and the welcome state of an
// environment without a Documents token.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/common/tree';
import { api, byContext, contextValue, description, kids, label, providerOf, waitFor } from './support';

const VIEW = 'mok.views.dynamicTemplates';
const provider = () => providerOf(VIEW);

async function templateNode(externalId: string): Promise<TreeNode> {
  const p = await provider();
  return waitFor(`template ${externalId}`, async () => (await kids(p)).find((n) => label(n) === externalId));
}

describe('Dynamic Templates view', () => {
  it('lists the org templates grouped by external_id with their latest version and languages', async () => {
    const p = await provider();
    const roots = await waitFor('templates', async () => {
      const nodes = await kids(p);
      return nodes.some((n) => contextValue(n) === 'mok:template') ? nodes : undefined;
    });
    const ids = roots.filter((n) => contextValue(n) === 'mok:template').map(label);
    assert.ok(ids.includes('factura_mensual'), `templates: ${ids.join(', ')}`);
    assert.equal(new Set(ids).size, ids.length, 'one node per template, majors below it');
    assert.match(description(await templateNode('factura_mensual')), /^v\d+\.\d+ · [A-Z]{2}/);
  });

  it('shows majors newest first, then minors with languages, tags and date', async () => {
    const p = await provider();
    const children = await kids(p, await templateNode('factura_mensual'));
    const majors = children.filter((n) => contextValue(n) === 'mok:templateMajor').map(label);
    assert.deepEqual(majors, ['Major 2', 'Major 1']);
    assert.ok(byContext(children, /^mok:templateChangelog$/), 'a Changelog node');
    const major1 = children.find((n) => label(n) === 'Major 1');
    assert.ok(major1);
    const minors = await kids(p, major1);
    assert.deepEqual(minors.map(label), ['v1.1', 'v1.0'], 'minors newest first');
    assert.match(description(minors[0]!), /ES/);
    assert.match(description(minors[0]!), /\b\d{2}\/\d{2}\/\d{4}\b/, 'the one date style (dd/mm/yyyy)');
  });

  it('opens the structure of a minor as read-only JSON (the seed invoice schema)', async () => {
    const p = await provider();
    const major1 = (await kids(p, await templateNode('factura_mensual'))).find((n) => label(n) === 'Major 1')!;
    const v11 = (await kids(p, major1)).find((n) => label(n) === 'v1.1')!;
    const children = await kids(p, v11);
    const structure = byContext(children, /^mok:templateStructure$/);
    assert.ok(structure, 'a structure node');
    assert.ok(children.some((n) => contextValue(n) === 'mok:templateSource' && /engine/.test(label(n))), 'sources with engine version');
    await vscode.commands.executeCommand('mok.templates.openStructure', v11);
    const doc = await waitFor('structure editor', () => Promise.resolve(vscode.window.activeTextEditor?.document.uri.scheme === 'mok-json' ? vscode.window.activeTextEditor.document : undefined));
    const schema = JSON.parse(doc.getText()) as { $schema?: string; properties?: Record<string, unknown> };
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.properties && 'CUSTOMER' in schema.properties);
    // Read-only and offline: no warning about a meta-schema that cannot be downloaded (the
    // structure lint's own findings, source "MOK lint", are the only diagnostics).
    assert.equal(doc.languageId, 'mok-structure');
    await new Promise((r) => setTimeout(r, 2000));
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== 'MOK lint').map((d) => `${d.source ?? ''}: ${d.message}`), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('opens a source row as a read-only Handlebars document', async () => {
    const p = await provider();
    const major1 = (await kids(p, await templateNode('factura_mensual'))).find((n) => label(n) === 'Major 1')!;
    const v11 = (await kids(p, major1)).find((n) => label(n) === 'v1.1')!;
    const source = (await kids(p, v11)).find((n) => contextValue(n) === 'mok:templateSource')!;
    const command = source.toTreeItem().command;
    assert.equal(command?.command, 'mok.templates.openSource', 'clicking the row opens it');
    await vscode.commands.executeCommand(command.command, source);
    const doc = await waitFor('source editor', () => Promise.resolve(vscode.window.activeTextEditor?.document.uri.path.endsWith('.hbs') ? vscode.window.activeTextEditor.document : undefined));
    assert.equal(doc.uri.scheme, 'mok-json');
    assert.equal(doc.languageId, 'handlebars');
    assert.match(doc.getText(), /\{\{/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows the changelog entries', async () => {
    const p = await provider();
    const changelog = byContext(await kids(p, await templateNode('factura_mensual')), /^mok:templateChangelog$/)!;
    const entries = await kids(p, changelog);
    assert.ok(entries.length >= 2, 'several versions in the changelog');
    assert.ok(entries.some((n) => /→/.test(label(n))), 'entries read "from → to"');
  });

  it('is empty (welcome content) when the environment has no Documents token, and fills again on switching back', async () => {
    const { envs } = await api();
    const ENV = 'No documents token (host test)';
    try {
      await vscode.workspace.getConfiguration('mok').update('environments', [{ name: ENV, kind: 'test', mokBaseUrl: 'http://127.0.0.1:9', documentsBaseUrl: 'http://127.0.0.1:9', org: 'yoigo' }], vscode.ConfigurationTarget.Global);
      await envs.switchTo(ENV);
      const p = await provider();
      assert.deepEqual(await kids(p), []);
    } finally {
      await envs.switchTo('Sandbox');
      await vscode.workspace.getConfiguration('mok').update('environments', undefined, vscode.ConfigurationTarget.Global);
    }
    const p = await provider();
    await waitFor('templates again', async () => ((await kids(p)).some((n) => label(n) === 'factura_mensual') ? true : undefined));
  });
});

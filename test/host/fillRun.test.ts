// Filling from the editor against the in-process sandbox: a scaffolded fill file runs to COMPLETED
// with its statuses timed in the Fill activity rows of the Dynamic Templates view, and the filled
// document opens; a fill the source analysis says would FAIL is marked in the file (the variable
// and where the source prints it) and refused unless forced — then it FAILS with the API's message
// next to the predicted cause; a connection lost while watching keeps the fill id and "Check Status
// Again" finishes it; a fill file is checked against another version in one click; two versions'
// structures open in the diff editor with the changes classified.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TrackedFill } from '../../src/vscode/fillRun/activities';
import type { FillOutcome } from '../../src/vscode/fillRun/send';
import { api, description, kids, label, providerOf, waitFor } from './support';
import { diagnosticsOf, openFill } from './fillSupport';

const V1_DATA = { CUSTOMER: { dni: '12345678Z', name: 'Ana García' }, PRODUCTS: [{ NAME: 'Fibra', PRICE: 30 }], TOTAL_AMOUNT: 30, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, DISCOUNT_AMOUNT: 0, CARD_LAST_DIGITS: '4242' };

async function scaffoldText(major: number): Promise<string> {
  const mok = await api();
  const client = await mok.envs.client();
  const detail = (await client.call('templates.versions', { params: { id: 'factura_mensual', major } })).templates[0]!;
  const { engine, validator } = mok.fills.validation;
  const sources = await engine.loadSources(detail, (url) => client.fetchText(url));
  return engine.scaffoldFillFile(detail, validator, { sources, documentName: `factura_host_${major}` }).text;
}

async function fill(uri: vscode.Uri, options: Record<string, unknown>): Promise<FillOutcome> {
  const outcome = await vscode.commands.executeCommand<FillOutcome | undefined>('mok.fills.fill', uri, options);
  assert.ok(outcome);
  return outcome;
}

function openTabUris(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => (t.input instanceof vscode.TabInputText || t.input instanceof vscode.TabInputCustom ? [t.input.uri.toString()] : []));
}

describe('Fill from the editor', function () {
  this.timeout(90000);

  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs a fill file to COMPLETED with tracked statuses, shows it in the Dynamic Templates view, and the document opens', async () => {
    const doc = await openFill('host-fill-ok', await scaffoldText(2));
    const lenses = await waitFor('the Fill lens', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l.some((x) => x.command?.command === 'mok.fills.fill') ? l : undefined;
    });
    assert.equal(lenses.find((x) => x.command?.command === 'mok.fills.fill')?.command?.title, '$(play) Fill');
    const outcome = await fill(doc.uri, { interactive: false });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const a = outcome.tracked.activity;
    assert.equal(a.status, 'COMPLETED');
    assert.equal(a.origin, 'mok-devtools');
    assert.ok(a.seen.CREATED !== undefined && a.seen.PROCESSING !== undefined && a.seen.COMPLETED !== undefined);
    assert.ok(a.filledDocumentId);
    // Found again by the API's fill_process_id (what the Sandbox Requests view's "Show Fill Process" passes).
    const again = await vscode.commands.executeCommand<TrackedFill | undefined>('mok.fills.checkStatus', a.fillProcessId, false);
    assert.equal(again?.activity.id, a.id);

    const templates = await providerOf('mok.views.dynamicTemplates');
    const group = await waitFor('the Fill activity row', async () => (await kids(templates)).find((n) => label(n) === 'Fill activity'));
    const row = (await kids(templates, group)).find((n) => label(n) === 'factura_host_2');
    assert.ok(row);
    assert.match(description(row), /^COMPLETED in \d+\.\d s · factura_mensual v2\.0$/);
    const details = (await kids(templates, row)).map(label);
    assert.ok(details.some((d) => /^CREATED \d+\.\d s · PROCESSING \d+\.\d s · COMPLETED \d+\.\d s$/.test(d)), details.join('\n'));
    assert.ok(details.includes(`Fill process: ${a.fillProcessId ?? ''}`));

    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('mok.fills.openDocument', outcome.tracked);
    assert.ok(uri);
    assert.match(uri.path, /factura_host_2\.pdf$/);
    assert.equal(Buffer.from(await vscode.workspace.fs.readFile(uri)).subarray(0, 5).toString(), '%PDF-');
    await waitFor('the document tab', () => Promise.resolve(openTabUris().includes(uri.toString()) || undefined));
  });

  it('predicts a fill that would FAIL, names the variable where the source prints it, refuses it unless forced; forced, it FAILS with the cause next to the API message', async () => {
    const text = JSON.stringify({ template: { external_id: 'factura_mensual', major: 1 }, language: 'ES', document: { name: 'factura_host_v1' }, fill_priority: 'high', fields_values: V1_DATA }, null, 2);
    const doc = await openFill('host-fill-fails', text);
    const diags = await diagnosticsOf(doc, (d) => d.some((x) => x.code === 'fill/variable-missing'));
    const missing = diags.filter((d) => d.code === 'fill/variable-missing').map((d) => d.message);
    assert.ok(missing.some((m) => /^CUSTOMER\.NAME is printed by the ES source \(line \d+, column \d+\) but fields_values has no CUSTOMER\.NAME: the fill will FAIL with "Template variable 'CUSTOMER\.NAME' missing in payload\."$/.test(m)), missing.join('\n'));

    const refused = await fill(doc.uri, { interactive: false });
    assert.equal(refused.ok, false);
    assert.ok(!refused.ok && refused.stage === 'invalid');
    assert.match(refused.message ?? '', /Template variable 'CUSTOMER\.NAME' missing in payload\./);

    // "Show in source" opens the template source at the place it prints the variable.
    const d = diags.find((x) => x.code === 'fill/variable-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
    const show = actions.find((x) => x.title === 'Show where the ES source prints it');
    assert.ok(show?.command, actions.map((x) => x.title).join(' | '));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(show.command.command, ...((show.command.arguments ?? []) as unknown[]));
    assert.equal(editor?.document.languageId, 'handlebars');
    assert.equal(editor?.document.getText(editor.selection), 'CUSTOMER.NAME');

    const forced = await fill(doc.uri, { interactive: false, force: true });
    assert.ok(forced.ok);
    const a = forced.tracked.activity;
    assert.equal(a.status, 'FAILED');
    assert.equal(a.errorMessage, "Template variable 'CUSTOMER.NAME' missing in payload.");
    assert.match(forced.tracked.explanation?.cause ?? '', /^the ES source prints CUSTOMER\.NAME at line \d+, column \d+, and the data sent has no CUSTOMER\.NAME/);
    const templates = await providerOf('mok.views.dynamicTemplates');
    const group = (await kids(templates)).find((n) => label(n) === 'Fill activity')!;
    const row = (await kids(templates, group)).find((n) => label(n) === 'factura_host_v1')!;
    const details = (await kids(templates, row)).map(label);
    assert.ok(details.includes("API: Template variable 'CUSTOMER.NAME' missing in payload."), details.join('\n'));
    assert.ok(details.some((x) => x.startsWith('Likely cause: the ES source prints CUSTOMER.NAME at line')), details.join('\n'));
  });

  it('a connection lost while watching keeps the fill id and says so; Check Status Again finishes the fill', async () => {
    const mok = await api();
    const url = await mok.envs.sandboxUrl();
    const doc = await openFill('host-fill-lost', await scaffoldText(2));
    await fetch(`${url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'reset', operation: 'fillProcess.get', count: 40 }) });
    let outcome: FillOutcome;
    try {
      outcome = await fill(doc.uri, { interactive: false });
    } finally {
      await fetch(`${url}/__sandbox/faults`, { method: 'DELETE' });
    }
    assert.ok(outcome.ok);
    const t: TrackedFill = outcome.tracked;
    assert.equal(t.activity.status, 'lost');
    assert.ok(t.activity.fillProcessId);
    const templates = await providerOf('mok.views.dynamicTemplates');
    const group = (await kids(templates)).find((n) => label(n) === 'Fill activity')!;
    const row = (await kids(templates, group)).find((n) => label(n) === 'factura_host_2' && description(n).startsWith('connection lost'));
    assert.ok(row, (await kids(templates, group)).map((n) => `${label(n)} ${description(n)}`).join('\n'));
    assert.ok((await kids(templates, row)).some((n) => label(n).startsWith('Watching failed:') && label(n).endsWith('The fill id is kept — check its status again.')));
    const after = await vscode.commands.executeCommand<TrackedFill | undefined>('mok.fills.checkStatus', t, false);
    assert.equal(after?.activity.status, 'COMPLETED');
    assert.equal(after?.activity.fillProcessId, t.activity.fillProcessId);
  });

  it('checks a fill file against another version in one click (lens), and compares two versions in the diff editor', async () => {
    const text = JSON.stringify({ template: { external_id: 'factura_mensual', major: 1 }, language: 'ES', document: { name: 'factura_host_check' }, fill_priority: 'low', fields_values: { ...V1_DATA, CUSTOMER: { dni: '1', name: 'x', DNI: '1', NAME: 'x' } } }, null, 2);
    const doc = await openFill('host-fill-against', text);
    const lens = await waitFor('the check-against lens', async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)).find((l) => l.command?.command === 'mok.fills.checkAgainst'));
    assert.equal(lens.command?.title, '$(diff) Check against v2.0');
    const problems = await vscode.commands.executeCommand<{ code: string; pointer: string }[]>('mok.fills.checkAgainst', ...((lens.command?.arguments ?? []) as unknown[]), false);
    assert.ok(problems?.some((p) => p.pointer === '/fields_values/INVOICE_NUMBER'), JSON.stringify(problems));
    const shown = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'MOK v2.0');
    assert.ok(shown.length > 0);

    const templates = await providerOf('mok.views.dynamicTemplates');
    const factura = (await kids(templates)).find((n) => label(n) === 'factura_mensual')!;
    const major1 = (await kids(templates, factura)).find((n) => label(n) === 'Major 1')!;
    const v11 = (await kids(templates, major1)).find((n) => label(n) === 'v1.1')!;
    const changes = await vscode.commands.executeCommand<{ path: string; kind: string; breaking: boolean }[]>('mok.templates.compare', v11, '2.0');
    assert.ok(changes?.some((c) => c.path === 'INVOICE_NUMBER' && c.kind === 'added' && c.breaking));
    const diffTab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff);
    assert.ok(diffTab);
    assert.equal(diffTab.label, 'factura_mensual: structure v1.1 ↔ v2.0');
    const report = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('factura_mensual-v1.1-to-v2.0-changes.md'));
    assert.match(report?.getText() ?? '', /\| ⛔ breaking \| `INVOICE_NUMBER` \| added \| new required field: existing fill data lacks it \|/);
  });
});

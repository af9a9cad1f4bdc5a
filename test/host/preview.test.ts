// The live template preview in a real editor: the fill file's template version rendered with its
// fields_values in a webview (strict CSP, the kit's nonce'd script only), missing variables marked
// in place and listed, updating as the file is edited, another language on request, the workspace's
// fill files for the same template offered as sample sets, and a mark opening the template source.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewState } from '../../src/webview/protocols/preview';
import { openFill } from './fillSupport';
import { api, waitFor } from './support';

function fillText(name: string, fields: unknown, language = 'ES'): string {
  return JSON.stringify({ template: { external_id: 'factura_mensual', major: 1 }, language, document: { name }, fill_priority: 'low', fields_values: fields }, null, 2);
}

const BASE = { PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 30 }], TOTAL_AMOUNT: 30, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, DISCOUNT_AMOUNT: 0, CARD_LAST_DIGITS: '4242' };

describe('Template preview', function () {
  this.timeout(60000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('renders the template with the fill file, marks every missing variable, and follows edits', async () => {
    const mok = await api();
    const doc = await openFill('host-preview', fillText('preview_1', { ...BASE, CUSTOMER: { dni: '12345678Z', name: 'Ana García' } }));
    const state = await vscode.commands.executeCommand<PreviewState | undefined>('mok.fills.preview', doc.uri);
    assert.ok(state);
    assert.equal(state.heading, 'factura_mensual v1.1 · ES');
    assert.equal(state.summary.state, 'fails');
    assert.deepEqual(state.marks.map((m) => m.placeholder), ['{{CUSTOMER.NAME}}', '{{CUSTOMER.DNI}}']);
    assert.match(state.html, /<mark class="mok-missing" data-mok-note="\d+" title="CUSTOMER\.NAME is missing in fields_values: the fill would FAIL \(line \d+\)">\{\{CUSTOMER\.NAME\}\}<\/mark>/);
    assert.match(state.html, /Fibra 1Gb/);

    // The page: one script, with the per-render nonce; nothing inline, nothing remote.
    const page = mok.preview.current?.html ?? '';
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '').replace(/&#39;/g, "'");
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]+';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    // Sources are the webview's own resources ('self' / the resource origin), data: images, or none.
    for (const directive of csp.split('; ')) for (const token of directive.split(' ').slice(1)) assert.match(token, /^('none'|'self'|'nonce-[^']+'|data:|https:\/\/\*\.vscode-cdn\.net)$/, directive);
    assert.equal((page.match(/<script /g) ?? []).length, 1);

    // Typing the missing fields updates the preview (debounced), without reloading the page.
    const rendered = new Promise<PreviewState>((resolve) => {
      const sub = mok.preview.onDidRender((s) => {
        if (s.summary.state === 'completes') {
          sub.dispose();
          resolve(s);
        }
      });
    });
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), fillText('preview_1', { ...BASE, CUSTOMER: { dni: '12345678Z', name: 'Ana García', DNI: '12345678Z', NAME: 'Ana García' } }));
    await vscode.workspace.applyEdit(edit);
    const after = await rendered;
    assert.deepEqual(after.marks, []);
    assert.match(after.html, /Ana García — 12345678Z/);
    assert.ok(after.htmlVersion > state.htmlVersion);
    assert.equal(mok.preview.current?.html, page, 'the page itself is not replaced');
  });

  it('switches language and sample set, and a mark opens the template source at its place', async () => {
    const v2 = (name: string, customer: unknown) =>
      JSON.stringify({ template: { external_id: 'factura_mensual', major: 2 }, language: 'ES', document: { name }, fill_priority: 'low', fields_values: { INVOICE_NUMBER: 'F2025-000123', CUSTOMER: customer, PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 30 }], TOTAL_AMOUNT: 30, PAYMENT_METHOD: 'card', CARD_LAST_DIGITS: '4242' } }, null, 2);
    const first = await openFill('host-preview-a', v2('preview_a', { DNI: '1' }));
    await openFill('host-preview-b', v2('preview_b', { DNI: '2', NAME: 'Luis' }));
    const english = await vscode.commands.executeCommand<PreviewState | undefined>('mok.fills.preview', first.uri, 'EN');
    assert.equal(english?.heading, 'factura_mensual v2.0 · EN');
    assert.match(english?.html ?? '', /Invoice no\. F2025-000123/);
    assert.deepEqual(english?.languages.map((l) => `${l.code}${l.current ? '*' : ''}`), ['ES', 'EN*']);
    const samples = english?.samples.map((s) => s.label) ?? [];
    assert.ok(samples.includes('host-preview-a.mok-fill.json') && samples.includes('host-preview-b.mok-fill.json'), samples.join(', '));

    const mok = await api();
    const other = english.samples.find((s) => s.label === 'host-preview-b.mok-fill.json')!;
    const switched = await mok.preview.show(vscode.Uri.parse(other.id), { reveal: false });
    assert.equal(switched?.summary.state, 'completes');
    assert.match(switched?.html ?? '', /Luis — 2/);

    await mok.preview.show(first.uri, { reveal: false });
    const mark = mok.preview.current!.state.marks[0]!;
    assert.equal(mark.placeholder, '{{CUSTOMER.NAME}}');
    const editor = await mok.sources.open((await mok.fills.checkNow(first))!.template!.latest, 'ES', { line: mark.line, column: mark.column });
    assert.equal(editor?.document.getText(editor.selection), 'CUSTOMER.NAME');
    await waitFor('the source tab', () => Promise.resolve(vscode.window.activeTextEditor?.document.languageId === 'handlebars' || undefined));
  });
});

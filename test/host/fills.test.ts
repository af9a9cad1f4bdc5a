// Fill files and template structures in a real editor against the in-process sandbox: the API
// document's fill example bound to factura_mensual 1 gets precise diagnostics; applying the
// preferred quick fixes through the code-action provider leaves a file the sandbox's fill accepts
// (202); completion, hover, CodeLens, "Show rule in structure", lint on structures, New Fill File,
// the formats setting and the limits.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, byContext, kids, label, providerOf, waitFor } from './support';
import { actionsAt, applyPreferredFixes, diagnosticsOf, openFill, textAt } from './fillSupport';

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'string' || typeof d.code === 'number' ? String(d.code) : '';
}

const SEED_FILL = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/fills/seed-example.mok-fill.json'), 'utf8');

describe('Fill files', function () {
  this.timeout(60000);

  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('mok').update('validation.formats', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the fill example problems on the exact keys, in words, with the condition as related information', async () => {
    const doc = await openFill('seed-diagnostics', SEED_FILL);
    const diags = await diagnosticsOf(doc, (d) => d.length >= 6);
    const at = (code: string, text: string) => diags.find((d) => d.code === code && textAt(doc, d.range) === text);
    const customer = at('schema/additionalProperties', '"customer"');
    assert.ok(customer, diags.map((d) => `${codeOf(d)} ${textAt(doc, d.range)} ${d.message}`).join('\n'));
    assert.equal(customer.message, 'customer is not a field here (did you mean CUSTOMER? CUSTOMER is required)');
    assert.equal(customer.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([customer.range.start.line, customer.range.start.character], [14, 4]);
    assert.ok(at('schema/required', '"fields_values"'), 'a missing key is marked on its parent key');
    assert.ok(at('field/value', '"string"'), 'fill_priority "string"');
    assert.ok(!diags.some((d) => d.message.includes('IBAN')), 'no noise from rules that only fire because PAYMENT_METHOD is missing');
    // An if/then requirement points at the condition.
    const text = doc.getText().replace('"total_amount": 35', '"total_amount": 35, "PAYMENT_METHOD": "card", "HAS_DISCOUNT": false');
    const card = await openFill('seed-card', text);
    const digits = (await diagnosticsOf(card, (d) => d.some((x) => x.message.includes('CARD_LAST_DIGITS')))).find((x) => x.message.includes('CARD_LAST_DIGITS'));
    assert.match(digits?.message ?? '', /^because PAYMENT_METHOD is "card" \(line \d+\), CARD_LAST_DIGITS is required$/);
    assert.equal(textAt(card, digits!.relatedInformation![0]!.location.range), '"card"');
  });

  it('binds the file visibly: a CodeLens names the template version and offers to change it', async () => {
    const doc = await openFill('seed-lens', SEED_FILL);
    await diagnosticsOf(doc, (d) => d.length > 0);
    const lenses = await waitFor('lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l.some((x) => x.command?.title.includes('v1.1')) ? l : undefined;
    });
    const binding = lenses.find((l) => l.command?.command === 'mok.fills.changeTemplate');
    assert.equal(binding?.command?.title, '$(file-code) factura_mensual v1.1 · Sandbox · change…');
    assert.ok(lenses.some((l) => l.command?.command === 'mok.fills.showRule'));
  });

  it('offers quick fixes from the schema: rename to the declared key, insert a missing key with a valid value, change an enum value', async () => {
    const doc = await openFill('seed-fixes', SEED_FILL);
    const diags = await diagnosticsOf(doc, (d) => d.length >= 6);
    const titles = async (d: vscode.Diagnostic) => (await actionsAt(doc, d.range)).filter((a) => a.kind?.value === 'quickfix').map((a) => `${a.isPreferred ? '*' : ''}${a.title}`);
    const customer = diags.find((d) => textAt(doc, d.range) === '"customer"')!;
    assert.deepEqual((await titles(customer)).slice(0, 2), ['*Rename customer to CUSTOMER', 'Remove customer']);
    assert.ok((await titles(customer)).includes('Show rule in structure'));
    const payment = diags.find((d) => d.message === 'PAYMENT_METHOD is required')!;
    assert.ok((await titles(payment)).includes('*Add PAYMENT_METHOD with an example value: "bank_transfer"'));
    const discount = diags.find((d) => d.message.startsWith('DISCOUNT_AMOUNT is required'))!;
    assert.equal((await titles(discount))[0], '*Add HAS_DISCOUNT: false (the rule then does not apply)');
    const priority = diags.find((d) => textAt(doc, d.range) === '"string"')!;
    assert.deepEqual((await titles(priority)).slice(0, 2), ['*Change to "low"', 'Change to "high"']);
  });

  it('applying the preferred fixes leaves a file the sandbox fill accepts (202)', async () => {
    const doc = await openFill('seed-fixed', SEED_FILL);
    const applied = await applyPreferredFixes(doc);
    assert.ok(applied.length >= 8, applied.join('\n'));
    const left = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'MOK' && d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(left.map((d) => d.message), []);
    const fill = JSON.parse(doc.getText()) as { template: { external_id: string; major: number }; language: 'ES'; document: { name: string; tags?: string[] }; fields_values: Record<string, unknown>; fill_priority: 'low' | 'high' };
    assert.deepEqual(Object.keys(fill.fields_values).sort(), ['CUSTOMER', 'HAS_DISCOUNT', 'PAYMENT_METHOD', 'PRODUCTS', 'TOTAL_AMOUNT']);
    const client = await (await api()).envs.client();
    const { template, ...body } = fill;
    const res = await client.callRaw('templates.fill', { params: { id: template.external_id, major: template.major }, body });
    assert.equal(res.status, 202, JSON.stringify(res.json));
  });

  it('completes keys (required first, with example values) and enum values', async () => {
    const text = JSON.stringify({ template: { external_id: 'factura_mensual', major: 2 }, language: 'ES', document: { name: 'x' }, fields_values: { INVOICE_NUMBER: 'F2025-000001', PAYMENT_METHOD: 'card' } }, null, 2);
    const doc = await openFill('completion', text);
    await diagnosticsOf(doc, (d) => d.length > 0);
    const after = doc.positionAt(doc.getText().indexOf('"INVOICE_NUMBER"'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, after, '"",\n    ');
    await vscode.workspace.applyEdit(edit);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, after.translate(0, 1));
    const mine = keys.items.filter((i) => i.kind === vscode.CompletionItemKind.Property).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const labels = mine.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.deepEqual(labels.slice(0, 4), ['CUSTOMER', 'PRODUCTS', 'TOTAL_AMOUNT', 'CARD_LAST_DIGITS'], labels.join(', '));
    assert.ok(!labels.includes('INVOICE_NUMBER'), 'keys already present are not offered');
    assert.match(typeof mine[0]?.insertText === 'string' ? mine[0].insertText : '', /^"CUSTOMER": \{"DNI":"12345678Z","NAME":"María García"\},?$/);
    const valuePos = doc.positionAt(doc.getText().indexOf('"card"') + 1);
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, valuePos);
    const valueLabels = values.items.filter((i) => i.kind === vscode.CompletionItemKind.Value).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.deepEqual(valueLabels, ['"bank_transfer"', '"card"', '"mobile_payment"']);
    const idPos = doc.positionAt(doc.getText().indexOf('"factura_mensual"') + 1);
    const ids = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, idPos);
    assert.ok(ids.items.some((i) => i.label === '"contrato_alta_movil"'), 'the org\'s template ids');
  });

  it('hovers with the field type, constraints and an example', async () => {
    const text = JSON.stringify({ template: { external_id: 'factura_mensual', major: 2 }, language: 'ES', document: { name: 'x' }, fields_values: { IBAN: 'ES12', PAYMENT_METHOD: 'card' } }, null, 2);
    const doc = await openFill('hover', text);
    await diagnosticsOf(doc, (d) => d.length > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('"IBAN"') + 2));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(md, /\*\*IBAN\*\* · `string` · `pattern \/\^ES\\d\{22\}\$\/`/);
    assert.match(md, /Example: `"ES1234567890123456789012"`/);
    const pm = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('"PAYMENT_METHOD"') + 2));
    assert.match(pm.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n'), /one of "bank_transfer", "card", "mobile_payment"/);
  });

  it('"Show rule in structure" opens the structure at the failing keyword', async () => {
    const doc = await openFill('show-rule', SEED_FILL.replace('"customer"', '"CUSTOMER"'));
    const diags = await diagnosticsOf(doc, (d) => d.some((x) => x.message.startsWith('dni is required')));
    const dni = diags.find((x) => x.message.startsWith('dni is required'))!;
    const actions = await actionsAt(doc, dni.range);
    const show = actions.find((a) => a.title === 'Show rule in structure' && a.command?.arguments?.[2] === 'dni');
    assert.ok(show?.command);
    await vscode.commands.executeCommand(show.command.command, ...((show.command.arguments ?? []) as unknown[]));
    const editor = await waitFor('structure editor', () => Promise.resolve(vscode.window.activeTextEditor?.document.uri.path.endsWith('factura_mensual-v1.1.structure.json') ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.getText(editor.selection), '"dni"');
  });

  it('lints template structures opened from the Dynamic Templates view: the seed invoice defects', async () => {
    const p = await providerOf('mok.views.dynamicTemplates');
    const template = await waitFor('factura_mensual', async () => (await kids(p)).find((n) => label(n) === 'factura_mensual'));
    const major = (await kids(p, template)).find((n) => label(n) === 'Major 1')!;
    const minor = (await kids(p, major)).find((n) => label(n) === 'v1.1')!;
    await vscode.commands.executeCommand('mok.templates.openStructure', minor);
    const doc = await waitFor('structure', () => Promise.resolve(vscode.window.activeTextEditor?.document.uri.path.endsWith('.structure.json') ? vscode.window.activeTextEditor.document : undefined));
    const diags = await waitFor('lint diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'MOK lint');
      return Promise.resolve(d.length >= 4 ? d : undefined);
    });
    assert.deepEqual(
      diags.map((d) => `${codeOf(d)} ${textAt(doc, d.range)}`),
      ['required-not-declared "dni"', 'required-not-declared "name"', 'if-without-required "HAS_DISCOUNT"', 'if-const-outside-enum "BANK_TRANSFER"'],
    );
  });

  it('"New Fill File" from a minor node writes a valid fill file bound to that version', async () => {
    const p = await providerOf('mok.views.dynamicTemplates');
    const template = await waitFor('contrato_alta_movil', async () => (await kids(p)).find((n) => label(n) === 'contrato_alta_movil'));
    const major = byContext(await kids(p, template), /^mok:templateMajor$/)!;
    const older = (await kids(p, major)).find((n) => label(n) === 'v1.1')!;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('mok.fills.new', older);
    assert.match(uri.path, /contrato_alta_movil-v1\.1(-\d+)?\.mok-fill\.json$/);
    const doc = await vscode.workspace.openTextDocument(uri);
    const value = JSON.parse(doc.getText()) as { template: unknown };
    assert.deepEqual(value.template, { external_id: 'contrato_alta_movil', major: 1, minor: 1 });
    const diags = await diagnosticsOf(doc, (d) => d.length > 0);
    assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['fill/minor-not-latest', vscode.DiagnosticSeverity.Warning]], 'valid, with a warning that 1.2 is what the fill uses');
  });

  it('treats formats as annotations when mok.validation.formats is "annotate"', async () => {
    const text = JSON.stringify({ template: { external_id: 'factura_mensual', major: 2 }, language: 'ES', document: { name: 'x' }, fields_values: { CUSTOMER: { DNI: '1', NAME: 'x', EMAIL: 'not-an-email' } } }, null, 2);
    const doc = await openFill('formats', text);
    await diagnosticsOf(doc, (d) => d.some((x) => x.message.startsWith('must be an email address')));
    await vscode.workspace.getConfiguration('mok').update('validation.formats', 'annotate', vscode.ConfigurationTarget.Global);
    await diagnosticsOf(doc, (d) => d.length > 0 && !d.some((x) => x.message.startsWith('must be an email address')));
    await vscode.workspace.getConfiguration('mok').update('validation.formats', undefined, vscode.ConfigurationTarget.Global);
  });

  it('leaves JSON syntax errors to VS Code (no duplicate) and stops at a clear limit for deep files', async () => {
    const broken = await openFill('broken', '{\n  "language": "ES"\n  "document": {}\n}');
    await waitFor('json diagnostics', () => Promise.resolve(vscode.languages.getDiagnostics(broken.uri).some((d) => d.source === 'json') ? true : undefined));
    assert.equal(vscode.languages.getDiagnostics(broken.uri).filter((d) => d.source === 'MOK').length, 0);
    const deep = await openFill('deep', `{"fields_values": ${'['.repeat(300)}${']'.repeat(300)}}`);
    const diags = await diagnosticsOf(deep, (d) => d.length > 0);
    assert.equal(diags[0]?.code, 'limit/depth');
  });

  it('names what exists when the bound template version does not', async () => {
    const doc = await openFill('missing-major', SEED_FILL.replace('"major": 1', '"major": 3'));
    const diags = await diagnosticsOf(doc, (d) => d.some((x) => x.code === 'fill/major-not-found'));
    const major = diags.find((x) => x.code === 'fill/major-not-found');
    assert.equal(major?.message, 'factura_mensual has no major version 3; its majors: 1 (latest 1.1), 2 (latest 2.0)');
    assert.equal(major && textAt(doc, major.range), '3');
  });
});

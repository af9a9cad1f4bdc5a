// The Sandbox Requests view in a real extension host: a refused call made by a partner-style
// client (plain fetch, not our client) shows up live with the broken rule placed in the request
// body; it opens side by side, copies as curl and reopens in the runner; a row links to the service
// request or fill process it touched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/common/tree';
import { catalogue } from '../../src/core/catalogue/catalogue';
import { api, item, label, providerOf, waitFor } from './support';

const V1_DATA = { CUSTOMER: { dni: '12345678Z', name: 'Ana García' }, PRODUCTS: [{ NAME: 'Fibra', PRICE: 30 }], TOTAL_AMOUNT: 30, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, DISCOUNT_AMOUNT: 0, CARD_LAST_DIGITS: '4242' };

/** The row's call answered with a body containing `text` (earlier tests made calls of the same operation). */
function answered(n: TreeNode, text: string): boolean {
  return ((n as TreeNode & { entry?: { responseBody?: string } }).entry?.responseBody ?? '').includes(text);
}

describe('Sandbox Requests view', function () {
  this.timeout(60000);
  let url = '';
  before(async () => {
    const { envs } = await api();
    url = await envs.sandboxUrl();
    await vscode.commands.executeCommand('mok.views.sandboxRequests.focus');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a refused call from any HTTP client within a second, with the rule it broke placed in the body', async () => {
    const p = await providerOf('mok.views.sandboxRequests');
    const tokenRes = await fetch(`${url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' }) });
    const token = ((await tokenRes.json()) as { access_token: string }).access_token;
    const body = '{\n  "service_request": {\n    "contract_id": 131,\n    "service_id": 5000382079,\n    "servce_name": "Grúa"\n  }\n}';
    const res = await fetch(`${url}/api/v1/provider_networks/service_requests`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    assert.equal(res.status, 422);
    const node = await waitFor(
      'the refused create in the view',
      async () => (await p.getChildren()).find((n: TreeNode) => label(n) === 'serviceRequests.create' && String(item(n).description).startsWith('422')),
      5000,
    );
    const it = item(node);
    assert.match(String(it.description), /^422 · POST \/api\/v1\/provider_networks\/service_requests · /);
    assert.ok(it.iconPath instanceof vscode.ThemeIcon && it.iconPath.id === 'error');
    const opened = await vscode.commands.executeCommand<{ request: vscode.Uri; response: vscode.Uri }>('mok.sandboxRequests.open', node);
    const diags = vscode.languages.getDiagnostics(opened.request);
    assert.equal(diags.length, 1);
    assert.match(diags[0]!.message, /"servce_name" is not an accepted field here \(did you mean "service_name"\?\)/);
    const requestDoc = await vscode.workspace.openTextDocument(opened.request);
    assert.equal(requestDoc.getText(diags[0]!.range), '"servce_name"');
    const responseDoc = await vscode.workspace.openTextDocument(opened.response);
    assert.match(responseDoc.getText(), /unpermitted_parameter/);

    const curl = await vscode.commands.executeCommand<string>('mok.sandboxRequests.copyCurl', node);
    assert.match(curl, /Bearer \$MOK_TOKEN/);
    assert.ok(!curl.includes(token), 'the token is never copied');
    const draft = await vscode.commands.executeCommand<vscode.Uri>('mok.sandboxRequests.openInRunner', node);
    const text = (await vscode.workspace.openTextDocument(draft)).getText();
    assert.match(text, /"operation": "serviceRequests.create"/);
    assert.match(text, /"servce_name": "Grúa"/);
    assert.doesNotMatch(text, /authorization/i);
  });

  it('filters by status class', async () => {
    const p = await providerOf('mok.views.sandboxRequests');
    await vscode.commands.executeCommand('mok.sandboxRequests.filter', { statusClass: '4xx' });
    const nodes = await p.getChildren();
    assert.ok(nodes.length > 0);
    assert.ok(nodes.every((n) => /^4\d\d /.test(String(item(n).description))));
    assert.equal(p.view.description, '4xx');
    await vscode.commands.executeCommand('mok.sandboxRequests.filter', {});
  });

  it('links a row to the service request it created and to the fill process it started', async () => {
    const p = await providerOf('mok.views.sandboxRequests');
    const client = await (await api()).envs.client();
    const created = await client.call('serviceRequests.create', { body: catalogue['serviceRequests.create'].example.body });
    const srRow = await waitFor('the create row', async () => {
      const rows = await p.getChildren();
      const row = rows.find((n: TreeNode) => label(n) === 'serviceRequests.create' && answered(n, `"id":${created.service_request.id},`));
      if (!row) throw new Error(rows.slice(0, 5).map((n) => `${label(n)} ${String(item(n).description)}`).join('; '));
      return row;
    }, 5000);
    assert.match(String(item(srRow).contextValue), /\+serviceRequest/);
    const revealed = await vscode.commands.executeCommand<{ id: number } | undefined>('mok.sandboxRequests.showServiceRequest', srRow);
    assert.equal(revealed?.id, created.service_request.id, 'the Service Requests view reveals the request the call created');

    const accepted = await client.call('templates.fill', { params: { id: 'factura_mensual', major: 1 }, body: { language: 'ES', document: { name: 'journal_link', tags: [] }, fill_priority: 'low', fields_values: V1_DATA } });
    const fillRow = await waitFor('the fill row', async () => (await p.getChildren()).find((n: TreeNode) => label(n) === 'templates.fill' && answered(n, accepted.fill_process_id)), 5000);
    assert.match(String(item(fillRow).contextValue), /\+fillProcess/);
    const draft = await vscode.commands.executeCommand<vscode.Uri>('mok.sandboxRequests.showFill', fillRow);
    const text = (await vscode.workspace.openTextDocument(draft)).getText();
    assert.match(text, /"operation": "fillProcess.get"/);
    assert.ok(text.includes(`"fill_process_id": "${accepted.fill_process_id}"`), 'a fill sent by other code opens its status call in the runner');
  });
});

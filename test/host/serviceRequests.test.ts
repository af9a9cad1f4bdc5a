// The Service Requests view and the scaffold editor in a real extension host against the
// in-process sandbox: paging, filters in the view description, grouping by status, create and
// update round trips, local validation that leaves the document untouched, and status changes
// the API refuses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode, TreeProvider } from '../../src/vscode/common/tree';
import { api, contextValue, description, item, label, providerOf, publicIdOf, waitFor } from './support';

const VIEW = 'mok.views.serviceRequests';
const provider = () => providerOf(VIEW);

const isRequest = (n: TreeNode) => /^mok:serviceRequest\+/.test(contextValue(n));
const isLoadMore = (n: TreeNode) => contextValue(n) === 'mok:loadMore';

/** Root children once they satisfy `ok`. */
async function rootsWhen(p: TreeProvider, what: string, ok: (nodes: TreeNode[]) => boolean): Promise<TreeNode[]> {
  let last: TreeNode[] = [];
  try {
    return await waitFor(what, async () => {
      const nodes = (last = await p.getChildren());
      return ok(nodes) ? nodes : undefined;
    });
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; the view shows: ${last.map((n) => `${label(n)} [${description(n)}]`).slice(0, 6).join(' | ')} (${p.view.description ?? ''})`);
  }
}

async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('mok').update(key, value, vscode.ConfigurationTarget.Global);
}

function readJson(text: string): unknown {
  return JSON.parse(text);
}

type SendResult = { ok: true; serviceRequest: { id: number; public_id: string | null; external_id: string | null; current_status: string; technician_name: string | null } } | { ok: false; stage: string; problems: string[] };

function isSendResult(v: unknown): v is SendResult {
  return typeof v === 'object' && v !== null && 'ok' in v && typeof v.ok === 'boolean';
}

async function send(uri: vscode.Uri): Promise<SendResult> {
  const r: unknown = await vscode.commands.executeCommand('mok.serviceRequests.send', uri);
  assert.ok(isSendResult(r), `send returned ${JSON.stringify(r)}`);
  return r;
}

async function createScaffold(prefill: { contractId?: number; serviceId?: number }): Promise<vscode.Uri> {
  const uri: unknown = await vscode.commands.executeCommand('mok.serviceRequests.create', prefill);
  assert.ok(uri instanceof vscode.Uri, 'create returns the scaffold uri');
  return uri;
}

async function replaceText(uri: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return doc;
}

describe('Service Requests view', function () {
  this.timeout(60000);

  before(async () => {
    await api();
    await vscode.commands.executeCommand(`${VIEW}.focus`);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
    await setConfig('serviceRequests.groupByStatus', false);
  });

  after(async () => {
    await setConfig('serviceRequests.pageSize', undefined);
    await setConfig('serviceRequests.groupByStatus', undefined);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('pages with "Load more…" (page size 5 → 10 after one load)', async () => {
    const p = await provider();
    await setConfig('serviceRequests.pageSize', 5);
    const first = await rootsWhen(p, 'first page of 5', (n) => n.filter(isRequest).length === 5 && n.some(isLoadMore));
    const more = first.find(isLoadMore);
    assert.ok(more);
    assert.equal(label(more), 'Load more…');
    await vscode.commands.executeCommand('mok.tree.loadMore', more);
    const second = await rootsWhen(p, 'two pages', (n) => n.filter(isRequest).length === 10);
    const ids = new Set(second.filter(isRequest).map(publicIdOf));
    assert.equal(ids.size, 10, 'no request twice');
    assert.ok(isLoadMore(second[second.length - 1]!), '"Load more…" stays last');
  });

  it('shows each request with public id, description, status icon and a Markdown tooltip', async () => {
    const p = await provider();
    const [first] = (await p.getChildren()).filter(isRequest);
    assert.ok(first);
    const it0 = item(first);
    assert.ok(label(first).length > 0);
    assert.ok(typeof it0.description === 'string' && it0.description.length > 0);
    assert.ok(it0.iconPath instanceof vscode.ThemeIcon);
    assert.ok(it0.tooltip instanceof vscode.MarkdownString);
    const groups = await p.getChildren(first);
    const history = groups.find((g) => contextValue(g) === 'mok:statusHistory');
    assert.ok(history, 'status history group');
    const entries = await p.getChildren(history);
    assert.ok(entries.length >= 1);
    const times = entries.map((e) => item(e).tooltip).map((t) => Date.parse(typeof t === 'string' ? (t.split(' — ')[1] ?? '') : ''));
    for (let i = 1; i < times.length; i++) assert.ok(times[i - 1]! <= times[i]!, 'status history is time-ordered');
    assert.ok(groups.some((g) => contextValue(g) === 'mok:addresses'));
  });

  it('filters by status, shows the filter in the description, and clears it', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.serviceRequests.filter', { current_status: 'completed' });
    const filtered = await rootsWhen(p, 'only completed', (n) => n.filter(isRequest).length > 0 && n.filter(isRequest).every((x) => contextValue(x) === 'mok:serviceRequest+completed'));
    assert.ok(filtered.length > 0);
    assert.match(p.view.description ?? '', /^\d+ requests · status: completed$/);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
    assert.match(p.view.description ?? '', /^\d+ requests$|^$/);
    await rootsWhen(p, 'all statuses again', (n) => new Set(n.filter(isRequest).map(contextValue)).size > 1);
  });

  it('groups by status and back', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.serviceRequests.toggleGroupByStatus');
    const grouped = await rootsWhen(p, 'status groups', (n) => n.length > 0 && n.filter((x) => !isLoadMore(x)).every((x) => /^mok:statusGroup\+/.test(contextValue(x))));
    const group = grouped.find((x) => /^mok:statusGroup\+/.test(contextValue(x)));
    assert.ok(group);
    const status = contextValue(group).split('+')[1];
    const members = await p.getChildren(group);
    assert.ok(members.length > 0 && members.every((m) => contextValue(m) === `mok:serviceRequest+${status}`));
    assert.equal(vscode.workspace.getConfiguration('mok').get('serviceRequests.groupByStatus'), true);
    await vscode.commands.executeCommand('mok.serviceRequests.toggleGroupByStatus');
    await rootsWhen(p, 'flat list', (n) => n.some(isRequest));
  });

  it('creates a service request from a scaffold, and it appears when filtering by its external_id', async () => {
    const p = await provider();
    const uri = await createScaffold({ contractId: 131, serviceId: 5000382079 });
    assert.match(uri.path, /create-service-request-\d+\.mok-sr\.json$/);
    const doc = await vscode.workspace.openTextDocument(uri);
    const body = readJson(doc.getText());
    assert.ok(body && typeof body === 'object' && 'service_request' in body && body.service_request && typeof body.service_request === 'object');
    const sr = body.service_request;
    assert.ok('contract_id' in sr && sr.contract_id === 131);
    assert.ok('service_id' in sr && sr.service_id === 5000382079);
    assert.ok('current_status' in sr && sr.current_status === 'pending');
    assert.ok('external_id' in sr && typeof sr.external_id === 'string' && sr.external_id.startsWith('mokdt-'));
    const externalId = sr.external_id;

    const result = await send(uri);
    assert.ok(result.ok, `send failed: ${JSON.stringify(result)}`);
    assert.equal(result.serviceRequest.external_id, externalId);
    assert.equal(doc.getText(), (await vscode.workspace.openTextDocument(uri)).getText(), 'the scaffold is not modified');

    await vscode.commands.executeCommand('mok.serviceRequests.filter', { external_id: externalId });
    const found = await rootsWhen(p, 'the new request', (n) => n.filter(isRequest).length === 1);
    assert.equal(publicIdOf(found.find(isRequest)!), result.serviceRequest.public_id ?? `#${result.serviceRequest.id}`);
    assert.equal(p.view.description, `1 request · external id: ${externalId}`);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
  });

  it('refuses a body with unknown fields locally and leaves the document as it is', async () => {
    const uri = await createScaffold({ contractId: 131, serviceId: 5000382079 });
    const text = JSON.stringify({ service_request: { contract_id: 131, service_id: 5000382079, colour: 'red' } }, null, 2);
    const doc = await replaceText(uri, text);
    const result = await send(uri);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.stage === 'local');
    assert.ok(!result.ok && result.problems.some((p) => p.includes('colour')), JSON.stringify(result));
    assert.equal(doc.getText(), text);
    const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'MOK');
    assert.ok(diags.some((d) => d.message.includes('colour')));
  });

  it('reports JSON syntax errors with line and column', async () => {
    const uri = await createScaffold({});
    const text = '{\n  "service_request": {\n    "contract_id": 131\n    "service_id": 5000382079\n  }\n}\n';
    await replaceText(uri, text);
    const result = await send(uri);
    assert.ok(!result.ok && result.stage === 'syntax');
    assert.ok(!result.ok && result.problems.some((p) => p.startsWith('line 4, column 5')), JSON.stringify(result));
  });

  it('shows the API validation problems when the API refuses (and keeps the file)', async () => {
    const uri = await createScaffold({ contractId: 131 });
    // A service id no service has: passes local checks, the API answers 422.
    const text = JSON.stringify({ service_request: { contract_id: 131, service_id: 999999999, current_status: 'pending' } }, null, 2);
    const doc = await replaceText(uri, text);
    const result = await send(uri);
    assert.ok(!result.ok && result.stage === 'api', JSON.stringify(result));
    assert.ok(!result.ok && result.problems.length > 0);
    assert.equal(doc.getText(), text);
  });

  it('updates the status of a request and the node follows; an invalid status shows the API problem', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.serviceRequests.filter', { current_status: 'pending' });
    const roots = await rootsWhen(p, 'pending requests', (n) => n.filter(isRequest).length > 0 && n.filter(isRequest).every((x) => contextValue(x) === 'mok:serviceRequest+pending'));
    const node = roots.find(isRequest)!;
    const name = publicIdOf(node);
    const ok: unknown = await vscode.commands.executeCommand('mok.serviceRequests.setStatus', node, 'assigned');
    assert.ok(ok && typeof ok === 'object' && 'ok' in ok && ok.ok === true, JSON.stringify(ok));
    const after = await rootsWhen(p, 'node updated', (n) => n.some((x) => publicIdOf(x) === name && contextValue(x) === 'mok:serviceRequest+assigned'));
    const updated = after.find((x) => publicIdOf(x) === name)!;
    const history = (await p.getChildren(updated)).find((g) => contextValue(g) === 'mok:statusHistory')!;
    assert.ok((await p.getChildren(history)).some((e) => label(e) === 'assigned'));

    const bad: unknown = await vscode.commands.executeCommand('mok.serviceRequests.setStatus', updated, 'flying');
    assert.ok(bad && typeof bad === 'object' && 'ok' in bad && bad.ok === false);
    assert.ok('error' in bad && bad.error instanceof Error && 'problems' in bad.error && Array.isArray(bad.error.problems) && bad.error.problems.length > 0);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
  });

  it('round-trips an update scaffold with only the accepted fields', async () => {
    const p = await provider();
    const node = await waitFor('a request', async () => (await p.getChildren()).find(isRequest));
    const uri: unknown = await vscode.commands.executeCommand('mok.serviceRequests.edit', node);
    assert.ok(uri instanceof vscode.Uri);
    // The tab reads as the request's public id (not an internal id or a storage path).
    assert.equal(uri.path.split('/').pop(), `${publicIdOf(node)}.mok-sru.json`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const body = readJson(doc.getText());
    assert.ok(body && typeof body === 'object' && 'service_request' in body && body.service_request && typeof body.service_request === 'object');
    assert.ok(!('service_id' in body.service_request) && !('contract_id' in body.service_request), 'service_id/contract_id cannot change');
    const technician = `Técnico de prueba ${Date.now()}`;
    await replaceText(uri, JSON.stringify({ service_request: { ...body.service_request, technician_name: technician } }, null, 2));
    const result = await send(uri);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.serviceRequest.technician_name, technician);
    // The view shows the new value without a reload.
    const shown = (await p.getChildren()).find((n) => publicIdOf(n) === publicIdOf(node));
    assert.ok(shown);
    const places = (await p.getChildren(shown)).find((g) => contextValue(g) === 'mok:addresses');
    assert.ok(places);
    assert.ok((await p.getChildren(places)).some((f) => item(f).description === technician));
  });

  it('reveals the contract of a request: selected and focused in the Contracts view, the user\'s search kept', async () => {
    const p = await provider();
    const contracts = (await api()).providers.get('mok.views.contracts');
    assert.ok(contracts);
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'access_identifier', value: '123456789' });
    // A request of another contract than the one searched for.
    const other = (n: TreeNode) => isRequest(n) && (n as unknown as { sr: { contract_id: number } }).sr.contract_id !== 131;
    const node = (await rootsWhen(p, 'a request of another contract', (n) => n.some(other))).find(other)!;
    const contractId = (node as unknown as { sr: { contract_id: number } }).sr.contract_id;
    await vscode.commands.executeCommand('mok.serviceRequests.revealContract', node);
    const selected = await waitFor('the contract selected', () => Promise.resolve(contracts.view.selection.find((n) => /^mok:contract\+/.test(contextValue(n)) && 'contract' in n && (n as { contract: { id: number } }).contract.id === contractId)));
    assert.ok(selected);
    const roots = await contracts.getChildren();
    const results = roots.find((n) => contextValue(n) === 'mok:searchResults');
    assert.ok(results, 'the search is still there');
    assert.equal(label(results), 'Results for 123456789');
    assert.match(description(results), /^access identifier/);
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
  });
});

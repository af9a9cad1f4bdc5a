// Actions a new user takes from the explorer, answered through scripted prompts (an extension host
// cannot click a quick pick): status changes that open on the current status, name each status
// once and ask before reopening; "Create Service Request…" from the palette asking for the
// contract and the service; "Go to Service Request…" by public id or id; "Reset Sandbox…".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/common/tree';
import { api, contextValue, providerOf, publicIdOf, scriptPrompts, waitFor } from './support';

const spanish = process.env.MOK_TEST_LOCALE === 'es';
const SR = 'mok.views.serviceRequests';
const isRequest = (n: TreeNode) => /^mok:serviceRequest\+/.test(contextValue(n));
type Sr = { id: number; public_id: string | null; contract_id: number; service_id: number; current_status: string };
const srOf = (n: TreeNode): Sr => (n as unknown as { sr: Sr }).sr;

async function requestWithStatus(status: string): Promise<TreeNode> {
  await vscode.commands.executeCommand('mok.serviceRequests.filter', { current_status: status });
  const p = await providerOf(SR);
  return waitFor(`a ${status} request`, async () => (await p.getChildren()).find((n) => isRequest(n) && srOf(n).current_status === status));
}

describe('Explorer actions', function () {
  this.timeout(60000);

  before(async () => {
    await api();
    await vscode.commands.executeCommand(`${SR}.focus`);
  });

  afterEach(async () => {
    (await api()).prompts.override(undefined);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the status pick opens on the current status and names each status once', async function () {
    if (spanish) this.skip();
    const node = await requestWithStatus('pending');
    const script = await scriptPrompts([]); // cancel the pick
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('mok.serviceRequests.setStatus', node);
    script.done();
    assert.equal(result.ok, false);
    const pick = script.asked.find((a) => a.kind === 'pick');
    assert.ok(pick?.items);
    assert.deepEqual(pick.items, ['pending', 'assigned', 'in progress', 'completed', 'cancelled']);
    assert.equal(pick.active, 'pending');
    assert.match(pick.title, new RegExp(`^Set status of ${publicIdOf(node)}$`));
  });

  it('asks before reopening a completed request; "no" leaves it completed, "yes" reopens it', async function () {
    if (spanish) this.skip();
    const node = await requestWithStatus('completed');
    const no = await scriptPrompts([{ title: /^Set status/, pick: /^pending$/ }, { title: /^Reopen/, confirm: false }]);
    const declined = await vscode.commands.executeCommand<{ ok: boolean; declined?: boolean }>('mok.serviceRequests.setStatus', node);
    no.done();
    assert.deepEqual(declined, { ok: false, declined: true });
    assert.equal(srOf(node).current_status, 'completed');
    const question = no.asked.find((a) => a.kind === 'confirm');
    assert.equal(question?.title, `Reopen ${publicIdOf(node)}? It is completed; setting it to pending reopens it.`);

    const yes = await scriptPrompts([{ title: /^Reopen/, confirm: true }]);
    const done = await vscode.commands.executeCommand<{ ok: boolean; serviceRequest?: Sr }>('mok.serviceRequests.setStatus', node, 'in_progress');
    yes.done();
    assert.equal(done.ok, true, JSON.stringify(done));
    assert.equal(done.serviceRequest?.current_status, 'in_progress');
    assert.equal(yes.asked.filter((a) => a.kind === 'confirm').length, 1, 'asked even when the status is given');
  });

  it('"Create Service Request…" from the palette asks for the contract and one of its services', async function () {
    if (spanish) this.skip();
    const script = await scriptPrompts([
      { title: /^Create service request \(1\/3\)/, pick: /By access identifier/ },
      { title: /^Create service request \(2\/3\)/, input: '123456789' },
      { title: /^Create service request \(3\/3\)/, pick: /Grúa/ },
    ]);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('mok.serviceRequests.create');
    script.done();
    assert.ok(uri instanceof vscode.Uri, JSON.stringify(script.asked));
    const services = script.asked.find((a) => /\(3\/3\)/.test(a.title));
    assert.ok(services?.items?.some((l) => l.includes('Grúa')), JSON.stringify(services));
    const body = JSON.parse((await vscode.workspace.openTextDocument(uri)).getText()) as { service_request: Record<string, unknown> };
    assert.equal(body.service_request.contract_id, 131);
    assert.equal(body.service_request.service_id, 5000382079);
    assert.equal(body.service_request.service_name, 'Grúa');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Without a chosen service the scaffold has no service_name: typing a name never picks a service.
    const bare = await vscode.commands.executeCommand<vscode.Uri>('mok.serviceRequests.create', {});
    const empty = JSON.parse((await vscode.workspace.openTextDocument(bare)).getText()) as { service_request: Record<string, unknown> };
    assert.ok(!('service_name' in empty.service_request) && !('service_id' in empty.service_request), JSON.stringify(empty));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('"Go to Service Request…" finds a request by public id or by id and selects it', async function () {
    if (spanish) this.skip();
    const p = await providerOf(SR);
    const target = await waitFor('a request', async () => (await p.getChildren()).filter(isRequest)[3]);
    const { id, public_id } = srOf(target);
    const script = await scriptPrompts([{ title: /^Go to service request$/, input: public_id ?? String(id) }]);
    const byPublic = await vscode.commands.executeCommand<Sr | undefined>('mok.serviceRequests.goTo');
    script.done();
    assert.equal(byPublic?.id, id);
    await waitFor('selected', () => Promise.resolve(p.view.selection.some((n) => isRequest(n) && srOf(n).id === id) ? true : undefined));
    const byId = await vscode.commands.executeCommand<Sr | undefined>('mok.serviceRequests.goTo', String(id));
    assert.equal(byId?.public_id, public_id);
    assert.equal(await vscode.commands.executeCommand('mok.serviceRequests.goTo', '00032-99999-nope'), undefined);
  });

  it('"Reset Sandbox…" asks first, then puts the seed back', async function () {
    if (spanish) this.skip();
    const { envs } = await api();
    const client = await envs.client();
    const created = await client.call('serviceRequests.create', { body: { service_request: { contract_id: 131, service_id: 5000382079, external_id: `reset-${Date.now()}` } } });
    const no = await scriptPrompts([{ title: /^Reset the sandbox/, confirm: false }]);
    assert.equal(await vscode.commands.executeCommand('mok.sandbox.reset'), false);
    no.done();
    await client.call('serviceRequests.get', { params: { id: created.service_request.id } });
    const yes = await scriptPrompts([{ title: /^Reset the sandbox/, confirm: true }]);
    assert.equal(await vscode.commands.executeCommand('mok.sandbox.reset'), true);
    yes.done();
    const fresh = await envs.client();
    await assert.rejects(fresh.call('serviceRequests.get', { params: { id: created.service_request.id } }), (e: unknown) => e instanceof Error && 'reason' in e && e.reason === 'notFound');
  });

  it('[es] the status pick and the reopen question in Spanish', async function () {
    if (!spanish) this.skip();
    const node = await requestWithStatus('cancelled');
    const script = await scriptPrompts([{ title: /^Cambiar estado/, pick: /^pendiente$/ }, { title: /^¿Reabrir/, confirm: false }]);
    await vscode.commands.executeCommand('mok.serviceRequests.setStatus', node);
    script.done();
    const pick = script.asked.find((a) => a.kind === 'pick');
    assert.deepEqual(pick?.items, ['pendiente', 'asignada', 'en curso', 'completada', 'cancelada']);
    assert.equal(pick?.active, 'cancelada');
    assert.equal(script.asked.find((a) => a.kind === 'confirm')?.title, `¿Reabrir ${publicIdOf(node)}? Está cancelada; pasarla a pendiente la reabre.`);
  });
});

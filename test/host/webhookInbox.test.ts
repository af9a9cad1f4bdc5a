// The Webhook Inbox in a real extension host with the in-process sandbox delivering to it:
// MOK-side events arrive verified (✓, service request, status), the partner's own updates only
// when mok.sandbox.partnerWebhooks is on, delivery auth is checked, filters, an event opened in the
// result panel, replay byte for byte to a server of the test's, a diff of two deliveries, the
// links between an event and its service request both ways, the history on disk, the address a
// remote window reaches (asExternalUri) answering through its Host. [es]: the view in Spanish.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/common/tree';
import type { InboxEventNode } from '../../src/vscode/webhooks/inboxView';
import { api, contextValue, description, label, providerOf, waitFor } from './support';

const VIEW = 'mok.views.webhookInbox';
const spanish = process.env.MOK_TEST_LOCALE === 'es';
const isEvent = (n: TreeNode): n is InboxEventNode => /^mok:inboxEvent\+/.test(contextValue(n));

async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('mok').update(key, value, vscode.ConfigurationTarget.Global);
}

async function eventsWhen(what: string, ok: (events: InboxEventNode[]) => boolean): Promise<InboxEventNode[]> {
  const p = await providerOf(VIEW);
  return waitFor(what, async () => {
    const events = (await p.getChildren()).filter(isEvent);
    return ok(events) ? events : undefined;
  });
}

type Simulated = { event: string; service_request: { id: number; current_status: string } };

async function simulate(args: object): Promise<Simulated> {
  const r = await vscode.commands.executeCommand<Simulated | undefined>('mok.sandbox.simulateEvent', args);
  assert.ok(r, 'the sandbox made the event');
  return r;
}

describe('Webhook Inbox', function () {
  this.timeout(90000);

  before(async () => {
    await api();
    await setConfig('webhooks.inbox.port', 0);
    await vscode.commands.executeCommand(`${VIEW}.focus`);
    await vscode.commands.executeCommand('mok.webhooks.inbox.clear', true);
    assert.equal(await vscode.commands.executeCommand('mok.webhooks.inbox.start'), true);
  });

  after(async () => {
    await setConfig('sandbox.partnerWebhooks', undefined);
    await setConfig('sandbox.webhookAuth', undefined);
    await vscode.commands.executeCommand('mok.webhooks.inbox.clearFilters');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('listens on a local port and says so, with the personal-data notice', async () => {
    const inbox = (await api()).webhookInbox;
    assert.equal(inbox.isListening, true);
    assert.match(inbox.localUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
    const rows = await (await providerOf(VIEW)).getChildren();
    assert.equal(contextValue(rows[0]!), 'mok:inboxStatus+listening');
    assert.equal(contextValue(rows[1]!), 'mok:inboxNotice');
    if (!spanish) {
      assert.equal(label(rows[0]!), `Listening on ${inbox.externalUrl}`);
      assert.equal(label(rows[1]!), 'Webhook bodies carry personal data: kept on this machine for 7 days');
    }
  });

  it('receives MOK-side events from the in-process sandbox, verified, with their service request and status', async () => {
    const created = await simulate({ event: 'created' });
    const id = created.service_request.id;
    await simulate({ event: 'updated', serviceRequestId: id });
    const events = await eventsWhen('two events of the request', (e) => e.filter((n) => n.event.serviceRequestId === id).length === 2);
    const [updated, first] = events.filter((n) => n.event.serviceRequestId === id);
    assert.equal(first!.event.event, 'service_request.created');
    assert.equal(updated!.event.event, 'service_request.updated', 'newest first');
    assert.equal(updated!.event.valid, true);
    assert.equal(updated!.event.status, 'assigned');
    assert.equal(label(updated!), 'service_request.updated');
    if (!spanish) assert.match(description(updated!), new RegExp(`^#${id} · assigned · ✓ valid · \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d UTC`));
    assert.equal(contextValue(updated!), 'mok:inboxEvent+valid+sr');
  });

  it('gets the partner\'s own updates only when mok.sandbox.partnerWebhooks is on', async () => {
    const inbox = (await api()).webhookInbox;
    const client = await (await api()).envs.client();
    const sr = (await client.call('serviceRequests.list', { query: { 'page[size]': 1, current_status: 'pending' } })).service_requests[0]!;
    const before = (await inbox.events()).length;
    await client.call('serviceRequests.update', { params: { id: sr.id }, body: { service_request: { technician_name: 'Nuria Sanz' } } });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await inbox.events()).length, before, 'the partner\'s call sends no webhook by default');
    await setConfig('sandbox.partnerWebhooks', true);
    await client.call('serviceRequests.update', { params: { id: sr.id }, body: { service_request: { technician_name: 'Pablo Gil' } } });
    await eventsWhen('the partner update', (e) => e.some((n) => n.event.serviceRequestId === sr.id));
    await setConfig('sandbox.partnerWebhooks', undefined);
  });

  it('checks the delivery auth the sandbox sends (a Bearer token fetched from its auth URL)', async () => {
    await setConfig('sandbox.webhookAuth', 'fetchedBearer');
    const r = await simulate({ event: 'created' });
    const [node] = await eventsWhen('the authenticated delivery', (e) => e.some((n) => n.event.serviceRequestId === r.service_request.id));
    assert.deepEqual([node!.event.auth.scheme, node!.event.auth.kind, node!.event.auth.status], ['bearer', 'fetched', 'ok']);
    assert.doesNotMatch(JSON.stringify(node!.event), /mokwh\.[A-Za-z0-9_-]{16}\./, 'the token is not kept, only its first characters');
    await setConfig('sandbox.webhookAuth', undefined);
  });

  it('filters by service request (also from a Service Requests node) and by verdict', async () => {
    const p = await providerOf(VIEW);
    const r = await simulate({ event: 'created' });
    await eventsWhen('the new event', (e) => e.some((n) => n.event.serviceRequestId === r.service_request.id));
    await vscode.commands.executeCommand('mok.webhooks.inbox.filter', { serviceRequest: r.service_request.id });
    const only = await eventsWhen('only that request', (e) => e.length > 0 && e.every((n) => n.event.serviceRequestId === r.service_request.id));
    assert.equal(only.length, 1);
    if (!spanish) assert.equal(p.view.description, `service request #${r.service_request.id}`);
    await vscode.commands.executeCommand('mok.webhooks.inbox.filter', { serviceRequest: undefined, verdict: 'invalid' });
    await eventsWhen('no invalid events', (e) => e.length === 0);
    await vscode.commands.executeCommand('mok.webhooks.inbox.clearFilters');
    assert.equal(p.view.description, undefined);
  });

  it('opens an event in the result panel: request, verdict with the current secret, byte view', async () => {
    const [node] = await eventsWhen('events', (e) => e.length > 0);
    await vscode.commands.executeCommand('mok.webhooks.inbox.open', node);
    const panel = await waitFor('the panel', () => Promise.resolve((async () => (await api()).webhookPanel.current)()));
    assert.equal(panel.state.verdict.state, 'valid');
    assert.equal(panel.state.request?.requestLine, `POST /webhooks/mok`);
    assert.ok(panel.state.request?.headers.some((h) => h.name.toLowerCase() === 'x-signature'));
    assert.deepEqual(
      panel.state.actions.map((a) => a.id),
      ['replay', 'compare', 'revealServiceRequest', 'recheck'],
    );
    assert.equal(JSON.parse(panel.state.request?.body ?? '{}').payload.id, node!.event.serviceRequestId);
  });

  it('replays an event byte for byte, and compares two deliveries in a diff editor', async () => {
    const got: Array<{ headers: http.IncomingHttpHeaders; body: Buffer }> = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => (got.push({ headers: req.headers, body: Buffer.concat(chunks) }), res.writeHead(202).end('ok')));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const [a, b] = await eventsWhen('two events', (e) => e.length >= 2);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mine`;
      const out = await vscode.commands.executeCommand<{ status: number }>('mok.webhooks.inbox.replay', a, url);
      assert.equal(out?.status, 202);
      assert.equal(got[0]?.body.toString('utf8'), a!.event.body, 'the same bytes');
      assert.equal(got[0]?.headers['x-signature'], a!.event.headers.find(([k]) => k.toLowerCase() === 'x-signature')?.[1]);
      const diff = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri }>('mok.webhooks.inbox.compare', a, b!.event.id);
      assert.ok(diff);
      const tab = await waitFor('the diff editor', () => Promise.resolve(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff ? vscode.window.tabGroups.activeTabGroup.activeTab : undefined));
      const input = tab.input as vscode.TabInputTextDiff;
      assert.equal(input.modified.toString(), diff.right.toString());
      assert.match((await vscode.workspace.openTextDocument(diff.left)).getText(), /^POST \/webhooks\/mok\n/);
    } finally {
      server.close();
    }
  });

  it('forward mode: each delivery goes on to the local server, its answer is kept with the event', async () => {
    const got: Buffer[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => (got.push(Buffer.concat(chunks)), res.writeHead(201).end('created here')));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await setConfig('webhooks.inbox.forwardUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}/local`);
      const r = await simulate({ event: 'created' });
      const [node] = await eventsWhen('the forwarded event', (e) => e.some((n) => n.event.serviceRequestId === r.service_request.id && n.event.forwards.length === 1));
      assert.equal(node!.event.forwards[0]?.status, 201);
      assert.equal(node!.event.forwards[0]?.body, 'created here');
      assert.equal(got.at(-1)?.toString('utf8'), node!.event.body, 'the same bytes');
      assert.match(description(node!), /→ 201$/);
    } finally {
      await setConfig('webhooks.inbox.forwardUrl', undefined);
      server.close();
    }
  });

  it('exports what the view shows as JSON, in the shape of mok webhook list --json', async () => {
    const dir = process.env.MOK_TEST_WORKSPACE;
    assert.ok(dir);
    const target = vscode.Uri.file(`${dir}/inbox-export.json`);
    await vscode.commands.executeCommand('mok.webhooks.inbox.export', target);
    const exported = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8')) as Array<Record<string, unknown>>;
    assert.equal(exported.length, (await (await api()).webhookInbox.events()).length);
    assert.deepEqual(Object.keys(exported[0]!), ['id', 'receivedAt', 'method', 'path', 'headers', 'body', 'bodyEncoding', 'valid', 'hints', 'duplicateOf']);
  });

  it('links an event to its service request and a service request to its events', async () => {
    const [node] = await eventsWhen('events', (e) => e.length > 0);
    const id = node!.event.serviceRequestId;
    assert.ok(id !== undefined);
    assert.equal(await vscode.commands.executeCommand('mok.webhooks.inbox.revealServiceRequest', node), true);
    const srView = await providerOf('mok.views.serviceRequests');
    const selected = await waitFor('the request selected', () => Promise.resolve(srView.view.selection.find((n) => 'sr' in n && (n as { sr: { id: number } }).sr.id === id)));
    await vscode.commands.executeCommand('mok.webhooks.inbox.showFor', selected);
    const inboxView = await providerOf(VIEW);
    const shown = await eventsWhen('the request\'s events', (e) => e.length > 0 && e.every((n) => n.event.serviceRequestId === id));
    assert.ok(shown.length >= 1);
    if (!spanish) assert.equal(inboxView.view.description, `service request #${id}`);
    await vscode.commands.executeCommand('mok.webhooks.inbox.clearFilters');
  });

  it('keeps its history on disk, and answers through the address a remote window reaches it by', async () => {
    const inbox = (await api()).webhookInbox;
    const count = (await inbox.events()).length;
    const { InboxHistory } = inbox.runtime();
    const onDisk = await InboxHistory.open({ dir: inbox.dir.fsPath, readOnly: true });
    assert.equal(onDisk.size, count, 'everything shown is on disk');
    await onDisk.close();
    const external = inbox.externalUrl;
    assert.ok(external);
    const res = await fetch(`${external.replace(/\/$/, '')}/from-outside`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 200, `${external} reaches the inbox`);
    await eventsWhen('the outside request', (e) => e.some((n) => n.event.path.endsWith('/from-outside')));
  });

  it('clears every event, in the view and on disk', async () => {
    const inbox = (await api()).webhookInbox;
    assert.ok((await inbox.events()).length > 0);
    assert.equal(await vscode.commands.executeCommand('mok.webhooks.inbox.clear', true), true);
    assert.equal((await inbox.events()).length, 0);
    const onDisk = await inbox.runtime().InboxHistory.open({ dir: inbox.dir.fsPath, readOnly: true });
    assert.equal(onDisk.size, 0);
    await onDisk.close();
    const rows = await (await providerOf(VIEW)).getChildren();
    assert.ok(!rows.some(isEvent));
  });

  it('[es] shows the inbox in Spanish', async function () {
    if (!spanish) this.skip();
    // On its own (the Spanish run only runs [es] tests): one signed delivery, one unsigned request.
    await simulate({ event: 'created' });
    await fetch(`${(await api()).webhookInbox.localUrl}/sin-firma`, { method: 'POST', body: '{}' });
    await eventsWhen('both', (e) => e.some((n) => n.event.valid === true) && e.some((n) => n.event.valid === false));
    const rows = await (await providerOf(VIEW)).getChildren();
    assert.match(label(rows[0]!), /^Escuchando en http/);
    assert.equal(label(rows[1]!), 'Los cuerpos de los webhooks contienen datos personales: se guardan en esta máquina 7 días');
    const events = rows.filter(isEvent);
    const valid = events.find((n) => n.event.valid === true);
    const invalid = events.find((n) => n.event.valid === false);
    assert.ok(valid && invalid, 'the sandbox\'s event and the unsigned request');
    assert.match(description(valid), /✓ válido/);
    assert.match(description(invalid), /✗ no válido/);
  });
});

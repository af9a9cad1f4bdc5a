// Rows that read well at the default side-bar width, in words and one date style: service requests
// lead with "service · customer", status and public id follow; newest first by default (with a
// sort option) and the total in the view description; field labels are words, not API keys; the
// header and the rows carry few actions; keyboard shortcuts and welcome texts as VS Code users
// expect. The [es] test checks the same rows in Spanish.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode, TreeProvider } from '../../src/vscode/common/tree';
import { EXTENSION_ID, api, byContext, contextValue, description, item, kids, label, providerOf, publicIdOf, waitFor } from './support';

const spanish = process.env.MOK_TEST_LOCALE === 'es';
const SR = 'mok.views.serviceRequests';
const isRequest = (n: TreeNode) => /^mok:serviceRequest\+/.test(contextValue(n));
const SNAKE = /[a-z]_[a-z]/;
const DATE = /\b\d{2}\/\d{2}\/\d{4}\b/;

type Sr = { id: number; public_id: string | null; service_name: string | null; current_status: string };
const srOf = (n: TreeNode): Sr => (n as unknown as { sr: Sr }).sr;

async function requests(p: TreeProvider, what = 'requests'): Promise<TreeNode[]> {
  return waitFor(what, async () => {
    const n = (await p.getChildren()).filter(isRequest);
    return n.length ? n : undefined;
  });
}

/** Every row under `n`, depth first (a few levels). */
async function walk(p: TreeProvider, n: TreeNode, depth = 3): Promise<TreeNode[]> {
  if (depth === 0) return [];
  const out: TreeNode[] = [];
  for (const c of await kids(p, n)) out.push(c, ...(await walk(p, c, depth - 1)));
  return out;
}

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
const manifest = () =>
  vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
    contributes: { menus: Record<string, MenuItem[]>; keybindings: { command: string; key: string; mac?: string; when: string }[]; viewsWelcome: { view: string; contents: string }[] };
  };

/** Does a menu `when` clause hold for this view and contextValue? (the `view ==` / `viewItem ==|=~` forms used here) */
function shows(when: string | undefined, view: string, viewItem: string): boolean {
  if (!when) return true;
  return when.split('&&').every((raw) => {
    const c = raw.trim();
    let m = /^view == (\S+)$/.exec(c);
    if (m) return m[1] === view;
    m = /^viewItem == (\S+)$/.exec(c);
    if (m) return m[1] === viewItem;
    m = /^viewItem =~ \/(.*)\/$/.exec(c);
    if (m?.[1]) return new RegExp(m[1]).test(viewItem);
    return true;
  });
}

describe('Readable rows', function () {
  this.timeout(60000);

  before(async () => {
    await api();
    await vscode.commands.executeCommand(`${SR}.focus`);
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('mok').update('serviceRequests.sort', undefined, vscode.ConfigurationTarget.Global);
  });

  it('service requests lead with "service · customer", then status and public id; newest first with the total in the view description', async function () {
    if (spanish) this.skip();
    const p = await providerOf(SR);
    const rows = await requests(p);
    const first = rows[0]!;
    const sr = srOf(first);
    assert.match(label(first), new RegExp(`^${sr.service_name ?? ''} · \\S+ \\S+$`), label(first));
    assert.equal(description(first), `${sr.current_status.replace('_', ' ')} · ${sr.public_id}`);
    // Newest first: ids count down; the total of the sandbox's list is in the description.
    const ids = rows.map((r) => srOf(r).id);
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
    const total = await waitFor('total', () => Promise.resolve(/^(\d+) requests$/.exec(p.view.description ?? '')?.[1]));
    assert.ok(Number(total) >= 240, p.view.description);
    assert.equal(Math.max(...ids), Number(total), 'the newest request is the last one created');
    // Oldest first on request.
    await vscode.commands.executeCommand('mok.serviceRequests.sort', 'oldest');
    const oldest = await waitFor('oldest first', async () => {
      const r = (await p.getChildren()).filter(isRequest);
      return r.length && srOf(r[0]!).id === 1 ? r : undefined;
    });
    assert.deepEqual(oldest.slice(0, 3).map((r) => srOf(r).id), [1, 2, 3]);
    await vscode.commands.executeCommand('mok.serviceRequests.sort', 'newest');
    await waitFor('newest first again', async () => ((await p.getChildren()).filter(isRequest).some((r) => srOf(r).id === Number(total)) ? true : undefined));
  });

  it('labels are words, never API keys, and dates read dd/mm/yyyy with the time zone on times', async function () {
    if (spanish) this.skip();
    const sr = await providerOf(SR);
    const request = (await requests(sr))[0]!;
    const srRows = await walk(sr, request);
    for (const r of [request, ...srRows]) assert.doesNotMatch(label(r), SNAKE, `service request row "${label(r)}"`);
    const history = byContext(await kids(sr, request), /^mok:statusHistory$/)!;
    for (const e of await kids(sr, history)) assert.match(description(e), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} UTC/, description(e));

    const contracts = await providerOf('mok.views.contracts');
    const roots = await waitFor('contracts root', async () => {
      const r = await kids(contracts);
      return byContext(r, /^mok:providerNetwork$/) ? r : undefined;
    });
    const network = byContext(roots, /^mok:providerNetwork$/)!;
    for (const r of await kids(contracts, network)) assert.doesNotMatch(label(r), SNAKE, `provider network row "${label(r)}"`);
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'id', value: '131' });
    const results = await waitFor('results', async () => byContext(await kids(contracts), /^mok:searchResults$/));
    const contract = (await kids(contracts, results))[0]!;
    const details = (await kids(contracts, contract))[0]!;
    const fields = await kids(contracts, details);
    for (const f of fields) assert.doesNotMatch(label(f), SNAKE, `contract field "${label(f)}"`);
    assert.match(description(fields.find((f) => label(f) === 'start date')!), DATE);
    const admin = byContext(await kids(contracts), /^mok:adminContracts$/)!;
    const adminContract = (await kids(contracts, admin))[0]!;
    for (const f of await kids(contracts, adminContract)) assert.doesNotMatch(label(f), SNAKE, `admin contract field "${label(f)}"`);
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
  });

  it('keeps the header and the rows free: few title actions, creating is in the … menu, at most one inline action and none on requests', () => {
    const menus = manifest().contributes.menus;
    const title = menus['view/title'] ?? [];
    for (const view of ['mok.views.contracts', SR, 'mok.views.dynamicTemplates']) {
      const nav = title.filter((m) => m.group?.startsWith('navigation') && shows(m.when, view, ''));
      assert.ok(nav.length <= 3, `${view}: ${nav.length} header actions`);
    }
    assert.ok(!title.some((m) => m.command === 'mok.serviceRequests.create' && m.group?.startsWith('navigation')), 'a click on the header must not create a scaffold');
    const inline = (menus['view/item/context'] ?? []).filter((m) => m.group?.startsWith('inline'));
    const rows: [string, string][] = [
      [SR, 'mok:serviceRequest+pending'],
      ['mok.views.contracts', 'mok:contract+active'],
      ['mok.views.contracts', 'mok:service+contract'],
      ['mok.views.contracts', 'mok:service'],
      ['mok.views.contracts', 'mok:plan'],
      ['mok.views.contracts', 'mok:providerNetwork'],
      ['mok.views.contracts', 'mok:searchResults'],
      ['mok.views.dynamicTemplates', 'mok:template'],
      ['mok.views.dynamicTemplates', 'mok:templateMinor'],
      [SR, 'mok:error'],
    ];
    for (const [view, ctx] of rows) {
      const n = inline.filter((m) => shows(m.when, view, ctx)).length;
      assert.ok(n <= (ctx.startsWith('mok:serviceRequest') ? 0 : 1), `${ctx}: ${n} inline actions`);
    }
  });

  it('has the keybindings VS Code users expect and one welcome text per view', () => {
    const { keybindings, viewsWelcome } = manifest().contributes;
    const copy = keybindings.filter((k) => k.key === 'ctrl+c' && k.mac === 'cmd+c');
    assert.deepEqual(copy.map((k) => k.command).sort(), ['mok.contracts.copyId', 'mok.serviceRequests.copyId']);
    assert.ok(copy.every((k) => /focusedView == mok\.views\./.test(k.when)));
    assert.ok(keybindings.some((k) => k.command === 'mok.serviceRequests.send' && /mok-sru\?/.test(k.when)));
    const contents = viewsWelcome.map((w) => w.contents);
    assert.equal(new Set(contents).size, contents.length, 'the same welcome text shows twice');
  });

  it('copies the focused row\'s id (what Ctrl/Cmd+C runs)', async function () {
    if (spanish) this.skip();
    const p = await providerOf(SR);
    const row = (await requests(p))[0]!;
    await p.view.reveal(row, { select: true, focus: true });
    await vscode.commands.executeCommand('mok.serviceRequests.copyId');
    assert.equal(await vscode.env.clipboard.readText(), publicIdOf(row));
  });

  it('[es] rows, totals and field labels in Spanish', async function () {
    if (!spanish) this.skip();
    const p = await providerOf(SR);
    const row = (await requests(p))[0]!;
    const sr = srOf(row);
    const estados: Record<string, string> = { pending: 'pendiente', assigned: 'asignada', in_progress: 'en curso', completed: 'completada', cancelled: 'cancelada' };
    assert.equal(description(row), `${estados[sr.current_status] ?? sr.current_status} · ${sr.public_id}`);
    await waitFor('total in Spanish', () => Promise.resolve(/^\d+ solicitudes$/.test(p.view.description ?? '') ? true : undefined));
    const labels = (await kids(p, row)).map(label);
    assert.ok(labels.includes('Historial de estados'), labels.join(', '));
    assert.ok(labels.includes('id público') && labels.includes('id externo'), labels.join(', '));
    const contracts = await providerOf('mok.views.contracts');
    const network = await waitFor('provider network', async () => byContext(await kids(contracts), /^mok:providerNetwork$/));
    assert.deepEqual((await kids(contracts, network)).map(label).slice(0, 2), ['activo', 'URL del webhook']);
    assert.match(description(network), /^activo · \d+ servicios$/);
    assert.equal(item(network).label, label(network));
  });
});

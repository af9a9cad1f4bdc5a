// The Contracts view in a real extension host against the in-process sandbox: root nodes, search
// by access identifier down to limits in words, plans, admin contracts, the error node of a broken
// environment, and credentials that never reach the settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, byContext, contextValue, description, item, kids, label, providerOf, waitFor } from './support';

const VIEW = 'mok.views.contracts';
const provider = () => providerOf(VIEW);

/** Every way the view puts a limit into words (English UI). */
const LIMIT_WORDS = [
  /^\d+ of \d+ uses( this period)? until \d{2}\/\d{2}\/\d{4}/,
  /^waiting period until \d{2}\/\d{2}\/\d{4}/,
  /^\d+\.\d{2} € of max \d+\.\d{2} €( this period)? until \d{2}\/\d{2}\/\d{4}/,
  /^max \d+\.\d{2} € per use/,
  /^copayment \d+\.\d{2} € per use/,
  /^(days?|uses?) \d+/,
  /^no tiers/,
];

describe('Contracts view', function () {
  this.timeout(60000);

  before(async () => {
    await api();
    await vscode.commands.executeCommand(`${VIEW}.focus`);
  });

  it('shows the provider network, the search action, plans and admin contracts at the root', async () => {
    const p = await provider();
    const roots = await waitFor('root nodes', async () => {
      const r = await kids(p);
      return byContext(r, /^mok:providerNetwork$/) ? r : undefined;
    });
    const network = byContext(roots, /^mok:providerNetwork$/);
    assert.ok(network);
    assert.equal(label(network), 'Red de Asistencia Ibérica S.L.');
    assert.match(description(network), /^active · \d+ services?$/);
    assert.ok(roots.some((n) => label(n) === 'Search contracts…' && item(n).command?.command === 'mok.contracts.search'));
    assert.ok(byContext(roots, /^mok:plans$/));
    // The sandbox has admin credentials by default.
    assert.ok(byContext(roots, /^mok:adminContracts$/));

    const networkKids = await kids(p, network);
    assert.deepEqual(networkKids.map(label).slice(0, 2), ['active', 'webhook URL']);
    const services = byContext(networkKids, /^mok:group$/);
    assert.ok(services);
    const serviceNodes = await kids(p, services);
    assert.ok(serviceNodes.length > 0);
    assert.ok(serviceNodes.every((s) => /^mok:service/.test(contextValue(s))));
    assert.ok(serviceNodes.some((s) => /external id \S+/.test(description(s))), 'services show their external ids');
  });

  it('searches by access identifier and shows contract, services and limits in words', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'access_identifier', value: '123456789' });
    const results = await waitFor('results node', async () => byContext(await kids(p), /^mok:searchResults$/));
    assert.equal(label(results), 'Results for 123456789');
    assert.match(description(results), /^access identifier/);
    const contracts = await kids(p, results);
    assert.ok(contracts.length >= 1, 'the seed contract 131 matches');
    const contract = contracts[0]!;
    assert.match(contextValue(contract), /^mok:contract\+(active|inactive)$/);
    assert.match(description(contract), /123456789/);

    const [details, servicesGroup] = await kids(p, contract);
    assert.ok(details && servicesGroup);
    const fields = await kids(p, details);
    const id = fields.find((f) => label(f) === 'id');
    assert.ok(id);
    assert.equal(description(id), '131');
    assert.ok(fields.some((f) => label(f) === 'access identifier' && description(f) === '123456789'));
    // Deprecated fields stay visible and say what replaces them.
    for (const f of fields.filter((x) => contextValue(x) === 'mok:field+deprecated')) assert.match(description(f), /— deprecated — use /);

    const services = await kids(p, servicesGroup);
    assert.ok(services.length > 0);
    let limitsSeen = 0;
    for (const s of services) {
      assert.match(contextValue(s), /^mok:service\+contract/);
      const limits = await kids(p, s);
      for (const l of limits) {
        const words = label(l);
        if (/^mok:limit(\+blocked)?$/.test(contextValue(l))) {
          limitsSeen++;
          assert.ok(LIMIT_WORDS.some((re) => re.test(words)), `limit in words: "${words}"`);
          if (contextValue(l) === 'mok:limit+blocked') assert.match(words, /— blocked$/);
        }
      }
      // A blocked service says so and gets a warning icon.
      if (/\+blocked/.test(contextValue(s))) {
        assert.match(description(s), /^blocked/);
        const icon = item(s).iconPath;
        assert.ok(icon instanceof vscode.ThemeIcon && icon.id === 'warning');
      }
    }
    assert.ok(limitsSeen > 0 || services.some((s) => /no limits/.test(description(s))), 'limits are described');
  });

  it('clears the results node', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
    const roots = await kids(p);
    assert.equal(byContext(roots, /^mok:searchResults$/), undefined);
  });

  it('shows "No contract matches" for an unknown identifier', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'email', value: 'nadie@ejemplo.invalid' });
    const results = await waitFor('results node', async () => byContext(await kids(p), /^mok:searchResults$/));
    const children = await kids(p, results);
    assert.deepEqual(children.map(label), ['No contract matches']);
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
  });

  it('lists plans with their services', async () => {
    const p = await provider();
    const plans = byContext(await kids(p), /^mok:plans$/);
    assert.ok(plans);
    const planNodes = await kids(p, plans);
    assert.ok(planNodes.length > 0);
    assert.ok(planNodes.every((n) => contextValue(n) === 'mok:plan'));
    const services = await kids(p, planNodes[0]);
    assert.ok(services.length > 0 && services.every((s) => contextValue(s) === 'mok:service'));
  });

  it('lists admin contracts with the sandbox admin credentials', async () => {
    const p = await provider();
    const admin = byContext(await kids(p), /^mok:adminContracts$/);
    assert.ok(admin);
    const list = await kids(p, admin);
    assert.ok(list.length > 0);
    assert.ok(list.every((n) => /^mok:adminContract/.test(contextValue(n))));
  });

  it('opens a contract as read-only JSON and copies its id', async () => {
    const p = await provider();
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'id', value: '131' });
    const results = await waitFor('results node', async () => byContext(await kids(p), /^mok:searchResults$/));
    const [contract] = await kids(p, results);
    assert.ok(contract);
    await vscode.commands.executeCommand('mok.contracts.openJson', contract);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc);
    assert.equal(doc.uri.scheme, 'mok-json');
    const parsed: unknown = JSON.parse(doc.getText());
    assert.ok(parsed && typeof parsed === 'object' && 'id' in parsed && parsed.id === 131);
    await vscode.commands.executeCommand('mok.contracts.copyId', contract);
    assert.equal(await vscode.env.clipboard.readText(), '131');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
  });

  describe('with a broken environment', () => {
    const SECRET = `host-test-secret-${Date.now()}`;
    const ENV = 'Broken (host test)';

    after(async () => {
      const { envs, credentials } = await api();
      await credentials.clear(ENV);
      await envs.switchTo('Sandbox');
      await vscode.workspace.getConfiguration('mok').update('environments', undefined, vscode.ConfigurationTarget.Global);
    });

    it('shows an error node with retry instead of the provider network', async () => {
      const { envs, credentials } = await api();
      // Port 9 (discard) is closed on test machines: connection refused.
      await vscode.workspace
        .getConfiguration('mok')
        .update('environments', [{ name: ENV, kind: 'test', mokBaseUrl: 'http://127.0.0.1:9', documentsBaseUrl: 'http://127.0.0.1:9', org: 'masmovil' }], vscode.ConfigurationTarget.Global);
      await credentials.set(ENV, 'clientId', 'host-test-client');
      await credentials.set(ENV, 'clientSecret', SECRET);
      await envs.switchTo(ENV);
      assert.equal(envs.active().environment.name, ENV);
      const p = await provider();
      const error = await waitFor('error node', async () => byContext(await kids(p), /^mok:error$/));
      assert.match(label(error), /^Could not load /);
      assert.equal(item(error).command?.command, 'mok.tree.retry');
      // It names the host and the reason (not only "cannot reach the API").
      assert.equal(description(error), '127.0.0.1:9: connection refused');
      assert.ok(!JSON.stringify(item(error).tooltip ?? '').includes(SECRET), 'the secret is not in the error');
      // Retry runs without throwing and keeps the error in place while the API is unreachable.
      await vscode.commands.executeCommand('mok.tree.retry', error);
      assert.ok(byContext(await kids(p), /^mok:error$/));
    });

    it('keeps credentials out of the settings', () => {
      const config = vscode.workspace.getConfiguration('mok');
      const everything = JSON.stringify(config) + JSON.stringify(config.inspect('environments') ?? {});
      assert.ok(!everything.includes(SECRET), 'the client secret appears in mok.* settings');
      assert.ok(!everything.includes('host-test-client'), 'the client id appears in mok.* settings');
    });
  });
});

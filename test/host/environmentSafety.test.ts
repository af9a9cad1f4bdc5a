// Live-environment safety and environment editing: "Add Environment…" asks for everything an
// environment needs and does not make a live one active without asking; edit and remove exist;
// searches, revealed contracts and filters belong to the environment they were made in (switching
// to a live environment never runs the previous environment's search there); the search offers a
// value that works and remembers only searches that found something.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, byContext, contextValue, description, kids, label, providerOf, scriptPrompts, waitFor } from './support';

const spanish = process.env.MOK_TEST_LOCALE === 'es';
const LIVE = 'Producción (host test)';

function environments(): unknown[] {
  return vscode.workspace.getConfiguration('mok').inspect<unknown[]>('environments')?.globalValue ?? [];
}

describe('Environment safety', function () {
  this.timeout(60000);

  afterEach(async () => {
    const { envs, prompts, credentials } = await api();
    prompts.override(undefined);
    await envs.switchTo('Sandbox');
    await vscode.workspace.getConfiguration('mok').update('environments', undefined, vscode.ConfigurationTarget.Global);
    await credentials.clear(LIVE);
    await credentials.clear('Renamed (host test)');
  });

  it('"Add Environment…" asks for name, kind, both URLs and the org, and a live one stays inactive unless the user says yes', async function () {
    if (spanish) this.skip();
    const { envs } = await api();
    const script = await scriptPrompts([
      { title: /\(1\/5\)/, input: LIVE },
      { title: /\(2\/5\)/, pick: /^live$/ },
      { title: /\(3\/5\)/, input: 'http://127.0.0.1:9' },
      { title: /\(4\/5\)/, input: 'http://127.0.0.1:9/docs' },
      { title: /\(5\/5\)/, input: 'yoigo' },
      { title: /^Switch to the live environment/, confirm: false },
    ]);
    await vscode.commands.executeCommand('mok.env.add');
    script.done();
    assert.deepEqual(
      script.asked.map((a) => a.title),
      [
        'Add environment (1/5): name',
        'Add environment (2/5): kind',
        'Add environment (3/5): MOK API base URL',
        'Add environment (4/5): Documents API base URL',
        'Add environment (5/5): Documents API org',
        `Switch to the live environment "${LIVE}" now?`,
      ],
    );
    assert.equal(envs.active().environment.name, 'Sandbox', 'a live environment is not made active without asking');
    const added = envs.list().find((e) => e.environment.name === LIVE)?.environment;
    assert.ok(added);
    assert.equal(added.kind, 'live');
    assert.equal(added.documentsBaseUrl, 'http://127.0.0.1:9/docs');
    assert.equal(added.org, 'yoigo');
  });

  it('edits (rename keeps the credentials) and removes an environment with its credentials', async function () {
    if (spanish) this.skip();
    const { envs, credentials } = await api();
    await vscode.workspace.getConfiguration('mok').update('environments', [{ name: LIVE, kind: 'live', mokBaseUrl: 'http://127.0.0.1:9', documentsBaseUrl: 'http://127.0.0.1:9', org: 'masmovil' }], vscode.ConfigurationTarget.Global);
    await waitFor('the environment', () => Promise.resolve(envs.list().some((e) => e.environment.name === LIVE) ? true : undefined));
    await credentials.set(LIVE, 'clientId', 'edit-test-client');
    const edit = await scriptPrompts([
      { title: /\(1\/5\)/, input: 'Renamed (host test)' },
      { title: /\(2\/5\)/, pick: /^test$/ },
      { title: /\(3\/5\)/, input: 'http://127.0.0.1:9' },
      { title: /\(4\/5\)/, input: 'http://127.0.0.1:9' },
      { title: /\(5\/5\)/, input: 'masmovil' },
    ]);
    await vscode.commands.executeCommand('mok.env.edit', LIVE);
    edit.done();
    assert.equal(edit.asked[0]?.value, LIVE, 'editing starts from the current values');
    assert.match(edit.asked[0]?.title ?? '', /^Edit environment ".*" \(1\/5\): name$/);
    const renamed = await waitFor('renamed', () => Promise.resolve(envs.list().find((e) => e.environment.name === 'Renamed (host test)')?.environment));
    assert.equal(renamed.kind, 'test');
    assert.equal((await credentials.get('Renamed (host test)')).clientId, 'edit-test-client');
    assert.equal((await credentials.get(LIVE)).clientId, undefined);

    const remove = await scriptPrompts([{ title: /^Remove the environment/, confirm: true }]);
    assert.equal(await vscode.commands.executeCommand('mok.env.remove', 'Renamed (host test)'), true);
    remove.done();
    assert.deepEqual(environments(), []);
    assert.equal((await credentials.get('Renamed (host test)')).clientId, undefined);
  });

  it('searches, revealed contracts and filters belong to their environment: none is re-run in a live one', async function () {
    if (spanish) this.skip();
    const { envs, credentials } = await api();
    const contracts = await providerOf('mok.views.contracts');
    const requests = await providerOf('mok.views.serviceRequests');
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'access_identifier', value: '123456789' });
    await vscode.commands.executeCommand('mok.serviceRequests.filter', { current_status: 'pending' });
    await waitFor('sandbox search', async () => byContext(await kids(contracts), /^mok:searchResults$/));

    await vscode.workspace.getConfiguration('mok').update('environments', [{ name: LIVE, kind: 'live', mokBaseUrl: 'http://127.0.0.1:9', documentsBaseUrl: 'http://127.0.0.1:9' }], vscode.ConfigurationTarget.Global);
    await credentials.set(LIVE, 'clientId', 'c');
    await credentials.set(LIVE, 'clientSecret', 's');
    await envs.switchTo(LIVE);
    const liveRoots = await waitFor('live roots', async () => {
      const r = await kids(contracts);
      return r.some((n) => contextValue(n) === 'mok:error') ? r : undefined;
    });
    assert.equal(byContext(liveRoots, /^mok:searchResults$/), undefined, "the Sandbox's search is not run against the live environment");
    assert.ok(!(requests.view.description ?? '').includes('status'), `filters of the Sandbox shown in ${LIVE}: ${requests.view.description ?? ''}`);

    await envs.switchTo('Sandbox');
    const results = await waitFor('the Sandbox search back', async () => byContext(await kids(contracts), /^mok:searchResults$/));
    assert.equal(label(results), 'Results for 123456789');
    assert.match(description(results), /^access identifier/);
    await waitFor('the Sandbox filter back', () => Promise.resolve((requests.view.description ?? '').includes('status: pending') ? true : undefined));
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
    await vscode.commands.executeCommand('mok.serviceRequests.clearFilters');
  });

  it('offers search values that work in the Sandbox, and remembers only searches that found something', async function () {
    if (spanish) this.skip();
    const { envs } = await api();
    const contracts = await providerOf('mok.views.contracts');
    const client = await envs.client();
    for (const kind of ['national_id', 'email', 'access_identifier', 'id'] as const) {
      const script = await scriptPrompts([{ title: /^Search contracts \(1\/2\)/, pick: new RegExp(`^\\$\\(search\\) By ${kind === 'id' ? 'contract id' : kind.replace('_', ' ')}`) }]);
      await vscode.commands.executeCommand('mok.contracts.search');
      script.done();
      const input = script.asked.find((a) => a.kind === 'input');
      const value = /^e\.g\. (.+)$/.exec(input?.placeHolder ?? '')?.[1];
      assert.ok(value, JSON.stringify(script.asked));
      const found = await client.call('contracts.lookup', { query: { [kind]: value } });
      assert.ok(found.contracts.length > 0, `the ${kind} placeholder "${value}" finds nothing`);
    }
    await vscode.commands.executeCommand('mok.contracts.search', { kind: 'email', value: 'nadie@ejemplo.invalid' });
    const recent = (contracts as unknown as { recentSearches(): { value: string }[] }).recentSearches();
    assert.ok(!recent.some((q) => q.value === 'nadie@ejemplo.invalid'), 'a search that found nothing is not a recent search');
    await vscode.commands.executeCommand('mok.contracts.clearSearch');
  });
});

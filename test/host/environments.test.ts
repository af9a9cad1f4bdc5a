// Environments in a real extension host: the built-in Sandbox by default, user environments from
// settings (bad entries reported by name, not used), switching refreshes every view, and
// credentials live in SecretStorage only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, contextValue, kids, providerOf, waitFor } from './support';

const VIEWS = ['mok.views.contracts', 'mok.views.serviceRequests', 'mok.views.dynamicTemplates'];

describe('environments', () => {
  afterEach(async () => {
    const { envs } = await api();
    await envs.switchTo('Sandbox');
    await vscode.workspace.getConfiguration('mok').update('environments', undefined, vscode.ConfigurationTarget.Global);
  });

  it('starts on the built-in Sandbox with its documented credentials', async () => {
    const { envs } = await api();
    assert.equal(envs.active().environment.name, 'Sandbox');
    assert.equal(envs.active().builtIn, true);
    assert.equal(await envs.hasCredentials('mok'), true);
    assert.equal(await envs.hasCredentials('admin'), true);
    assert.equal(await envs.hasCredentials('documents'), true);
    assert.match(await envs.sandboxUrl(), /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('reports an invalid environment in settings by name and does not offer it', async () => {
    const { envs } = await api();
    await vscode.workspace.getConfiguration('mok').update(
      'environments',
      [
        { name: 'Staging', kind: 'test', mokBaseUrl: 'https://staging.example.com', documentsBaseUrl: 'https://documents.masstack.com' },
        { name: 'Typo', kind: 'test', mokBaseUrl: 'not a url', documentsBaseUrl: 'https://documents.masstack.com' },
      ],
      vscode.ConfigurationTarget.Global,
    );
    await waitFor('settings reload', () => Promise.resolve(envs.list().length === 2 ? true : undefined));
    assert.deepEqual(
      envs.list().map((e) => e.environment.name),
      ['Sandbox', 'Staging'],
    );
    assert.ok(envs.settings.problems.some((p) => p.includes('"Typo"') && p.includes('mokBaseUrl')), envs.settings.problems.join('\n'));
  });

  it('words settings problems for people, never with the validation library\'s wording', async () => {
    const { envs } = await api();
    await vscode.workspace.getConfiguration('mok').update('serviceRequests.pageSize', 'ten', vscode.ConfigurationTarget.Global);
    try {
      const problem = await waitFor('settings problem', () => Promise.resolve(envs.settings.problems.find((p) => p.startsWith('mok.serviceRequests.pageSize'))));
      assert.match(problem, /^mok\.serviceRequests\.pageSize: must be an? [a-z ]+, but is a string \("ten"\)$/);
      assert.doesNotMatch(envs.settings.problems.join('\n'), /Invalid input|expected \w+, received/);
    } finally {
      await vscode.workspace.getConfiguration('mok').update('serviceRequests.pageSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a bad webhook setting falls back alone and is reported in words, the others kept', async () => {
    const { webhookInbox } = await api();
    const c = vscode.workspace.getConfiguration('mok');
    await c.update('webhooks.inbox.maxAgeDays', 3, vscode.ConfigurationTarget.Global);
    await c.update('webhooks.inbox.port', 'abc', vscode.ConfigurationTarget.Global);
    try {
      const problem = await waitFor('webhook settings problem', () => Promise.resolve(webhookInbox.settings.problems.find((p) => p.startsWith('mok.webhooks.inbox.port'))));
      assert.match(problem, /^mok\.webhooks\.inbox\.port: must be an? [a-z ]+, but is a string \("abc"\)$/);
      assert.equal(webhookInbox.settings.port, 4020, 'the default port instead of the bad value');
      assert.equal(webhookInbox.settings.maxAgeDays, 3, 'the good setting beside it is kept');
    } finally {
      await c.update('webhooks.inbox.port', undefined, vscode.ConfigurationTarget.Global);
      await c.update('webhooks.inbox.maxAgeDays', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('switching environments refreshes every view', async () => {
    const { envs } = await api();
    await vscode.workspace.getConfiguration('mok').update('environments', [{ name: 'Unreachable', kind: 'live', mokBaseUrl: 'http://127.0.0.1:9', documentsBaseUrl: 'http://127.0.0.1:9' }], vscode.ConfigurationTarget.Global);
    const { credentials } = await api();
    await credentials.set('Unreachable', 'clientId', 'c');
    await credentials.set('Unreachable', 'clientSecret', 's');
    await credentials.set('Unreachable', 'documentsToken', 'd');
    const fired = new Promise<void>((resolve) => {
      const sub = envs.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
    await envs.switchTo('Unreachable');
    await fired;
    assert.equal(envs.active().environment.kind, 'live');
    for (const id of VIEWS) {
      const p = await providerOf(id);
      await waitFor(`${id} error node`, async () => ((await kids(p)).some((n) => contextValue(n) === 'mok:error') ? true : undefined), 20_000);
    }
    await envs.switchTo('Sandbox');
    for (const id of VIEWS) {
      const p = await providerOf(id);
      await waitFor(`${id} data again`, async () => {
        const nodes = await kids(p);
        return nodes.length > 0 && !nodes.some((n) => contextValue(n) === 'mok:error') ? true : undefined;
      });
    }
    await credentials.clear('Unreachable');
  });

  it('stores credentials in SecretStorage, never in settings, and clearing removes them', async () => {
    const { credentials } = await api();
    const secret = `s3cr3t-${Date.now()}`;
    await credentials.set('Vault test', 'adminToken', secret);
    assert.equal((await credentials.get('Vault test')).adminToken, secret);
    const all = JSON.stringify(vscode.workspace.getConfiguration('mok'));
    assert.ok(!all.includes(secret));
    await credentials.clear('Vault test');
    assert.equal((await credentials.get('Vault test')).adminToken, undefined);
  });
});

// No credential leaks, in a real extension host. Distinctive values for every secret (client
// secret, admin token, Documents token, webhook secret, webhook delivery password and token) go
// into SecretStorage through the extension's credential store (what "Set Credentials…" calls), for
// a sandbox that accepts only them. Then the main flows run — every view, a runner call per auth
// kind, a fill, webhook verification (valid and not), the inbox capturing a signed delivery with
// Basic auth, failing calls (5xx, 401, a refused token) so error paths log, and the CLI with the
// same secrets in MOK_* variables — and the test searches everything they leave: the run's whole
// directory (logs with the MOK output channel, user settings, the extension's storage folders with
// the runner history, the inbox store and the filled document, the browser profile holding
// globalState/workspaceState), the workspace (its settings), global and workspace state read back
// through the API, what the views and results show, error messages, the sandbox's own log, and CLI
// stdout/stderr. Zero hits, except the secret store's own entries (see inSecretStore below).
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sandboxCredentials } from '../../src/core/environment';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import type { SendOutcome } from '../../src/vscode/runner/send';
import type { FillOutcome } from '../../src/vscode/fillRun/send';
import type { VerifyOutcome } from '../../src/vscode/webhooks/verifyCommand';
import { openFill } from './fillSupport';
import { distinctiveSecrets, filesUnder, needles, search, treeText, type Hit } from './secretsSupport';
import { api, EXTENSION_ID, providerOf, waitFor } from './support';

const SECRETS = distinctiveSecrets();
const WEBHOOK_USER = 'wh-user-secrets-test';
const NEEDLES = needles(SECRETS, { basicAuth: `${WEBHOOK_USER}:${SECRETS.webhookAuthPassword}` });
const VIEWS = ['mok.views.contracts', 'mok.views.serviceRequests', 'mok.views.dynamicTemplates', 'mok.views.documents', 'mok.views.requests', 'mok.views.sandboxRequests', 'mok.views.webhookInbox'];

/**
 * The secret store's own entries. code-server keeps SecretStorage in the browser's localStorage as
 * ONE sealed blob under the key `secrets.provider` (AES, the key split between the server's
 * user-data/serve-web-key-half and the page), so even that entry holds no plaintext: a hit there
 * would be tolerated only inside that entry of Local Storage, and none is expected. Any other hit —
 * in the same files included — is a leak.
 */
function inSecretStore(file: string, h: Hit): boolean {
  return file.includes(`${path.sep}Local Storage${path.sep}`) && h.context.includes('secrets.provider');
}

/** Text the user saw or the flows returned (tree rows, results, error messages), by where. */
const shown: Array<[string, string]> = [];
const cliOutput: Array<[string, string]> = [];
const sandboxLog: string[] = [];

function remember(where: string, value: unknown): void {
  shown.push([where, typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)]);
}

async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('mok').update(key, value, vscode.ConfigurationTarget.Global);
}

async function runner(operation: string, extra: Record<string, unknown> = {}, options: Record<string, unknown> = {}): Promise<SendOutcome> {
  const uri = await vscode.commands.executeCommand<vscode.Uri>('mok.runner.callEndpoint', { operation });
  const doc = await vscode.workspace.openTextDocument(uri);
  if (Object.keys(extra).length) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), JSON.stringify({ operation, ...extra }, null, 2));
    await vscode.workspace.applyEdit(edit);
  }
  const r = await vscode.commands.executeCommand<SendOutcome>('mok.runner.send', uri, { interactive: false, ...options });
  remember(`runner ${operation}`, r);
  return r;
}

/** Runs the built `mok` with these variables and checks its exit code (the output, secrets masked, says why not). */
async function runMok(code: number, args: string[], env: Record<string, string>): Promise<void> {
  const r = await cli(args, env);
  let safe = `${r.stdout}\n${r.stderr}`;
  for (const v of [...Object.values(SECRETS), ...Object.values(env)]) if (v.length > 6) safe = safe.split(v).join('<<secret>>');
  assert.equal(r.code, code, `mok ${args[0] ?? ''} ${args[1] ?? ''}: exit ${r.code}\n${safe.slice(0, 1500)}`);
}

function cli(args: string[], env: Record<string, string>, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), ...args], { env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env }, timeout: 60_000 }, (e, stdout, stderr) => {
      const code = e && typeof e.code === 'number' ? e.code : e ? 99 : 0;
      cliOutput.push([`mok ${args.join(' ')}`, `${stdout}\n${stderr}`]);
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

describe('secrets never leak (every flow, every place it writes)', function () {
  this.timeout(240_000);
  let sb: RunningSandbox;
  let workDir: string;

  before(async () => {
    sb = await startSandbox({
      port: 0,
      seedSize: 40,
      credentials: { ...SECRETS, webhookAuthUsername: WEBHOOK_USER },
      webhookBaseDelayMs: 20,
      logger: { trace: (m) => sandboxLog.push(m), debug: (m) => sandboxLog.push(m), info: (m) => sandboxLog.push(m), warn: (m) => sandboxLog.push(m), error: (m) => sandboxLog.push(m) },
    });
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mok-secrets-'));
    const mok = await api();
    // Through the credential store — the SecretStorage writer "MOK: Set Credentials…" uses (its
    // input boxes cannot be answered from a test).
    for (const [k, v] of Object.entries({ ...SECRETS, webhookAuthUsername: WEBHOOK_USER })) await mok.credentials.set('Sandbox', k as keyof typeof SECRETS, v);
    await setConfig('sandbox.url', sb.url);
    await setConfig('webhooks.inbox.port', 0);
    // A workspace setting too, so the workspace's .vscode/settings.json exists and is searched.
    await vscode.workspace.getConfiguration('mok').update('http.timeoutMs', 20_000, vscode.ConfigurationTarget.Workspace);
    await waitFor('the Sandbox environment on the test sandbox', async () => ((await mok.envs.client()).environment.mokBaseUrl.startsWith(sb.url) ? true : undefined));
  });

  after(async () => {
    const mok = await api();
    await mok.credentials.clear('Sandbox');
    await setConfig('sandbox.url', undefined);
    await setConfig('webhooks.inbox.port', undefined);
    await setConfig('sandbox.webhookAuth', undefined);
    await vscode.workspace.getConfiguration('mok').update('http.timeoutMs', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('mok.webhooks.inbox.stop');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sb.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('runs every flow with the distinctive credentials (they are the ones in use)', async () => {
    const mok = await api();
    // Every view loads (the first two levels), with data from the sandbox that only these credentials open.
    for (const id of VIEWS) {
      const p = await providerOf(id);
      // Loaded: no row still loading (an empty view — the inbox before it starts — is loaded too).
      const rows = await waitFor(`${id} loaded`, async () => {
        const text = await treeText(p);
        return text.some((t) => /Loading/i.test(t)) ? undefined : text;
      }, 30_000);
      remember(id, rows.join('\n'));
    }
    assert.ok(shown.some(([w, t]) => w === 'mok.views.contracts' && !/Could not load/.test(t)), 'the Contracts view loaded');

    // The runner, once per kind of credential: OAuth, admin, Documents.
    for (const op of ['plans.list', 'admin.contracts.list', 'templates.list']) {
      const r = await runner(op);
      assert.ok(r.ok && r.entry.status === 200, `${op}: ${JSON.stringify(r).slice(0, 300)}`);
    }

    // A fill, to COMPLETED.
    const client = await mok.envs.client();
    const detail = (await client.call('templates.versions', { params: { id: 'factura_mensual', major: 2 } })).templates[0]!;
    const { engine, validator } = mok.fills.validation;
    const sources = await engine.loadSources(detail, (url) => client.fetchText(url));
    const doc = await openFill('secrets-fill', engine.scaffoldFillFile(detail, validator, { sources, documentName: 'secrets_fill' }).text);
    const filled = await vscode.commands.executeCommand<FillOutcome>('mok.fills.fill', doc.uri, { interactive: false });
    remember('fill', filled.ok ? filled.tracked.activity : filled);
    assert.ok(filled.ok && filled.tracked.activity.status === 'COMPLETED', JSON.stringify(filled).slice(0, 300));

    // Verify a webhook with the stored secret: valid, then a wrong signature (the doctor runs).
    const body = JSON.stringify({ event: 'service_request.updated', payload: { id: 7, current_status: 'assigned' } });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content: body }));
    const good = await vscode.commands.executeCommand<VerifyOutcome>('mok.webhooks.verify', { signature: createHmac('sha256', SECRETS.webhookSecret).update(body).digest('hex') });
    assert.equal(good.report.valid, true, 'verified with the stored webhook secret');
    const bad = await vscode.commands.executeCommand<VerifyOutcome>('mok.webhooks.verify', { signature: createHmac('sha256', `${SECRETS.webhookSecret}\n`).update(body).digest('hex') });
    assert.equal(bad.report.valid, false);
    remember('verify (valid)', good);
    remember('verify (invalid)', bad);
    remember('webhook panel', mok.webhookPanel);

    // The inbox captures a MOK-side event delivered with Basic auth and checks its signature.
    assert.equal(await vscode.commands.executeCommand('mok.webhooks.inbox.start'), true);
    sb.configureWebhooks({ url: `${mok.webhookInbox.localUrl ?? ''}/webhooks/mok`, auth: 'basic' });
    await setConfig('sandbox.webhookAuth', 'basic');
    const event = await vscode.commands.executeCommand<{ service_request: { id: number } }>('mok.sandbox.simulateEvent', { event: 'created' });
    assert.ok(event, 'the sandbox made the event');
    const captured = await waitFor('the inbox event', async () => (await mok.webhookInbox.events()).find((e) => e.serviceRequestId === event.service_request.id));
    assert.equal(captured.valid, true, 'signed with the stored webhook secret');
    remember('inbox event', captured);
    remember('inbox view', (await treeText(await providerOf('mok.views.webhookInbox'))).join('\n'));

    // Failing calls: error paths log and show messages.
    sb.queueFault({ kind: 'status', status: 500, operation: 'plans.list', count: 4 });
    remember('runner plans.list 500', await runner('plans.list'));
    await vscode.commands.executeCommand('mok.runner.send'); // no file: says so
    await fetch(`${sb.url}/__sandbox/tokens/revoke`, { method: 'POST' });
    sb.queueFault({ kind: 'status', status: 401, operation: 'auth.token', count: 2 });
    const refused = await runner('plans.list');
    remember('runner after a refused token', refused);
    assert.ok(!refused.ok || refused.entry.status === 401, 'the refused token surfaced');
    sb.queueFault({ kind: 'status', status: 401, operation: 'templates.list', count: 8 });
    await vscode.commands.executeCommand('mok.templates.refresh');
    remember('templates view after 401', (await treeText(await providerOf('mok.views.dynamicTemplates'), 1)).join('\n'));
    remember('admin with a refused body', await runner('admin.contracts.createOrUpdate', { body: { contract: { name: 42 } } }, { force: true }));
    for (const id of VIEWS) remember(`${id} (end)`, (await treeText(await providerOf(id), 1)).join('\n'));

    // The CLI with the same secrets in MOK_* variables.
    const env = {
      MOK_CLIENT_ID: sandboxCredentials.clientId ?? '',
      MOK_CLIENT_SECRET: SECRETS.clientSecret,
      MOK_ADMIN_EMAIL: sandboxCredentials.adminEmail ?? '',
      MOK_ADMIN_TOKEN: SECRETS.adminToken,
      MOK_DOCUMENTS_TOKEN: SECRETS.documentsToken,
      MOK_WEBHOOK_SECRET: SECRETS.webhookSecret,
    };
    await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' }); // the failing calls above are done
    const target = ['--base-url', sb.url, '--documents-url', sb.url, '--org', 'masmovil'];
    await runMok(0, ['call', 'plans.list', ...target, '--verbose'], env);
    await runMok(0, ['call', 'admin.contracts.list', ...target, '--verbose'], env);
    await runMok(0, ['call', 'templates.list', ...target, '--json', '--verbose'], env);
    sb.queueFault({ kind: 'status', status: 503, operation: 'plans.list', count: 10 });
    await runMok(1, ['call', 'plans.list', ...target, '--verbose'], env);
    await runMok(1, ['call', 'plans.list', ...target], { ...env, MOK_CLIENT_SECRET: `${SECRETS.clientSecret}-wrong` });
    await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' });
    const bodyFile = path.join(workDir, 'body.json');
    fs.writeFileSync(bodyFile, body);
    await runMok(0, ['webhook', 'verify', '--secret-env', 'MOK_WEBHOOK_SECRET', '--signature', createHmac('sha256', SECRETS.webhookSecret).update(body).digest('hex'), '--body-file', bodyFile, '--json'], env);
    await runMok(1, ['webhook', 'verify', '--secret-env', 'MOK_WEBHOOK_SECRET', '--signature', 'ab'.repeat(32), '--body-file', bodyFile, '--json', '--verbose'], env);
    await runMok(0, ['webhook', 'sign', '--secret-env', 'MOK_WEBHOOK_SECRET', '--body-file', bodyFile], env);
    const secretFile = path.join(workDir, 'secret.txt');
    fs.writeFileSync(secretFile, `${SECRETS.webhookSecret}\n`);
    await cli(['webhook', 'verify', '--secret-file', secretFile, '--signature', 'ab'.repeat(32), '--body-file', bodyFile], env);
    await cli(['webhook', 'send', '--url', `${mok.webhookInbox.localUrl ?? ''}/webhooks/cli`, '--secret-env', 'MOK_WEBHOOK_SECRET', '--event', 'service_request.updated', '--verbose'], env);
  });

  it('leaves no credential anywhere it writes or shows (only the secret store holds them)', async () => {
    const mok = await api();
    // The output channel is written asynchronously: wait until the last flow's lines are in its file.
    const runDir = path.resolve(mok.kept.globalStorageUri.fsPath, '..', '..', '..', '..');
    assert.ok(fs.existsSync(path.join(runDir, 'user-data')), `run dir ${runDir}`);
    const mokLog = await waitFor('the MOK output channel on disk', () => {
      const file = filesUnder(path.join(runDir, 'user-data', 'logs')).find((f) => /MOK DevTools\.log$/.test(f));
      return Promise.resolve(file && /→ 500/.test(fs.readFileSync(file, 'utf8')) ? file : undefined);
    }, 20_000);

    // The browser writes localStorage (where the secret store lives) lazily: wait until the store's
    // entry is on disk, so the search below covers it.
    const storeFile = await waitFor('the secret store on disk', () =>
      Promise.resolve(filesUnder(path.join(runDir, 'chromium-profile')).find((f) => f.includes(`${path.sep}Local Storage${path.sep}`) && fs.readFileSync(f).includes('secrets.provider'))),
    30_000);
    const hits: Hit[] = [];
    const stored: Hit[] = [];
    const searched: string[] = [];
    const workspace = process.env.MOK_TEST_WORKSPACE;
    const roots = [runDir, workspace, mok.kept.globalStorageUri.fsPath, mok.kept.storageUri?.fsPath, mok.kept.logUri.fsPath].filter((d): d is string => !!d);
    for (const file of new Set(roots.flatMap(filesUnder))) {
      let data: Buffer;
      try {
        if (fs.statSync(file).size > 64 * 1024 * 1024) continue;
        data = fs.readFileSync(file);
      } catch {
        continue; // a file removed while the host runs (a lock, a journal)
      }
      searched.push(file);
      for (const h of search(path.relative(runDir, file), data, NEEDLES)) (inSecretStore(file, h) ? stored : hits).push(h);
    }
    // What was searched is where things are: the MOK log, settings (user and workspace), the runner
    // history, the inbox store, the filled document.
    const must = [mokLog, path.join(runDir, 'user-data', 'User', 'settings.json'), path.join(workspace ?? '', '.vscode', 'settings.json')];
    for (const f of must) assert.ok(searched.includes(f), `searched ${f}`);
    const ours = searched.filter((f) => f.includes('mok-devtools.mok-devtools'));
    for (const [what, re] of [['the inbox store', /webhook-inbox[/\\]inbox\.jsonl$/], ['the runner history', /mok-runner[/\\]history\.jsonl$/], ['the request files', /requests[/\\]plans\.list-1\.mok-request\.json$/]] as const) {
      assert.ok(ours.some((f) => re.test(f)), `${what} was searched:\n${ours.join('\n')}`);
    }
    assert.ok(searched.includes(storeFile), 'the secret store\'s file was searched');
    assert.match(fs.readFileSync(path.join(runDir, 'user-data', 'User', 'settings.json'), 'utf8'), /mok\.sandbox\.url/);

    // Global and workspace state, read back through the extension's own API.
    for (const [name, memento] of [['globalState', mok.kept.globalState], ['workspaceState', mok.kept.workspaceState]] as const) {
      for (const key of memento.keys()) hits.push(...search(`${name}[${key}]`, Buffer.from(JSON.stringify(memento.get(key)) ?? ''), NEEDLES));
    }
    // Settings as the extension reads them (user, workspace, folder).
    hits.push(...search('settings (mok.*)', Buffer.from(JSON.stringify(vscode.workspace.getConfiguration('mok').inspect('environments')) + JSON.stringify(vscode.workspace.getConfiguration('mok'))), NEEDLES));
    for (const [where, text] of shown) hits.push(...search(`shown: ${where}`, Buffer.from(text), NEEDLES));
    for (const [where, text] of cliOutput) hits.push(...search(`cli: ${where.replace(/ab(ab)+/, '…')}`, Buffer.from(text), NEEDLES));
    hits.push(...search('sandbox log', Buffer.from(sandboxLog.join('\n')), NEEDLES));
    hits.push(...search('sandbox journal', Buffer.from(JSON.stringify(sb.journal.list())), NEEDLES));

    assert.deepEqual(
      hits.map((h) => `${h.where}: ${h.needle}: …${h.context}…`),
      [],
      `credentials found outside the secret store (${searched.length} files searched; ${stored.length} hits in the secret store's own entries)`,
    );
    assert.ok(cliOutput.length >= 8 && shown.length >= 20, 'the flows ran');
  });
});

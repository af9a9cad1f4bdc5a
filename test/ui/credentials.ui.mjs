// Credentials flow with the keyboard: "MOK: Add Environment…" (name, kind, MOK and Documents URLs
// of a sandbox this script starts, org) switches to a test environment without credentials, so the Contracts view shows
// its welcome text (credentials-welcome.png); "MOK: Set Credentials…" (client id, then the secret
// in a password box) makes it load the provider network (credentials-set.png). The secret must
// end up in no settings file and not in the MOK log (output panel), which shows each request
// (method, path, status, time, request id) at info level. Afterwards the stored
// credentials are removed, the status bar switches back to Sandbox and the settings files are
// put back as they were, so later scripts see the usual workbench.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { focusView } from './_layout.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENV_NAME = 'Staging UI';
const CLIENT_ID = 'sandbox-client';
const SECRET = 'sandbox-secret';
const NETWORK = 'Red de Asistencia Ibérica S.L.';
const WELCOME = 'This environment has no Provider Network API credentials yet';

/** `mok sandbox --port 0` as a child process; resolves with its URL and a stop(). */
function startSandbox() {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'sandbox', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 3000).unref();
  });
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox printed no URL within 15 s: ${out}${err}`)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`sandbox exited with ${code}: ${out}${err}`)); });
  });
  return { url, stop };
}

/** Every file under dir (recursively) whose content contains `needle`. */
function filesContaining(dir, needle) {
  const hits = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && fs.statSync(p).size < 50_000_000 && fs.readFileSync(p).includes(needle)) hits.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return hits;
}

export default async function credentials({ ui, page, workspace, userDataDir }) {
  if (!userDataDir) throw new Error('the ui runner passes no userDataDir (scripts/host/run.mjs)');
  const settingsFiles = [path.join(workspace, '.vscode', 'settings.json'), path.join(userDataDir, 'User', 'settings.json')];
  const before = settingsFiles.map((f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined));
  const sandbox = startSandbox();
  const contractsPane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Contracts/i }) }).first();
  const welcome = contractsPane.locator('.welcome-view-content', { hasText: WELCOME });
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  try {
    const url = await sandbox.url;
    await focusView(ui, 'Contracts');
    await ui.waitForRow(NETWORK, { view: 'Contracts' }); // the built-in Sandbox
    await ui.statusBarItem('MOK: Sandbox');

    // 1. Add the environment: name → kind → MOK base URL; it becomes the active one.
    await ui.runCommand('MOK: Add Environment…');
    await ui.typeInQuickInput(ENV_NAME, { title: 'Add environment (1/5): name' });
    await ui.typeInQuickInput('test', { title: 'Add environment (2/5): kind', expect: 'a test/staging deployment' });
    await ui.typeInQuickInput(url, { title: 'Add environment (3/5): MOK API base URL' });
    await ui.typeInQuickInput(url, { title: 'Add environment (4/5): Documents API base URL' });
    await ui.typeInQuickInput('masmovil', { title: 'Add environment (5/5): Documents API org' });
    await ui.statusBarItem(`MOK: ${ENV_NAME}`);
    await welcome.waitFor({ state: 'visible', timeout: 15000 })
      .catch(() => { throw new Error(`the Contracts view shows no "${WELCOME}…" welcome text`); });
    for (const button of ['Set Credentials', 'Switch Environment']) {
      await contractsPane.locator('.welcome-view-content .monaco-button', { hasText: button }).first().waitFor({ state: 'visible', timeout: 5000 })
        .catch(() => { throw new Error(`the welcome view has no "${button}" button`); });
    }
    if (await contractsPane.locator('.monaco-list-row', { hasText: NETWORK }).count()) throw new Error('the Contracts view still lists the Sandbox provider network');
    await page.locator('.notification-toast', { hasText: `Environment "${ENV_NAME}" added` }).first().waitFor({ state: 'visible', timeout: 10000 })
      .catch(() => { throw new Error('no "Environment added" notification offering "Set credentials…"'); });
    // The Service Requests view says its own, shorter thing (not the same text twice).
    await ui.expandView('Service Requests');
    const requestsPane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Service Requests/i }) }).first();
    await requestsPane.locator('.welcome-view-content', { hasText: 'Service requests load once this environment has Provider Network API credentials' }).waitFor({ state: 'visible', timeout: 10000 })
      .catch(() => { throw new Error('the Service Requests view shows no welcome text of its own'); });
    if (await requestsPane.locator('.welcome-view-content', { hasText: WELCOME }).count()) throw new Error('the Service Requests view repeats the Contracts welcome text');
    await ui.shot('credentials-welcome');
    await ui.collapseView('Service Requests');

    // 2. Credentials: area → client id (plain) → secret (password box).
    await ui.runCommand('MOK: Set Credentials…');
    await ui.typeInQuickInput('Provider Network', { title: `Set credentials for "${ENV_NAME}"`, expect: 'Provider Network API (OAuth2)' });
    await ui.waitForQuickInput(`OAuth client_id (${ENV_NAME})`);
    if ((await input.getAttribute('type')) === 'password') throw new Error('the client id box is a password box');
    await ui.typeInQuickInput(CLIENT_ID, { title: `OAuth client_id (${ENV_NAME})` });
    await ui.waitForQuickInput(`OAuth client_secret (${ENV_NAME})`);
    const type = await input.getAttribute('type');
    if (type !== 'password') throw new Error(`the client secret box has input type "${type}", expected "password"`);
    await ui.typeInQuickInput(SECRET, { title: `OAuth client_secret (${ENV_NAME})` });
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
    await ui.waitForRow(NETWORK, { view: 'Contracts' });
    await welcome.waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => { throw new Error('the welcome text stays after the credentials were set'); });
    await ui.statusBarItem(`MOK: ${ENV_NAME}`);
    await ui.shot('credentials-set');

    // 3. The secret is in no settings file, and not in the MOK log.
    const user = fs.readFileSync(settingsFiles[1], 'utf8');
    if (!user.includes(ENV_NAME) || !user.includes(url)) throw new Error(`${settingsFiles[1]} does not hold the added environment:\n${user}`);
    for (const f of settingsFiles) {
      if (fs.existsSync(f) && fs.readFileSync(f, 'utf8').includes(SECRET)) throw new Error(`the client secret is written to ${f}`);
    }
    const leaked = [...filesContaining(userDataDir, SECRET), ...filesContaining(path.join(workspace, '.vscode'), SECRET)];
    if (leaked.length) throw new Error(`the client secret is written to ${leaked.join(', ')}`);

    const panelWasVisible = await page.locator('.part.panel').isVisible();
    await ui.runCommand('MOK: Show Log');
    const output = page.locator('.part.panel .monaco-editor').first();
    await output.locator('.view-line', { hasText: '[info]' }).first().waitFor({ state: 'visible', timeout: 15000 })
      .catch(() => { throw new Error('the output panel shows no MOK log (no "[info]" line)'); });
    // The output editor renders only the lines on screen: page through it, collecting every line.
    // Click at the middle left of the log (the toasts sit at the right, the panel title at the
    // top), then go to its start: the first line says the extension activated.
    const top = output.locator('.view-line', { hasText: 'activated' }).first();
    for (let i = 0; i < 3 && !(await top.isVisible()); i++) {
      const box = await output.boundingBox();
      await page.mouse.click(box.x + 30, box.y + box.height / 2);
      await page.keyboard.press('Control+Home');
      await top.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
    }
    const lines = new Set();
    for (let i = 0, same = 0; i < 200 && same < 2; i++) {
      const n = lines.size;
      for (const t of await output.locator('.view-line').allTextContents()) lines.add(t.replace(/\u00a0/g, ' '));
      same = lines.size === n ? same + 1 : 0;
      await page.keyboard.press('PageDown');
    }
    const log = [...lines].join('\n');
    if (!log.includes('MOK DevTools')) throw new Error(`the output panel text is not the MOK log:\n${log.slice(0, 500)}`);
    // Each request is logged at info level: method, path, status, time and request id.
    // (a narrow panel wraps the request id onto the next line)
    const request = [...lines].find((l) => /\[info\] GET \/api\/v1\/provider_networks\/info → 200 in \d+ ms · request/.test(l));
    if (!request) throw new Error(`the MOK log shows no info line for GET /api/v1/provider_networks/info:\n${log.slice(-1500)}`);
    if (log.includes(SECRET)) throw new Error(`the MOK log shows the client secret:\n${[...lines].filter((l) => l.includes(SECRET)).join('\n')}`);
    if (!panelWasVisible) await ui.runCommand('View: Hide Panel');

    // 4. Clean up like a user: remove the stored credentials (welcome view again), switch back to Sandbox.
    await ui.runCommand('MOK: Remove Stored Credentials…');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 10000 });
    await dialog.locator('.monaco-button', { hasText: 'Remove' }).first().click();
    await welcome.waitFor({ state: 'visible', timeout: 10000 })
      .catch(() => { throw new Error('removing the credentials does not bring the welcome text back'); });
    const item = await ui.statusBarItem(`MOK: ${ENV_NAME}`);
    await item.click();
    await ui.typeInQuickInput('Sandbox', { title: 'Switch MOK environment', expect: 'Built-in in-memory sandbox' });
    await ui.statusBarItem('MOK: Sandbox');
    await ui.waitForRow(NETWORK, { view: 'Contracts' });
  } finally {
    settingsFiles.forEach((f, i) => {
      if (before[i] === undefined) fs.rmSync(f, { force: true });
      else fs.writeFileSync(f, before[i]);
    });
    // Let the window take in the restored settings before the runner closes it and opens the next one.
    await page.waitForTimeout(500).catch(() => {});
    await sandbox.stop();
  }
}

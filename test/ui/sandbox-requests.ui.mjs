// The Sandbox Requests view while a partner's backend (here: plain fetch from this script) calls
// the sandbox: refused and accepted calls appear live, newest first, ✓/✗; the refused create opens
// beside its answer with the broken rule underlined in the request body. Screenshot:
// sandbox-requests.png.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { focusView } from './_layout.mjs';

async function startSandbox() {
  const child = spawn(process.execPath, ['dist/cli.js', 'sandbox', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(out)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export default async function sandboxRequests({ ui, page, workspace }) {
  const sb = await startSandbox();
  try {
    // The extension follows this sandbox (what a partner sets when they run `mok sandbox` themselves).
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'mok.sandbox.url': sb.url }));
    // Reload so the window starts with this setting: with the file watcher's timing the views could
    // be collapsed before they reload against this sandbox, and none of their calls would be listed.
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
    await focusView(ui, 'Sandbox Requests', { sidebarWidth: 640 });
    // The extension's own views have already called it: their requests are listed.
    await ui.waitForRow('providerNetwork.info', { view: 'Sandbox Requests' });

    const tokenRes = await fetch(`${sb.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' }) });
    const { access_token: token } = await tokenRes.json();
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    await fetch(`${sb.url}/api/v1/provider_networks/contracts?access_identifier=123456789`, { headers: auth });
    await fetch(`${sb.url}/api/v1/provider_networks/provider_ranking?zone_external_id=28`, { headers: auth });
    const body = '{\n  "service_request": {\n    "contract_id": 131,\n    "service_id": 5000382079,\n    "servce_name": "Grúa"\n  }\n}';
    await fetch(`${sb.url}/api/v1/provider_networks/service_requests`, { method: 'POST', headers: auth, body });

    const row = await ui.waitForRow('serviceRequests.create', { view: 'Sandbox Requests' });
    await ui.waitForRow('providerRanking.get', { view: 'Sandbox Requests' });
    await row.click();
    // The request beside its answer, the rule it broke underlined where it is.
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 15000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'unpermitted_parameter' }).first().waitFor({ state: 'visible', timeout: 10000 });
    // The broken rule is also listed in the Problems panel, pointing into the request body.
    await ui.runCommand('View: Focus Problems');
    await page.locator('.markers-panel', { hasText: 'did you mean "service_name"' }).first().waitFor({ state: 'visible', timeout: 10000 });
    await ui.shot('sandbox-requests');
  } finally {
    sb.stop();
  }
}

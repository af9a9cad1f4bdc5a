// The status bar shows the active environment ("MOK: Sandbox"); clicking it opens the environment
// quick pick, here with a test and a live environment configured in the workspace settings next
// to the built-in Sandbox. Screenshot: environment-switch.png (the pick open over the container).
import fs from 'node:fs';
import path from 'node:path';
import { VIEWS, focusView } from './_layout.mjs';

const ENVIRONMENTS = [
  { name: 'Staging', kind: 'test', mokBaseUrl: 'https://api.staging.example.com', documentsBaseUrl: 'https://documents.staging.example.com' },
  { name: 'Production', kind: 'live', mokBaseUrl: 'https://api.example.com', documentsBaseUrl: 'https://documents.example.com' },
];

export default async function environment({ ui, page, workspace }) {
  // The workspace is shared by every ui script of the run: put its settings back afterwards.
  const file = path.join(workspace, '.vscode', 'settings.json');
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...(before ? JSON.parse(before) : {}), 'mok.environments': ENVIRONMENTS }, null, 2)}\n`);
  try {
    // Reload so the window starts with these settings (not relying on the file watcher's timing).
    await page.setViewportSize({ width: 1400, height: 900 }); // a reloaded workbench does not follow later resizes
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
    await focusView(ui, 'Contracts');
    for (const v of VIEWS) await ui.expandView(v);
    await ui.waitForRow('Red de Asistencia Ibérica S.L.', { view: 'Contracts' });
    await ui.waitForRow('· 00032-', { view: 'Service Requests' });
    await ui.waitForRow('factura_mensual', { view: 'Dynamic Templates' });

    const item = await ui.statusBarItem('MOK: Sandbox');
    await item.click();
    const pick = await ui.waitForQuickInput('Switch MOK environment');
    const row = (text) => pick.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    for (const text of ['Sandbox', 'Built-in in-memory sandbox', ...ENVIRONMENTS.map((e) => e.name), 'https://api.example.com', 'Add environment…']) {
      await row(text).waitFor({ state: 'visible', timeout: 10000 })
        .catch(() => { throw new Error(`the environment pick shows no "${text}"`); });
    }
    await ui.shot('environment-switch');
    await page.keyboard.press('Escape');
    await pick.waitFor({ state: 'hidden', timeout: 10000 });
    await ui.statusBarItem('MOK: Sandbox'); // still the active one
  } finally {
    if (before === undefined) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, before);
  }
}

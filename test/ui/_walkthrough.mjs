// The "Get started with MOK DevTools" walkthrough as a new user follows it: each step is selected
// on the walkthrough page and its button clicked (the button must perform the step), the step is
// carried through in the MOK views and editors, a cropped picture of its result is saved, and the
// page must show the step as done. Used by walkthrough.ui.mjs (English) and walkthrough-es.ui.mjs
// (Spanish). Pictures: test-results/ui/walkthrough-<lang>-<step>.png (cropped, what
// media/walkthrough/<lang>/<step>.png is copied from: `node scripts/walkthrough-images.mjs`) and
// walkthrough-<lang>-page.png (the page itself, all steps done).
import fs from 'node:fs';
import path from 'node:path';
import { VIEWS, VIEWS_ES, focusView } from './_layout.mjs';
import { webviewFrame } from './_webview.mjs';

const WALKTHROUGH = 'mok-devtools.mok-devtools#getStarted';

export const WORDS = {
  en: {
    walkthrough: 'Get started with MOK DevTools',
    views: VIEWS,
    contracts: 'Contracts', requests: 'Requests', inbox: 'Webhook Inbox',
    switchEnv: 'MOK: Switch Environment…', switchTitle: 'Switch MOK environment',
    searchTitle: ['Search contracts (1/2)', 'Search contracts (2/2)'], byAccess: ['access identifier', 'By access identifier'],
    results: 'Results for 123456789', services: 'Services', limit: 'of 5 uses until',
    fillTitle: ['New fill file (1/2)', 'New fill file (2/2)'], latest: 'v1 · latest minor', fill: 'Fill',
    simulateTitle: 'Simulate MOK Event', created: 'A service request created by MOK', startInbox: 'Start Webhook Inbox', valid: '✓ valid',
    callTitle: 'Call Endpoint', send: 'Send to Sandbox',
    commands: { search: 'MOK: Search Contracts…', fill: 'MOK: New Fill File…', simulate: 'MOK: Simulate MOK Event…', call: 'MOK: Call Endpoint…' },
  },
  es: {
    walkthrough: 'Primeros pasos con MOK DevTools',
    views: VIEWS_ES,
    contracts: 'Contratos', requests: 'Peticiones', inbox: 'Bandeja de webhooks',
    switchEnv: 'MOK: Cambiar de entorno…', switchTitle: 'Cambiar de entorno de MOK',
    searchTitle: ['Buscar contratos (1/2)', 'Buscar contratos (2/2)'], byAccess: ['identificador de acceso', 'Por identificador de acceso'],
    results: 'Resultados de 123456789', services: 'Servicios', limit: 'de 5 usos hasta',
    fillTitle: ['Nuevo archivo de relleno (1/2)', 'Nuevo archivo de relleno (2/2)'], latest: 'v1 · última versión menor', fill: 'Rellenar',
    simulateTitle: 'Simular evento de MOK', created: 'Una solicitud de servicio creada por MOK', startInbox: 'Iniciar la bandeja de webhooks', valid: '✓ válido',
    callTitle: 'Llamar a un endpoint', send: 'Enviar a Sandbox',
    commands: { search: 'MOK: Buscar contratos…', fill: 'MOK: Nuevo archivo de relleno…', simulate: 'MOK: Simular evento de MOK…', call: 'MOK: Llamar a un endpoint…' },
  },
};

/**
 * Shows the walkthrough page (its tab when open, else Welcome: Open Walkthrough… and the pick by
 * its title) and selects `step`.
 */
async function openStep(ui, page, w, step) {
  const tab = page.locator('.part.editor .tabs-container .tab', { hasText: 'Walkthrough: MOK DevTools' }).first();
  if (await tab.isVisible()) await tab.click();
  else {
    for (let attempt = 1; ; attempt++) {
      await run(ui, 'Welcome: Open Walkthrough...');
      try {
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: w.walkthrough }).first().click({ timeout: 5000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        await page.keyboard.press('Escape');
      }
    }
  }
  const entry = page.locator(`.part.editor button.getting-started-step[data-step-id="${WALKTHROUGH}#${step}"]`);
  await entry.waitFor({ state: 'visible', timeout: 20000 });
  if ((await entry.getAttribute('aria-expanded')) !== 'true') await entry.click();
  await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await entry.elementHandle(), { timeout: 10000 });
  await page.waitForTimeout(500); // the page moves the focus to the step
  return entry;
}

/** Clicks the step's button (the last link of its description, rendered as a button). */
async function clickStepButton(ui, page, w, step) {
  const entry = await openStep(ui, page, w, step);
  await entry.locator('a.monaco-button').last().click();
}

/**
 * Clicks the step's button and checks it asks its first question (titled `asks`); then goes on
 * from the palette (`command`) with the walkthrough closed: the page takes the focus back now and
 * then, which closes a quick pick that opens meanwhile.
 */
async function startStep(ui, page, w, step, asks, command) {
  await clickStepButton(ui, page, w, step);
  await ui.waitForQuickInput(asks);
  await page.keyboard.press('Escape');
  await closeEditors(ui);
  await run(ui, command);
}

/** The walkthrough page shows `step` as done (its completion events fired). */
async function expectDone(ui, page, w, step) {
  await openStep(ui, page, w, step);
  // The page re-renders its steps: look the checkbox up again on each poll.
  const selector = `.part.editor [data-done-step-id="${WALKTHROUGH}#${step}"]`;
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-checked') === 'true', selector, { timeout: 15000 })
    .catch(() => { throw new Error(`the walkthrough does not show step "${step}" as done`); });
}

/** The window size a picture is taken at (after focusView, which sizes the window itself). */
async function windowSize(page, width, height) {
  await page.setViewportSize({ width, height });
  await page.waitForTimeout(300);
}

/**
 * Runs a command from the palette. The walkthrough page takes the focus back a moment after it
 * opens or changes step, which closes a palette opened meanwhile: then open it again.
 */
async function run(ui, title) {
  const { page } = ui;
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 3000 });
      await input.fill(`>${title}`, { timeout: 3000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
}

async function closeEditors(ui) {
  await run(ui, 'View: Close All Editors');
}

/** A screenshot of the union of the given elements' boxes (plus a margin), clamped to the window. */
async function crop(ui, page, outDir, name, locators, margin = 0) {
  await ui.waitForIdle(15000).catch(() => {});
  // Notifications of earlier steps would cover the picture.
  const toasts = page.locator('.notifications-toasts .notification-list-item');
  if (await toasts.count() && !(await page.locator('.quick-input-widget').isVisible())) {
    await run(ui, 'Notifications: Clear All Notifications');
    await toasts.first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  }
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  const boxes = (await Promise.all(locators.map((l) => l.boundingBox()))).filter(Boolean);
  if (!boxes.length) throw new Error(`nothing to crop for ${name}`);
  const { width, height } = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const r = Math.min(width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const b = Math.min(height, Math.max(...boxes.map((bb) => bb.y + bb.height)) + margin);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, clip: { x, y, width: Math.round(r - x), height: Math.round(b - y) } });
  console.log(`  screenshot ${path.relative(process.cwd(), file)} (${Math.round(r - x)}×${Math.round(b - y)})`);
}

export async function walkthroughFlow({ ui, page, workspace, outDir }, lang) {
  const w = WORDS[lang];
  const shotName = (step) => `walkthrough-${lang}-${step}`;
  // Any free port for the inbox: other runs on this machine may hold the default one.
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'mok.webhooks.inbox.port': 0 }, null, 2));
  const sidebar = page.locator('.part.sidebar');
  const quickInput = page.locator('.quick-input-widget');
  const editorPart = page.locator('.part.editor');
  const panel = page.locator('.part.panel');
  const statusbar = page.locator('.part.statusbar');

  // 1. The sandbox: the button opens the MOK views (the in-process sandbox answers them); the
  //    environment picker shows it is the active environment.
  await clickStepButton(ui, page, w, 'sandbox');
  await focusView(ui, w.views[1], { views: w.views, sidebarWidth: 620 });
  await windowSize(page, 1000, 560);
  await ui.waitForRow('· 00032-', { view: w.views[1] });
  await closeEditors(ui);
  await run(ui, w.switchEnv);
  await ui.waitForQuickInput(w.switchTitle);
  await quickInput.locator('.monaco-list-row', { hasText: 'Sandbox' }).first().waitFor({ state: 'visible' });
  await crop(ui, page, outDir, shotName('sandbox'), [page.locator('.part.activitybar'), quickInput, statusbar.locator('.statusbar-item', { hasText: 'MOK: Sandbox' })]);
  await page.keyboard.press('Escape');
  await expectDone(ui, page, w, 'sandbox');

  // 2. A contract: the button asks what to search; the result opens down to a limit in words.
  await startStep(ui, page, w, 'contract', w.searchTitle[0], w.commands.search);
  await ui.typeInQuickInput(w.byAccess[0], { title: w.searchTitle[0], expect: w.byAccess[1] });
  await ui.typeInQuickInput('123456789', { title: w.searchTitle[1] });
  await focusView(ui, w.contracts, { views: w.views, sidebarWidth: 620 });
  await windowSize(page, 1000, 600);
  await ui.expandRow(w.results, { view: w.contracts });
  const contract = await ui.expandRow('123456789', { view: w.contracts, under: w.results });
  const holder = ((await contract.locator('.label-name').textContent()) ?? '').trim();
  await ui.expandRow(w.services, { view: w.contracts, under: holder });
  const service = await ui.expandRow('Grúa', { view: w.contracts, under: holder });
  await ui.waitForRow(w.limit, { view: w.contracts, under: service });
  await closeEditors(ui);
  const contractsPane = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: w.contracts }) }).first();
  await crop(ui, page, outDir, shotName('contract'), [page.locator('.part.activitybar').locator('.action-item').first(), contractsPane.locator('.pane-header'), await ui.waitForRow(w.limit, { view: w.contracts, under: service })], 6);
  await expectDone(ui, page, w, 'contract');

  // 3. A fill file: the button writes one for a template version; a broken value is underlined
  //    in words; the quick fix mends it and Fill runs it to COMPLETED.
  await startStep(ui, page, w, 'fill', w.fillTitle[0], w.commands.fill);
  await windowSize(page, 1000, 600);
  await ui.typeInQuickInput('factura_mensual', { title: w.fillTitle[0], expect: 'factura_mensual' });
  await ui.typeInQuickInput(w.latest, { title: w.fillTitle[1], expect: w.latest });
  const editor = editorPart.locator('.monaco-editor').first();
  const lens = editor.locator('.codelens-decoration a', { hasText: w.fill }).first();
  await lens.waitFor({ state: 'visible', timeout: 30000 });
  // Room for the file and its problems: no side bar, the Problems panel open, the line in view.
  await run(ui, 'View: Close Primary Side Bar');
  await page.keyboard.press('Control+Shift+M');
  await panel.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('"TOTAL_AMOUNT"');
  await page.keyboard.press('Escape');
  const amount = editor.locator('.view-line', { hasText: '"TOTAL_AMOUNT"' }).first();
  await amount.waitFor({ state: 'visible', timeout: 10000 });
  // The find left the cursor on that line: select the value (35, before the comma).
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('"'); // surrounds the selected 35: "35", a string where the schema wants a number
  await editor.locator('.view-line', { hasText: '"TOTAL_AMOUNT": "35"' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30000 });
  const problem = panel.locator('.markers-panel .monaco-list-row', { hasText: '"35"' }).first();
  await problem.waitFor({ state: 'visible', timeout: 15000 });
  await crop(ui, page, outDir, shotName('fill'), [editorPart, problem], 4);
  // Mend it with the quick fix, then Fill.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: '"TOTAL_AMOUNT": 35' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.waitForFunction(() => !document.querySelector('.part.editor .monaco-editor .squiggly-error'), undefined, { timeout: 15000 });
  await page.keyboard.press('Control+Home'); // line 1 and its lens back in view
  await lens.click();
  await page.locator('.notifications-toasts .notification-list-item', { hasText: 'COMPLETED' }).first().waitFor({ timeout: 30000 });
  await run(ui, 'View: Hide Panel');
  await expectDone(ui, page, w, 'fill');
  await closeEditors(ui);

  // 4. A webhook: the button makes the sandbox send one; it offers to start the inbox first; the
  //    delivery arrives verified.
  await startStep(ui, page, w, 'webhook', w.simulateTitle, w.commands.simulate);
  await ui.typeInQuickInput(w.created, { title: w.simulateTitle, expect: w.created });
  const offer = page.locator('.notifications-toasts .notification-list-item', { hasText: w.startInbox }).first();
  await offer.waitFor({ state: 'visible', timeout: 15000 });
  await offer.locator('.monaco-button', { hasText: w.startInbox }).click();
  await focusView(ui, w.inbox, { views: w.views, sidebarWidth: 480 });
  await windowSize(page, 1100, 600);
  const delivery = await ui.waitForRow('service_request.created', { view: w.inbox });
  if (!((await delivery.textContent()) ?? '').includes(w.valid)) throw new Error(`the delivery is not ${w.valid}: ${await delivery.textContent()}`);
  await closeEditors(ui);
  await delivery.click();
  const verdict = await webviewFrame(page, '.verdict h1');
  await verdict.locator('.verdict h1').waitFor({ state: 'visible' });
  await crop(ui, page, outDir, shotName('webhook'), [page.locator('.monaco-workbench')]);
  await expectDone(ui, page, w, 'webhook');

  // 5. Any endpoint: the button picks an operation; Send answers 200 and the call is kept.
  await closeEditors(ui);
  await focusView(ui, w.requests, { views: w.views, sidebarWidth: 330 });
  await windowSize(page, 1280, 600);
  await startStep(ui, page, w, 'endpoint', w.callTitle, w.commands.call);
  await ui.typeInQuickInput('contracts.lookup', { title: w.callTitle, expect: 'contracts.lookup' });
  const send = page.locator('.contentWidgets .codelens-decoration a', { hasText: w.send }).first();
  await send.waitFor({ state: 'visible', timeout: 20000 });
  await send.click();
  await page.locator('.monaco-editor .view-lines', { hasText: '// 200 ·' }).first().waitFor({ state: 'visible', timeout: 20000 });
  await ui.waitForRow('contracts.lookup', { view: w.requests });
  await crop(ui, page, outDir, shotName('endpoint'), [page.locator('.monaco-workbench')]);
  await expectDone(ui, page, w, 'endpoint');

  // The page with every step done.
  await closeEditors(ui);
  await windowSize(page, 1400, 900);
  await openStep(ui, page, w, 'sandbox');
  await page.locator('.part.editor .getting-started-media img').first().waitFor({ state: 'visible', timeout: 10000 }).catch(() => {});
  await ui.shot(`walkthrough-${lang}-page`);
}

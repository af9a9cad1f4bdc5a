// The Webhook Inbox like a user: the view's welcome button starts it, "MOK: Simulate MOK Event…"
// makes the in-process sandbox create and update service requests (their signed webhooks arrive
// ✓), two deliveries are compared in a diff editor, an event opens in the result panel, one is
// replayed to a server of this script's, and after "Reload Window" the history is still there and
// the inbox listens again. Screenshots: webhook-inbox.png, webhook-inbox-event.png,
// webhook-inbox-diff.png, webhook-inbox-replay.png, webhook-inbox-reloaded.png.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { focusView } from './_layout.mjs';
import { webviewFrame } from './_webview.mjs';

const view = 'Webhook Inbox';

/** The command palette, with the keyboard focus first taken back from any webview (F1 does not leave an iframe). */
async function palette(ui, page, title) {
  // The notice row has no command: clicking it only moves the focus into the tree.
  await ui.clickRow('personal data', { view });
  await ui.runCommand(title);
}

async function simulate(ui, page, which) {
  await palette(ui, page, 'MOK: Simulate MOK Event…');
  await ui.typeInQuickInput(which, { title: 'Simulate MOK Event', expect: which });
  await page.waitForTimeout(300);
}

export default async function webhookInbox({ ui, page, workspace }) {
  // Any free port: other test runs on this machine may hold the default one.
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'mok.webhooks.inbox.port': 0 }, null, 2));
  await focusView(ui, view, { sidebarWidth: 700 });

  const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Webhook Inbox/i }) }).first();
  await pane.locator('.welcome-view-content a.monaco-button, .welcome-view-content .monaco-button', { hasText: 'Start Webhook Inbox' }).first().click();
  await ui.waitForRow('Listening on http://', { view });
  await ui.waitForRow('personal data', { view });

  await simulate(ui, page, 'A service request created by MOK');
  await simulate(ui, page, 'A service request updated by MOK');
  await simulate(ui, page, 'A service request updated by MOK');
  await ui.waitForRow('service_request.created', { view });
  await ui.waitForRow('service_request.updated', { view });
  const rows = pane.locator('.monaco-list-row', { hasText: 'service_request.' });
  await page.waitForFunction((el) => el.querySelectorAll('.monaco-list-row').length >= 5, await pane.locator('.monaco-list').first().elementHandle(), { timeout: 15000 });
  const texts = await rows.allTextContents();
  if (!texts.every((t) => t.includes('✓ valid'))) throw new Error(`every sandbox delivery verifies: ${JSON.stringify(texts)}`);
  await ui.shot('webhook-inbox');

  // Two deliveries side by side: Compare with… on the newest, then the one before it in the pick list.
  await rows.nth(0).hover();
  await rows.nth(0).locator('.action-label[aria-label^="Compare with"]').click();
  await ui.waitForQuickInput('Compare');
  await page.keyboard.press('Enter');
  await page.locator('.monaco-diff-editor').first().waitFor({ state: 'visible', timeout: 15000 });
  await ui.shot('webhook-inbox-diff');

  // Open the newest event: the result panel beside the (now closed) editors.
  await palette(ui, page, 'View: Close All Editors');
  await rows.first().click();
  const frame = await webviewFrame(page, '.verdict h1');
  await frame.locator('.verdict h1', { hasText: 'Valid signature' }).waitFor();
  await frame.locator('.request-line', { hasText: 'POST /webhooks/mok' }).waitFor();
  await ui.shot('webhook-inbox-event');

  // Replay one to a receiver of this script: same bytes, and its answer opens.
  const got = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      got.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    await rows.nth(1).hover();
    await rows.nth(1).locator('.action-label[aria-label^="Replay"]').click();
    await ui.typeInQuickInput(`http://127.0.0.1:${server.address().port}/webhooks/mok`, { title: 'Replay' });
    await page.locator('.tabs-container .tab', { hasText: 'replay-evt_' }).first().waitFor({ timeout: 15000 });
    if (got.length !== 1 || !got[0].startsWith('{"event":"service_request.')) throw new Error(`the replay did not arrive: ${JSON.stringify(got)}`);
    await ui.shot('webhook-inbox-replay');
  } finally {
    server.close();
  }

  // A reload keeps the history and listens again.
  await palette(ui, page, 'Developer: Reload Window');
  await page.waitForTimeout(2000);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
  await focusView(ui, view, { sidebarWidth: 700 });
  await ui.waitForRow('Listening on http://', { view });
  await ui.waitForRow('service_request.created', { view });
  const after = await pane.locator('.monaco-list-row', { hasText: 'service_request.' }).count();
  if (after < 3) throw new Error(`after the reload only ${after} events show`);
  await ui.shot('webhook-inbox-reloaded');
}

// Service Requests view at VS Code's default side-bar width: rows read "service · customer" with
// status and public id after them, newest first, the total in the view header. Driven with the
// keyboard like a user: a request expanded (status history, answers, addresses and schedule),
// Ctrl+C on the focused row copies its public id; then a status filter through the view's Filter
// action, and "Set Status…" on a completed request: the pick opens on "completed", names each
// status once, and choosing "pending" asks before reopening (cancelled here).
// Screenshots: service-requests.png, service-requests-filtered.png, service-requests-status.png,
// service-requests-reopen.png.
import { focusView, sidebarWidth } from './_layout.mjs';

const view = 'Service Requests';
const PUBLIC_ID = /· 00032-\d{5}/;

export default async function serviceRequests({ ui, page }) {
  await focusView(ui, view);
  await ui.waitForRow('· 00032-', { view });
  const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Service Requests/i }) }).first();
  const header = await ui.waitForView(view);
  await header.locator('.description', { hasText: /^\d+ requests$/ }).waitFor({ state: 'visible', timeout: 10000 })
    .catch(() => { throw new Error('the view header shows no total ("N requests")'); });
  const list = pane.locator('.monaco-list').first();
  const focused = pane.locator('.monaco-list-row.focused').first();

  // The first rows: label "service · customer", description "status · public id".
  const first = pane.locator('.monaco-list-row[aria-level="1"]').first();
  const firstLabel = ((await first.locator('.label-name').textContent()) ?? '').trim();
  const firstDescription = ((await first.locator('.label-description').textContent()) ?? '').trim();
  if (!/^.+ · .+$/.test(firstLabel) || /^00032-/.test(firstLabel)) throw new Error(`the first row reads "${firstLabel}", expected "service · customer"`);
  if (!/^(pending|assigned|in progress|completed|cancelled) · 00032-/.test(firstDescription)) throw new Error(`the first row's description reads "${firstDescription}"`);

  // Keyboard: Home → the newest request; → expands it.
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const request = pane.locator('.monaco-list-row[aria-level="1"][aria-expanded="true"]').first();
  await request.waitFor({ state: 'visible', timeout: 10000 });
  for (const group of ['Status history', 'Addresses and schedule']) await ui.expandRow(group, { view, under: request });
  await ui.waitForRow('UTC', { view, under: request }); // history times carry their zone
  await ui.shot('service-requests');
  console.log(`  side bar ${await sidebarWidth(page)} px wide`);

  // Ctrl+C on the focused row copies its public id (status bar confirms).
  await list.focus();
  await page.keyboard.press('Home');
  const id = /00032-[\w-]+/.exec((await focused.textContent()) ?? '')?.[0];
  if (!id) throw new Error('the focused row shows no public id');
  await page.keyboard.press('Control+c');
  await ui.statusBarItem(`Copied ${id}`).catch(() => { throw new Error(`Ctrl+C on the focused row did not copy ${id}`); });
  await page.keyboard.press('ArrowLeft');

  // Filter by status through the view's title action: which filter, then the status.
  await ui.clickViewAction(view, 'Filter Service Requests');
  await ui.typeInQuickInput('status', { title: 'Filter service requests (1/2)', expect: 'status' });
  await ui.typeInQuickInput('completed', { title: 'Filter service requests (2/2)', expect: 'completed' });
  await header.locator('.description', { hasText: /^\d+ requests · status: completed$/ }).waitFor({ state: 'visible', timeout: 10000 });
  await ui.waitForIdle();
  const rows = pane.locator('.monaco-list-row[aria-level="1"]');
  await rows.first().waitFor({ state: 'visible' });
  const texts = await rows.allTextContents();
  const requests = texts.filter((t) => PUBLIC_ID.test(t));
  if (!requests.length || requests.some((t) => !t.includes('completed ·'))) throw new Error(`rows after filtering by completed: ${JSON.stringify(texts)}`);
  await ui.shot('service-requests-filtered');

  // Set Status… from the row's context menu.
  await rows.first().click({ button: 'right' });
  const setStatus = page.getByRole('menuitem', { name: /^Set Status…/ }).first();
  await setStatus.waitFor({ state: 'visible', timeout: 10000 });
  await page.waitForTimeout(300); // a menu ignores a click that comes right after it opened
  await setStatus.click();
  const pick = await ui.waitForQuickInput('Set status of');
  const items = (await pick.locator('.quick-input-list .monaco-list-row').allTextContents()).map((t) => t.trim());
  if (items.length !== 5 || items.some((t) => /(\b\w+\b).*\b\1\b/.test(t.replace('current', '')))) throw new Error(`status pick items: ${JSON.stringify(items)}`);
  const active = ((await pick.locator('.quick-input-list .monaco-list-row.focused').textContent()) ?? '').trim();
  if (!active.startsWith('completed')) throw new Error(`the status pick opens on "${active}", not on the current status`);
  await ui.shot('service-requests-status');
  await ui.typeInQuickInput('pending', { title: 'Set status of', expect: 'pending' });
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 10000 }).catch(() => { throw new Error('reopening a completed request did not ask first'); });
  const question = (await dialog.textContent()) ?? '';
  if (!/Reopen 00032-.*It is completed; setting it to pending reopens it/.test(question)) throw new Error(`the reopen question reads "${question}"`);
  await ui.shot('service-requests-reopen');
  await dialog.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
  await dialog.waitFor({ state: 'hidden', timeout: 10000 });
  if (!((await rows.first().textContent()) ?? '').includes('completed ·')) throw new Error('declining the reopen question still changed the status');
}

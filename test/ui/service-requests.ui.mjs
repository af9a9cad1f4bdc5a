// Service Requests view: the first page (public ids 00032-…, status icons) with one request
// expanded (status history, answers, addresses and schedule) above the "Load more…" row, driven
// with the keyboard like a user; then a status filter through the view's Filter action, which the
// view's description shows. Screenshots: service-requests.png, service-requests-filtered.png.
import { focusView } from './_layout.mjs';

const view = 'Service Requests';
const PUBLIC_ID = /^00032-\d{5}/; // seed request 13 reads "00032-00013" (no suffix)

export default async function serviceRequests({ ui, page }) {
  await focusView(ui, view);
  await ui.waitForRow('00032-00001-', { view });
  const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Service Requests/i }) }).first();
  const list = pane.locator('.monaco-list').first();
  const focused = pane.locator('.monaco-list-row.focused').first();
  const focusedLabel = async () => ((await focused.locator('.label-name').textContent()) ?? '').trim();

  // End → "Load more…" (the last row of page 1); Up → the last loaded request.
  await list.focus();
  await page.keyboard.press('End');
  await page.waitForFunction((el) => el.querySelector('.monaco-list-row.focused')?.textContent?.includes('Load more'), await list.elementHandle(), { timeout: 10000 });
  await page.keyboard.press('ArrowUp');

  // Walk up until a request has answers (not every request has them), expanding with → like a user.
  let id;
  for (let tries = 0; tries < 12 && !id; tries++) {
    const label = await focusedLabel();
    if (!PUBLIC_ID.test(label)) throw new Error(`focused row "${label}" is not a service request public id`);
    await page.keyboard.press('ArrowRight');
    const row = await ui.waitForRow(label, { view });
    await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: 10000 });
    await ui.waitForRow('Status history', { view, under: row });
    const hasAnswers = await ui.waitForRow('Answers', { view, under: row, timeout: 1500 }).then(() => true, () => false);
    if (hasAnswers) id = label;
    else {
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
    }
  }
  if (!id) throw new Error('no request with answers among the last 12 of page 1');
  const toBottom = async () => {
    await list.focus();
    await page.keyboard.press('End'); // rows off screen are not rendered: keep the new ones in view
  };
  for (const group of ['Status history', 'Answers', 'Addresses and schedule']) {
    await toBottom();
    await ui.expandRow(group, { view, under: await ui.waitForRow(id, { view }) });
  }
  // Back to the bottom: the "Load more…" row below the expanded request.
  await toBottom();
  const request = await ui.waitForRow(id, { view });
  await ui.waitForRow('Load more…', { view });
  await ui.waitForRow('pending', { view, under: request }); // every history starts with pending
  await ui.waitForRow('origin', { view, under: request });
  await ui.shot('service-requests');

  // Filter by status through the view's title action: which filter, then the status.
  await page.keyboard.press('Home');
  await ui.collapseRow(id, { view });
  await ui.clickViewAction(view, 'Filter Service Requests');
  await ui.typeInQuickInput('status', { title: 'Filter service requests (1/2)', expect: 'status' });
  await ui.typeInQuickInput('in progress', { title: 'Filter service requests (2/2)', expect: 'in progress' });
  const header = await ui.waitForView(view);
  await header.locator('.description', { hasText: 'status: in progress' }).waitFor({ state: 'visible', timeout: 10000 });
  await ui.waitForIdle();
  const rows = pane.locator('.monaco-list-row[aria-level="1"]');
  await rows.first().waitFor({ state: 'visible' });
  const icons = await rows.evaluateAll((els) => els.map((el) => [el.querySelector('.label-name')?.textContent ?? '', el.querySelector('.custom-view-tree-node-item-icon')?.className ?? '']));
  const requests = icons.filter(([label]) => /^00032-/.test(label.trim()));
  if (!requests.length) throw new Error(`no request matches status "in progress": ${JSON.stringify(icons)}`);
  const wrong = requests.filter(([, cls]) => !cls.includes('codicon-sync'));
  if (wrong.length) throw new Error(`rows without the in-progress icon after filtering: ${wrong.map(([l]) => l).join(', ')}`);
  await ui.shot('service-requests-filtered');
}

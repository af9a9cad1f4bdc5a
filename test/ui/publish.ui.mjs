// Template authoring as a user does it: "Pull Template…" on mandato_sepa in the Dynamic Templates
// view (context menu), the folder path typed in the input box, a source edited and saved,
// then "MOK: Publish Template…": the diff and the plan open, and the confirmation says it is a new
// minor of 1.0 with each reason. Screenshots: publish-confirm.png (the confirmation with the diff
// and the plan behind it), publish-done.png (the new version and its changelog entry).
import { focusView } from './_layout.mjs';

const view = 'Dynamic Templates';
const TEMPLATE = 'mandato_sepa';

export default async function publish({ ui, page }) {
  await focusView(ui, view);
  const row = await ui.waitForRow(TEMPLATE, { view });
  await row.click({ button: 'right' });
  const pull = page.locator('.context-view .action-item', { hasText: 'Pull Template…' }).first();
  await pull.waitFor({ state: 'visible', timeout: 10000 });
  await pull.hover();
  await page.keyboard.press('Enter');
  await ui.typeInQuickInput('templates/mandato_sepa', { title: `Pull ${TEMPLATE} into` });
  await page.locator('.part.editor .tab', { hasText: 'template.json' }).first().waitFor({ state: 'visible', timeout: 20000 })
    .catch(() => { throw new Error('pulling did not open template.json'); });

  // Edit a source like a user: open it (Quick Open), add a line at the end, save.
  await page.keyboard.press('Control+P');
  await ui.typeInQuickInput('mandato_sepa/sources/ES.hbs', { expect: 'ES.hbs' });
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.view-line', { hasText: '{{' }).first().waitFor({ state: 'visible', timeout: 15000 });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('<!-- Texto revisado -->');
  await page.keyboard.press('Control+S');

  await ui.runCommand('MOK: Publish Template…');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 30000 }).catch(() => { throw new Error('Publish Template… asked nothing'); });
  await dialog.locator('.dialog-message-text', { hasText: `Publish ${TEMPLATE} as a new minor of 1.0?` }).first().waitFor({ state: 'visible', timeout: 5000 })
    .catch(() => { throw new Error('the confirmation does not say "a new minor of 1.0"'); });
  await dialog.locator('.dialog-message-detail', { hasText: /the (ES|EN) source changed/ }).first().waitFor({ state: 'visible', timeout: 5000 })
    .catch(() => { throw new Error('the confirmation does not list the reason'); });
  await page.locator('.part.editor .tab', { hasText: `${TEMPLATE}-publish.md` }).first().waitFor({ state: 'visible', timeout: 10000 })
    .catch(() => { throw new Error('the plan did not open beside the diff'); });
  await ui.shot('publish-confirm');

  await dialog.locator('.monaco-button', { hasText: 'Publish Minor' }).first().click();
  await ui.typeInQuickInput('Texto revisado', { title: 'Changelog of the new version' });
  await page.locator('.notifications-toasts .notification-list-item', { hasText: `Published ${TEMPLATE} 1.1` }).first().waitFor({ state: 'visible', timeout: 20000 })
    .catch(() => { throw new Error('no "Published mandato_sepa 1.1" notification'); });
  await ui.shot('publish-done');
}

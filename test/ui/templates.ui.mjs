// Dynamic Templates view: factura_mensual → Major 1 → v1.1 → its structure and sources, and the
// template's Changelog; then "Structure (JSON Schema)" opens the read-only JSON editor, and a
// source row opens its Handlebars template read-only. Screenshots: templates.png,
// templates-structure.png, templates-source.png.
import { focusView } from './_layout.mjs';

const view = 'Dynamic Templates';
const TEMPLATE = 'factura_mensual';

export default async function templates({ ui, page }) {
  await focusView(ui, view);
  const template = await ui.expandRow(TEMPLATE, { view });
  await ui.waitForRow('Major 2', { view, under: template });
  const major = await ui.expandRow('Major 1', { view, under: template });
  const minor = await ui.expandRow('v1.1', { view, under: major });
  await ui.waitForRow('Structure (JSON Schema)', { view, under: minor });
  await ui.waitForRow('engine', { view, under: minor }); // a source: "ES · engine …"
  const changelog = await ui.expandRow('Changelog', { view, under: template });
  await ui.waitForRow('→', { view, under: changelog }); // "1.0 → 1.1"
  await ui.waitForIdle();
  await ui.shot('templates');

  // The structure opens as a read-only JSON document named after the version.
  await ui.clickRow('Structure (JSON Schema)', { view, under: minor });
  const tab = page.locator('.part.editor .tab', { hasText: `${TEMPLATE}-v1.1.structure` }).first();
  await tab.waitFor({ state: 'visible', timeout: 15000 });
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.view-line', { hasText: '"$schema"' }).first().waitFor({ state: 'visible', timeout: 15000 });
  await editor.locator('.view-line', { hasText: '"CUSTOMER"' }).first().waitFor({ state: 'visible', timeout: 15000 });
  // Read-only: typing is refused with the editor's "Cannot edit in read-only editor" message.
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('x');
  await page.locator('.part.editor .monaco-editor-overlaymessage', { hasText: /read-only/i }).first()
    .waitFor({ state: 'visible', timeout: 5000 })
    .catch(() => { throw new Error('typing into the structure editor did not show the read-only message'); });
  const first = (await editor.locator('.view-line').first().textContent())?.trim();
  if (first !== '{') throw new Error(`the structure editor accepted typing (first line "${first}")`);
  await page.keyboard.press('Escape');
  // Its language mode is the read-only JSON Schema one (no offline meta-schema warning; the
  // host test checks the diagnostics).
  await page.locator('.part.statusbar .statusbar-item', { hasText: 'JSON Schema (read-only)' }).first().waitFor({ state: 'visible', timeout: 10000 })
    .catch(() => { throw new Error('the structure is not in the read-only JSON Schema mode'); });
  await ui.shot('templates-structure');

  // A source row opens its template (Handlebars mode, read-only).
  await ui.clickRow('engine', { view, under: minor });
  const source = page.locator('.part.editor .tab', { hasText: `${TEMPLATE}-v1.1-` }).filter({ hasText: '.hbs' }).first();
  await source.waitFor({ state: 'visible', timeout: 15000 }).catch(() => { throw new Error('clicking a source row opened no editor'); });
  await page.locator('.part.statusbar .statusbar-item', { hasText: 'Handlebars' }).first().waitFor({ state: 'visible', timeout: 10000 })
    .catch(() => { throw new Error('the source is not in the Handlebars language mode'); });
  await editor.locator('.view-line', { hasText: '{{' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await ui.shot('templates-source');
}

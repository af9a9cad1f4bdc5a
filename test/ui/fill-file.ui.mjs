// A fill file in the editor: the API document's fill example bound to factura_mensual 1, with its
// diagnostics squiggled and listed in the Problems panel (and the binding CodeLens on line 1),
// then Ctrl+. on "customer" showing the quick fixes; the fix applied; then the CodeLens "change…"
// rebinding the file to factura_mensual 2 through its two quick picks. Screenshots:
// fill-diagnostics.png, fill-quick-fix.png, fill-fixed.png, fill-rebound.png.
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'factura-ejemplo.mok-fill.json';

export default async function fillFile({ ui, page, workspace }) {
  const fixture = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/fills/seed-example.mok-fill.json');
  fs.writeFileSync(path.join(workspace, FILE), fs.readFileSync(fixture, 'utf8'));
  await page.setViewportSize({ width: 1400, height: 900 });

  // Open it like a user: Quick Open, the file name, Enter.
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.type(FILE, { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.view-line', { hasText: '"customer"' }).first().waitFor({ state: 'visible', timeout: 15000 });

  // The checks need the template from the in-process sandbox: wait for the squiggles and the lens.
  await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30000 });
  await editor.locator('.codelens-decoration', { hasText: 'factura_mensual v1.1' }).first().waitFor({ state: 'visible', timeout: 30000 });
  await page.waitForFunction(() => document.querySelectorAll('.part.editor .monaco-editor .squiggly-error').length >= 5, undefined, { timeout: 15000 });

  // The Problems panel lists them, in words.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel');
  await problems.locator('.monaco-list-row', { hasText: 'did you mean CUSTOMER' }).first().waitFor({ state: 'visible', timeout: 15000 });
  await problems.locator('.monaco-list-row', { hasText: 'HAS_DISCOUNT' }).first().waitFor({ state: 'visible', timeout: 15000 });
  await ui.shot('fill-diagnostics');

  // Ctrl+. on the unknown key "customer": the quick fixes, the rename preferred.
  const line = editor.locator('.view-line', { hasText: '"customer"' }).first();
  const box = await line.boundingBox();
  const text = (await line.textContent()) ?? '';
  const charWidth = box.width / Math.max(1, text.length);
  await page.mouse.click(box.x + charWidth * (text.indexOf('customer') + 3), box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.locator('.monaco-list-row', { hasText: 'Rename customer to CUSTOMER' }).first().waitFor({ state: 'visible', timeout: 15000 });
  await menu.locator('.monaco-list-row', { hasText: 'Show rule in structure' }).first().waitFor({ state: 'visible', timeout: 5000 });
  await ui.shot('fill-quick-fix');

  // Apply it: the key is renamed in place and its problem goes away.
  await menu.locator('.monaco-list-row', { hasText: 'Rename customer to CUSTOMER' }).first().click();
  await editor.locator('.view-line', { hasText: '"CUSTOMER"' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await problems.locator('.monaco-list-row', { hasText: 'customer is not a field here' }).first().waitFor({ state: 'detached', timeout: 15000 });
  await ui.shot('fill-fixed');

  // The binding CodeLens: "change…" → template → "latest minor of v2": the lens and the checks follow.
  await editor.locator('.codelens-decoration a', { hasText: 'change' }).first().click();
  await ui.typeInQuickInput('factura_mensual', { title: 'Template of this fill file (1/2)', expect: 'factura_mensual' });
  await ui.typeInQuickInput('v2 · latest', { title: 'Template of this fill file (2/2)', expect: 'latest minor (2.0)' });
  await editor.locator('.codelens-decoration', { hasText: 'factura_mensual v2.0' }).first().waitFor({ state: 'visible', timeout: 30000 });
  const minorLine = await editor.locator('.view-line', { hasText: '"minor"' }).count();
  if (minorLine) throw new Error('choosing "latest minor" pinned a minor');
  await problems.locator('.monaco-list-row', { hasText: 'INVOICE_NUMBER is required' }).first().waitFor({ state: 'visible', timeout: 15000 });
  await ui.shot('fill-rebound');
}

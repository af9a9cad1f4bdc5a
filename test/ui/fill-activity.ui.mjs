// Fill from the editor and the Fill activity: a fill file whose data gives every variable the
// template prints is filled with the "Fill" CodeLens and runs to COMPLETED; one that lacks
// CUSTOMER.NAME is refused first ("the fill would FAIL"), filled anyway, and ends FAILED with the
// API's message next to the likely cause. The Dynamic Templates view shows both activities with
// their timed statuses. Screenshots: fill-refused.png, fill-activity.png.
import fs from 'node:fs';
import path from 'node:path';
import { focusView } from './_layout.mjs';
import { openFile } from './_webview.mjs';

const fill = (name, customer) => ({
  template: { external_id: 'factura_mensual', major: 1 },
  language: 'ES',
  document: { name, tags: ['DRAFT'] },
  fill_priority: 'high',
  fields_values: { CUSTOMER: customer, PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 30 }], TOTAL_AMOUNT: 30, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, DISCOUNT_AMOUNT: 0, CARD_LAST_DIGITS: '4242' },
});

async function clickFill(page) {
  const editor = page.locator('.part.editor .monaco-editor').first();
  const lens = editor.locator('.codelens-decoration a', { hasText: 'Fill' }).first();
  await lens.waitFor({ state: 'visible', timeout: 30000 });
  await lens.click();
}

export default async function fillActivity({ page, ui, workspace }) {
  fs.writeFileSync(path.join(workspace, 'factura-ok.mok-fill.json'), `${JSON.stringify(fill('factura_2025_11_0001', { dni: '12345678Z', name: 'Juan Pérez', DNI: '12345678Z', NAME: 'Juan Pérez' }), null, 2)}\n`);
  fs.writeFileSync(path.join(workspace, 'factura-falla.mok-fill.json'), `${JSON.stringify(fill('factura_2025_11_0002', { dni: '12345678Z', name: 'Juan Pérez' }), null, 2)}\n`);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.locator('.monaco-workbench').waitFor();

  await openFile(page, 'factura-ok.mok-fill.json');
  await clickFill(page);
  const toasts = page.locator('.notifications-toasts');
  await toasts.locator('.notification-list-item', { hasText: 'COMPLETED' }).first().waitFor({ timeout: 30000 });

  // The other file lacks CUSTOMER.NAME: refused before sending, with the API's future message.
  // (Opened from the Explorer: the notification may hold the keyboard focus.)
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'factura-falla.mok-fill.json' }).first().click();
  await page.locator('.tabs-container .tab', { hasText: 'factura-falla.mok-fill.json' }).first().waitFor();
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30000 });
  await clickFill(page);
  const refused = toasts.locator('.notification-list-item', { hasText: 'the fill would FAIL' }).first();
  await refused.waitFor({ timeout: 30000 });
  await ui.shot('fill-refused');
  await refused.locator('.monaco-button', { hasText: 'Fill Anyway' }).click();
  await toasts.locator('.notification-list-item', { hasText: 'FAILED' }).first().waitFor({ timeout: 30000 });

  await focusView(ui, 'Dynamic Templates', { sidebarWidth: 640 });
  const view = 'Dynamic Templates';
  const group = await ui.waitForRow('Fill activity', { view });
  await ui.waitForRow('factura_2025_11_0001', { view, under: group });
  await ui.waitForRow('Likely cause', { view });
  await ui.waitForRow("API: Template variable 'CUSTOMER.NAME' missing in payload.", { view });
  await ui.shot('fill-activity');
}

// The preview scripts' shared steps (files starting with "_" are not run as ui scripts): a fill
// file for factura_mensual 1 whose data lacks CUSTOMER.NAME and DNI, opened, and its preview
// opened from the CodeLens.
import fs from 'node:fs';
import path from 'node:path';
import { openFile, webviewFrame } from './_webview.mjs';

export const FILE = 'factura-preview.mok-fill.json';
export const fill = (customer) => ({
  template: { external_id: 'factura_mensual', major: 1 },
  language: 'ES',
  document: { name: 'factura_2025_11_0001', tags: ['DRAFT'] },
  fill_priority: 'low',
  fields_values: { CUSTOMER: customer, PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 30 }, { NAME: 'Móvil Ilimitado', PRICE: 15, QUANTITY: 2 }], TOTAL_AMOUNT: 60, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, DISCOUNT_AMOUNT: 0, CARD_LAST_DIGITS: '4242' },
});

/** Opens the fill file that lacks CUSTOMER.NAME and DNI and its preview (lens `lens`); returns the page's frame. */
export async function openPreview({ page, workspace }, lens) {
  fs.writeFileSync(path.join(workspace, FILE), `${JSON.stringify(fill({ dni: '12345678Z', name: 'Juan Pérez' }), null, 2)}\n`);
  await page.setViewportSize({ width: 1500, height: 950 });
  await page.locator('.monaco-workbench').waitFor();
  await openFile(page, FILE);
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.codelens-decoration a', { hasText: lens }).first().waitFor({ state: 'visible', timeout: 30000 });
  await editor.locator('.codelens-decoration a', { hasText: lens }).first().click();
  const frame = await webviewFrame(page, '.summary');
  await frame.locator('.summary.fails').waitFor();
  return { frame, editor };
}


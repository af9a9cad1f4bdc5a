// The template preview beside a fill file: factura_mensual v1.1 rendered with the file's
// fields_values, the two variables its source prints that the data lacks marked in place and
// listed, the verdict that the fill would FAIL; then the data fixed in the editor and the preview
// following it, and the English source. Screenshots: preview.png, preview-fixed.png.
import fs from 'node:fs';
import path from 'node:path';
import { openFile, webviewFrame } from './_webview.mjs';

const FILE = 'factura-preview.mok-fill.json';
const fill = (customer) => ({
  template: { external_id: 'factura_mensual', major: 1 },
  language: 'ES',
  document: { name: 'factura_2025_11_0001', tags: ['DRAFT'] },
  fill_priority: 'low',
  fields_values: { CUSTOMER: customer, PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 30 }, { NAME: 'Móvil Ilimitado', PRICE: 15, QUANTITY: 2 }], TOTAL_AMOUNT: 60, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, DISCOUNT_AMOUNT: 0, CARD_LAST_DIGITS: '4242' },
});

export default async function preview({ page, ui, workspace }) {
  fs.writeFileSync(path.join(workspace, FILE), `${JSON.stringify(fill({ dni: '12345678Z', name: 'Juan Pérez' }), null, 2)}\n`);
  await page.setViewportSize({ width: 1500, height: 950 });
  await page.locator('.monaco-workbench').waitFor();
  await openFile(page, FILE);
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.codelens-decoration a', { hasText: 'Preview' }).first().waitFor({ state: 'visible', timeout: 30000 });
  await editor.locator('.codelens-decoration a', { hasText: 'Preview' }).first().click();
  const frame = await webviewFrame(page, '.summary');
  await frame.locator('.summary.fails').waitFor();
  await frame.locator('.marks code', { hasText: '{{CUSTOMER.NAME}}' }).waitFor();
  // The document itself, in its shadow root: the marks in place, the template's own text.
  await frame.locator('.document mark.mok-missing', { hasText: '{{CUSTOMER.NAME}}' }).waitFor();
  await frame.locator('.document', { hasText: 'Factura mensual' }).waitFor();
  await frame.locator('.document', { hasText: 'Móvil Ilimitado' }).waitFor();
  await ui.shot('preview');

  // Fixing the data in the editor, typed like a user: the preview follows (no reload) and says the
  // fill completes.
  await editor.locator('.view-line', { hasText: '"dni"' }).first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('"NAME": "Juan Pérez", "DNI": "12345678Z", ', { delay: 15 });
  await frame.locator('.summary.completes').waitFor({ timeout: 30000 });
  await frame.locator('.document', { hasText: 'Juan Pérez — 12345678Z' }).waitFor();
  await frame.locator('button', { hasText: 'EN' }).click();
  await frame.locator('.document', { hasText: 'Monthly invoice' }).waitFor();
  await ui.shot('preview-fixed');
}

// The template preview beside a fill file: factura_mensual v1.1 rendered with the file's
// fields_values, the two variables its source prints that the data lacks marked in place and
// listed, the verdict that the fill would FAIL; then the data fixed in the editor and the preview
// following it. Screenshots: preview.png, preview-fixed.png.
import { openPreview } from './_preview.mjs';

export default async function preview({ page, ui, workspace }) {
  const { frame, editor } = await openPreview({ page, workspace }, 'Preview');
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
  await ui.shot('preview-fixed');
}

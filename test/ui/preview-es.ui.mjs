// The template preview with the workbench in Spanish: the lens, the verdict and the labels come
// from the Spanish bundles; the document keeps the template's own words. Screenshot: preview-es.png.
import { openPreview } from './_preview.mjs';

export const locale = 'es';

export default async function previewEs({ page, ui, workspace }) {
  const { frame } = await openPreview({ page, workspace }, 'Vista previa');
  await frame.locator('.summary', { hasText: 'acabaría en FAILED' }).waitFor();
  await frame.locator('h2', { hasText: 'Marcado en el documento' }).waitFor();
  await frame.locator('.document mark.mok-missing', { hasText: '{{CUSTOMER.NAME}}' }).waitFor();
  await ui.shot('preview-es');
}

// "Call Endpoint…" as a user runs it: the command palette, the operation picked by typing, the
// drafted request file with its Send CodeLens, the answer opened read-only beside it, and the
// call listed in the Requests view. Screenshot: runner.png.
import { focusView } from './_layout.mjs';

export default async function runner({ ui, page }) {
  await focusView(ui, 'Requests', { sidebarWidth: 520 });
  await ui.waitForRow('No requests yet', { view: 'Requests' });
  await ui.runCommand('MOK: Call Endpoint…');
  await ui.typeInQuickInput('contracts.lookup', { title: 'Call Endpoint', expect: 'contracts.lookup' });
  // The draft: the document's example, and a CodeLens to send it to the active environment.
  const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Send to Sandbox' }).first();
  await lens.waitFor({ state: 'visible', timeout: 20000 });
  await page.locator('.monaco-editor .view-lines', { hasText: '"access_identifier": "123456789"' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await lens.click();
  // The answer opens as a read-only document; the call is in the history.
  await page.locator('.monaco-editor .view-lines', { hasText: '// 200 ·' }).first().waitFor({ state: 'visible', timeout: 20000 });
  await ui.waitForRow('contracts.lookup', { view: 'Requests' });
  await ui.shot('runner');
}

// The verify flow the webhook-verify scripts share: a captured body that a framework re-serialised
// (pretty-printed, signed compact with the Sandbox's secret) is opened in an editor, "MOK: Verify
// Webhook Signature…" is run from the command palette, the received X-Signature is typed into the
// input box, and the result panel must show the verdict and name reserialized-json.
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openFile, webviewFrame } from './_webview.mjs';

const payload = {
  event: 'service_request.updated',
  payload: { id: 78, public_id: '00072-00078-2103233136', current_status: 'assigned', origin_address: 'Esc. 865 Lado Luis Miguel s/n, Alcorcón', technician_name: 'María Eugenia Arce Gamboa', status_history: { pending: '2025-01-01T12:00:00.000Z', assigned: '2025-01-01T12:20:00.000Z' } },
};

export async function verifyFlow({ page, ui, workspace }, { command, inputTitle, expect }) {
  const signature = createHmac('sha256', 'sandbox-webhook-secret').update(JSON.stringify(payload)).digest('hex');
  fs.writeFileSync(path.join(workspace, 'received-body.json'), `${JSON.stringify(payload, null, 2)}\n`);
  await page.setViewportSize({ width: 1500, height: 950 });
  await page.locator('.monaco-workbench').waitFor();
  await openFile(page, 'received-body.json');
  await ui.runCommand(command);
  await ui.typeInQuickInput(signature, { title: inputTitle });
  const frame = await webviewFrame(page, '.verdict h1');
  await frame.locator('.verdict h1', { hasText: expect.headline }).waitFor();
  await frame.locator('.hint-code', { hasText: 'reserialized-json' }).waitFor();
  await frame.locator('th', { hasText: expect.fingerprint }).waitFor();
  const text = await frame.locator('body').innerText();
  if (text.includes('sandbox-webhook-secret')) throw new Error('the secret is shown in the panel');
  return frame;
}

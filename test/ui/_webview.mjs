// Webview pages in the workbench live in nested iframes: finds the frame whose document has
// `selector` (files starting with "_" are not run as ui scripts).
export async function webviewFrame(page, selector, { timeout = 30000 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      try {
        if (await frame.$(selector)) return frame;
      } catch {
        // a frame navigating away
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview shows "${selector}" within ${timeout} ms`);
}

/** Opens a workspace file with Quick Open, like a user. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.keyboard.type(name, { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor();
}

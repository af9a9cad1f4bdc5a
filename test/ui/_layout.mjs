// Shared layout for the ui scripts (files starting with "_" are not run as scripts).
export const VIEWS = ['Contracts', 'Service Requests', 'Dynamic Templates', 'Documents & Signatures', 'Requests', 'Sandbox Requests', 'Webhook Inbox'];

/**
 * Opens the MOK container at a readable size: 1400×900 window, wide side bar, and only `view`
 * expanded (the other views collapsed) so its rows get the whole height.
 */
export async function focusView(ui, view, { sidebarWidth = 760 } = {}) {
  const { page } = ui;
  await page.setViewportSize({ width: 1400, height: 900 });
  // The workbench lays itself out on window resize; make sure it filled the new size.
  const filled = () => page.waitForFunction(() => Math.abs(document.querySelector('.monaco-workbench').getBoundingClientRect().height - window.innerHeight) < 2, undefined, { timeout: 3000 });
  await filled().catch(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await filled().catch(() => console.error('  (workbench did not follow the 1400×900 resize)'));
  });
  await ui.openContainer('MOK');
  for (const v of VIEWS) await ui.waitForView(v);
  await ui.waitForIdle();
  await ui.setSidebarWidth(sidebarWidth);
  for (const v of VIEWS) if (v !== view) await ui.collapseView(v);
  await ui.expandView(view);
  await ui.waitForIdle();
}
